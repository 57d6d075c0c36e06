import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../api/imports.ts';
import { ImportRowIdentity } from './ImportRowIdentity.tsx';
import { ImportTableFrame } from './ImportTableFrame.tsx';

const show = (value: string | number | null) => (value === null || value === '' ? '—' : String(value));

/** New residents and changed fields (old → new); identifier columns arrive masked from the server. */
export function ImportChangesTable({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation();
  return (
    <ImportTableFrame
      caption={t('import.rows.changes')}
      columns={[t('import.rows.action'), t('import.rows.fields')]}
    >
      {rows.map((row) => (
        <tr key={row.lineNo}>
          <ImportRowIdentity row={row} />
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
    </ImportTableFrame>
  );
}
