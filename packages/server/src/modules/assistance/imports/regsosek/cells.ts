// Reading one Regsosek answer cell by how its question is answered (domain Answer): a code of its list (the
// shared readCode: number or label), a sum of codes, a count, or text. A value the question does not allow
// is the line's error on that column; the catalogued codes are CODE_UNKNOWN and WELFARE_ANSWER_INVALID.
import { isSumAnswer, type Answer } from '@smart-kampung/domain';
import {
  isBlank,
  isErrorCell,
  readCode,
  readText,
  type CellResult,
  type PlainCell,
} from '../../../../platform/sheets/cell-values.ts';
import { importIssue } from '../../../../platform/imports/row-issues.ts';
import { memberIssue } from './issues.ts';

/** A whole number in a cell: a number, or text holding one ("05"). */
export function wholeNumberOf(cell: PlainCell): number | null {
  const number = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim()) : NaN;
  return Number.isInteger(number) ? number : null;
}

export function readAnswer(
  cell: PlainCell,
  field: string,
  answer: Answer,
): CellResult<number | string | null> {
  if (answer.kind === 'code') return readCode(cell, field, answer.codes);
  if (answer.kind === 'text') return readText(cell, field, answer.maxLength);
  if (isBlank(cell)) return { ok: true, value: null };
  if (isErrorCell(cell)) return { ok: false, issue: importIssue.cellError(field, cell.error) };
  const number = wholeNumberOf(cell);
  if (answer.kind === 'count') {
    if (number !== null && number >= answer.min && number <= answer.max) return { ok: true, value: number };
    return {
      ok: false,
      issue: memberIssue(
        'WELFARE_ANSWER_INVALID',
        field,
        `${field}: isi bilangan bulat ${answer.min} sampai ${answer.max}.`,
        `${field}: a whole number from ${answer.min} to ${answer.max}.`,
      ),
    };
  }
  if (number !== null && isSumAnswer(answer.codes, number)) return { ok: true, value: number };
  const flags = answer.codes.flags.map((flag) => flag.code).join(', ');
  return {
    ok: false,
    issue: memberIssue(
      'WELFARE_ANSWER_INVALID',
      field,
      `${field}: jumlahkan kode ${flags} (0 bila tidak ada)${answer.codes.alone.length ? `, atau ${answer.codes.alone[0]!.code}` : ''}.`,
      `${field}: a sum of the codes ${flags} (0 for none)${answer.codes.alone.length ? `, or ${answer.codes.alone[0]!.code}` : ''}.`,
    ),
  };
}
