import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../api/imports.ts';
import { currentLanguage } from '../../../i18n/index.ts';

/** One line per problem: spreadsheet line number, who (masked NIK), which column, and what to fix. */
export function ImportIssuesTable({ rows, kind }: { rows: ImportRow[]; kind: 'errors' | 'warnings' }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const lines = rows.flatMap((row) =>
    row[kind].map((issue, index) => ({ row, issue, key: `${row.lineNo}-${index}` })),
  );

  return (
    <table className="data-table responsive-table import-table">
      <caption className="visually-hidden">{t(`import.rows.${kind}`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.rows.line')}</th>
          <th scope="col">{t('import.rows.who')}</th>
          <th scope="col">{t('import.rows.column')}</th>
          <th scope="col">{t('import.rows.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map(({ row, issue, key }) => (
          <tr key={key} className={kind === 'errors' ? 'row-error' : 'row-warning'}>
            <th scope="row" className="cell-title">
              {t('import.rows.lineNo', { n: row.lineNo })}
            </th>
            <td data-label={t('import.rows.who')}>
              <span>
                {row.name ?? '—'}
                {row.nikMasked && <span className="mono muted"> · {row.nikMasked}</span>}
              </span>
            </td>
            <td data-label={t('import.rows.column')}>
              <code>{issue.field || '—'}</code>
            </td>
            <td data-label={t('import.rows.reason')}>{issue.message[language]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
