import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ImportTableFrameProps {
  caption: string;
  /** Headers of the columns after the line number and the person. */
  columns: [string, string];
  children: ReactNode;
}

/** Table, hidden caption and header shared by the import review tables: line, who, then two own columns. */
export function ImportTableFrame({ caption, columns, children }: ImportTableFrameProps) {
  const { t } = useTranslation();
  return (
    <table className="data-table responsive-table import-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.rows.line')}</th>
          <th scope="col">{t('import.rows.who')}</th>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
