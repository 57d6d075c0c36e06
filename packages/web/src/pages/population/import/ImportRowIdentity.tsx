import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../api/imports.ts';

/** The first two cells of an import table row: the spreadsheet line (row header) and who it is about. */
export function ImportRowIdentity({ row }: { row: ImportRow }) {
  const { t } = useTranslation();
  return (
    <>
      <th scope="row" className="cell-title">
        {t('import.rows.lineNo', { n: row.lineNo })}
      </th>
      <td data-label={t('import.rows.who')}>
        <span>
          {row.name ?? '—'}
          {row.nikMasked && <span className="mono muted"> · {row.nikMasked}</span>}
        </span>
      </td>
    </>
  );
}
