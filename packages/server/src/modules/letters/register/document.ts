// The outgoing-letter register as a printable book: A4 landscape, one table with its header row repeated on
// every page, a voided letter's row struck through in grey with the reason in its remark.
import { longIndonesianDate } from '@smart-kampung/domain';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PdfDocument } from '../../../platform/pdf/render-pdf.ts';
import type { RegisterEntry } from './service.ts';

const HEADERS = [
  'No.',
  'Nomor Surat',
  'Tanggal',
  'Jenis / Perihal',
  'Ditujukan Kepada',
  'Penandatangan',
  'Keterangan',
];

export function registerDocument(book: {
  village: string;
  kind: string | null;
  district: string;
  year: number;
  entries: readonly RegisterEntry[];
}): PdfDocument {
  const unit = book.kind === 'kelurahan' ? 'KELURAHAN' : 'DESA';
  const rows = book.entries.map((entry): TableCell[] => {
    const cells: string[] = [
      String(entry.no),
      entry.number,
      longIndonesianDate(entry.letterDate),
      entry.typeName,
      entry.subjectName,
      entry.signer,
      entry.status === 'void' ? `DIBATALKAN: ${entry.voidReason ?? ''}` : '',
    ];
    return cells.map((text, column) =>
      entry.status === 'void' && column < 6 ? { text, color: '#666', decoration: 'lineThrough' } : text,
    );
  });
  const empty: Content = {
    text: 'Belum ada surat keluar pada tahun ini.',
    italics: true,
    margin: [0, 12, 0, 0],
  };
  return {
    info: { title: `Buku Agenda Surat Keluar ${book.village} ${book.year}`, creator: 'Smart Kampung' },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 36, 28, 36],
    footer: (page, pages) => ({ text: `Halaman ${page} dari ${pages}`, alignment: 'center', fontSize: 8 }),
    content: [
      { text: 'BUKU AGENDA SURAT KELUAR', style: 'title' },
      {
        text: `${unit} ${book.village.toUpperCase()} KECAMATAN ${book.district.toUpperCase()}`,
        style: 'subtitle',
      },
      { text: `TAHUN ${book.year}`, style: 'subtitle', margin: [0, 0, 0, 10] },
      book.entries.length === 0
        ? empty
        : {
            table: {
              headerRows: 1,
              widths: [24, 110, 64, '*', 90, 120, 90],
              body: [HEADERS.map((text): TableCell => ({ text, bold: true, fillColor: '#eeeeee' })), ...rows],
            },
            fontSize: 8,
          },
    ],
    defaultStyle: { fontSize: 9 },
    styles: {
      title: { fontSize: 13, bold: true, alignment: 'center' },
      subtitle: { fontSize: 10, bold: true, alignment: 'center' },
    },
  };
}
