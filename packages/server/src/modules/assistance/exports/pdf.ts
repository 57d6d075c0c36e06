// The by-name-by-address list as a landscape PDF table: a header with the program, the area, the date and
// the totals per status, then one line per enrolment. A pure function of the rows (already masked or not).
import { ENROLMENT_STATUS_LABELS, type EnrolmentStatus } from '@smart-kampung/domain';
import type { PdfDocument } from '../../../platform/pdf/render-pdf.ts';
import { BNBA_HEADERS, type BnbaLine } from './columns.ts';

export function bnbaPdf(options: {
  program: { code: string; name: string };
  area: { code: string; name: string };
  date: string;
  lines: readonly BnbaLine[];
  statuses: readonly string[];
}): PdfDocument {
  const totals = new Map<string, number>();
  for (const status of options.statuses) totals.set(status, (totals.get(status) ?? 0) + 1);
  const totalText = [...totals]
    .map(([status, count]) => `${ENROLMENT_STATUS_LABELS[status as EnrolmentStatus].id}: ${count}`)
    .join(' · ');
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [24, 24, 24, 30],
    defaultStyle: { fontSize: 7 },
    footer: (page, pages) => ({ text: `${page} / ${pages}`, alignment: 'center', fontSize: 7 }),
    content: [
      {
        text: `Daftar Penerima Bantuan (By Name By Address): ${options.program.name}`,
        bold: true,
        fontSize: 11,
      },
      {
        text: `Kode ${options.program.code} · Wilayah ${options.area.name} (${options.area.code}) · Tanggal ${options.date}`,
        margin: [0, 2, 0, 2],
      },
      { text: `Jumlah ${options.lines.length}${totalText ? ` (${totalText})` : ''}`, margin: [0, 0, 0, 6] },
      {
        table: {
          headerRows: 1,
          widths: [18, 60, 50, 18, 18, '*', 90, 70, 70, 40, 50, 40],
          body: [
            BNBA_HEADERS.map((header) => ({ text: header, bold: true })),
            ...options.lines.map((line) =>
              line.map((cell) =>
                cell === null ? '' : typeof cell === 'object' ? cell.isoDate : String(cell),
              ),
            ),
          ],
        },
        layout: 'lightHorizontalLines',
      },
    ],
  };
}
