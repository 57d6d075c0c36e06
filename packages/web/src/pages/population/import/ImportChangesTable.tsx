import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../api/imports.ts';

const show = (value: string | number | null) => (value === null || value === '' ? '—' : String(value));

/** New residents and changed fields (old → new); identifier columns arrive masked from the server. */
export function ImportChangesTable({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation();
  return (
    <table className="data-table responsive-table import-table">
      <caption className="visually-hidden">{t('import.rows.changes')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.rows.line')}</th>
          <th scope="col">{t('import.rows.who')}</th>
          <th scope="col">{t('import.rows.action')}</th>
          <th scope="col">{t('import.rows.fields')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.lineNo}>
            <th scope="row" className="cell-title">
              {t('import.rows.lineNo', { n: row.lineNo })}
            </th>
            <td data-label={t('import.rows.who')}>
              <span>
                {row.name ?? '—'}
                {row.nikMasked && <span className="mono muted"> · {row.nikMasked}</span>}
              </span>
            </td>
            <td data-label={t('import.rows.action')}>
              <span className={`badge import-action-${row.action ?? 'none'}`}>
                {row.action ? t(`import.rows.actions.${row.action}`) : '—'}
              </span>
            </td>
            <td data-label={t('import.rows.fields')}>
              {row.action === 'update' && row.changes && row.changes.length > 0 ? (
                <ul className="change-list">
                  {row.changes.map((change) => (
                    <li key={change.field}>
                      <code>{change.field}</code>: {show(change.from)} → <strong>{show(change.to)}</strong>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="muted">{row.action === 'insert' ? t('import.rows.newResident') : '—'}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
