// One cell of another registry's export, brought to the form its template column reads.
import { IMPORT_COLUMN_CODE_LISTS } from '@smart-kampung/domain';
import type { PlainCell } from '../../../../platform/sheets/cell-values.ts';
import { TEMPLATE_COLUMNS, type TemplateHeader } from '../template-columns.ts';
import { dateCell, identifierCell } from './cells.ts';
import { labelToCode } from './labels.ts';

/** An export's cell as its template column reads it: labels as codes, export dates, clean identifiers. */
export function templateCell(header: TemplateHeader, cell: PlainCell): PlainCell {
  const column = TEMPLATE_COLUMNS[header];
  switch (column.kind) {
    case 'code':
      return labelToCode(IMPORT_COLUMN_CODE_LISTS[header as keyof typeof IMPORT_COLUMN_CODE_LISTS], cell);
    case 'date':
      return dateCell(cell);
    case 'identifier':
      return identifierCell(cell);
    case 'family':
    case 'text':
    case 'ignored':
      return cell;
  }
}
