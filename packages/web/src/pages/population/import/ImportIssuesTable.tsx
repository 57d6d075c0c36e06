import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../api/imports.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { ImportRowIdentity } from './ImportRowIdentity.tsx';
import { ImportTableFrame } from './ImportTableFrame.tsx';

/** One line per problem: spreadsheet line number, who (masked NIK), which column, and what to fix. */
export function ImportIssuesTable({ rows, kind }: { rows: ImportRow[]; kind: 'errors' | 'warnings' }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const lines = rows.flatMap((row) =>
    row[kind].map((issue, index) => ({ row, issue, key: `${row.lineNo}-${index}` })),
  );

  return (
    <ImportTableFrame
      caption={t(`import.rows.${kind}`)}
      columns={[t('import.rows.column'), t('import.rows.reason')]}
    >
      {lines.map(({ row, issue, key }) => (
        <tr key={key} className={kind === 'errors' ? 'row-error' : 'row-warning'}>
          <ImportRowIdentity row={row} />
          <td data-label={t('import.rows.column')}>
            <code>{issue.field || '—'}</code>
          </td>
          <td data-label={t('import.rows.reason')}>{issue.message[language]}</td>
        </tr>
      ))}
    </ImportTableFrame>
  );
}
