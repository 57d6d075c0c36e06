// An issued letter as a pdfmake document: a pure function of what the letter row holds (everything copied in
// at issue), so re-printing a letter years later gives the same text even if the registry or the staff list
// changed. Page size and margins come from the template (F4 = 215 × 330 mm by default); the QR code, which
// pdfmake draws itself, carries the verification address.
import {
  PAGE_SIZES_MM,
  PARTY_FIELDS,
  PLACEHOLDERS,
  SUBJECT_ROWS,
  fillText,
  longIndonesianDate,
  type LetterTemplate,
  type Signer,
} from '@smart-kampung/domain';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { PdfDocument } from '../../../platform/pdf/render-pdf.ts';
import type { PrintedParty } from './parties.ts';
import type { PrintedLetterhead, PrintedSubject } from './printed-values.ts';
import { placeholderValues } from './printed-values.ts';

export interface PrintableLetter {
  number: string;
  letterDate: string;
  template: LetterTemplate;
  letterhead: PrintedLetterhead;
  subject: PrintedSubject;
  fields: Record<string, string>;
  signer: Signer;
  /** The other people the letter names, by party key (parties.ts); absent on letters naming nobody else. */
  parties?: Record<string, PrintedParty>;
  status: 'issued' | 'void';
  /** What the QR code holds: the verification address with the signed record (signed-record.ts). */
  qr: string;
  /** The image of the logo the letterhead names (letterhead.logo), read from letter_logo when printing. */
  logo?: { mediaType: string; image: Uint8Array } | null;
}

const mm = (value: number) => (value * 72) / 25.4;

const LOGO_PT = 64;

function letterheadContent(
  head: PrintedLetterhead,
  widthPt: number,
  logo: PrintableLetter['logo'],
): Content[] {
  const village = `${head.villageKind === 'kelurahan' ? 'KELURAHAN' : 'DESA'} ${head.village.toUpperCase()}`;
  const lines: Content[] = [
    { text: `PEMERINTAH ${head.regency.toUpperCase()}`, style: 'headLine' },
    { text: `KECAMATAN ${head.district.toUpperCase()}`, style: 'headLine' },
    { text: village, style: 'headVillage' },
    ...(head.office ? [{ text: head.office, style: 'headOffice' } as Content] : []),
  ];
  // The logo left of the centred lines, as Indonesian letterheads have it; an empty column of the same width
  // on the right keeps the lines centred on the page.
  const image =
    logo && head.logo ? `data:${logo.mediaType};base64,${Buffer.from(logo.image).toString('base64')}` : null;
  return [
    image
      ? {
          columns: [
            { image, fit: [LOGO_PT, LOGO_PT], width: LOGO_PT },
            { stack: lines, width: '*' },
            { text: '', width: LOGO_PT },
          ],
          columnGap: 8,
        }
      : { stack: lines },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 4, x2: widthPt, y2: 4, lineWidth: 2 },
        { type: 'line', x1: 0, y1: 7, x2: widthPt, y2: 7, lineWidth: 0.5 },
      ],
      margin: [0, 0, 0, 12],
    },
  ];
}

const labelValueTable = (rows: [string, string][]): Content => ({
  table: {
    widths: [150, 8, '*'],
    body: rows.map(([label, value]): TableCell[] => [label, ':', value]),
  },
  layout: 'noBorders',
  margin: [20, 0, 0, 8],
});

function bodyContent(letter: PrintableLetter, values: Record<string, string>): Content[] {
  const { template, fields, subject } = letter;
  return template.body.map((block): Content => {
    switch (block.kind) {
      case 'paragraph':
        return { text: fillText(block.text, values), alignment: 'justify', margin: [0, 0, 0, 8] };
      case 'subject':
        return labelValueTable(
          SUBJECT_ROWS.map((key) => [PLACEHOLDERS[key].id, subject[key.slice('subject.'.length)] ?? '-']),
        );
      case 'fields': {
        const shown = template.fields.filter((field) => field.group === block.group);
        const table = labelValueTable(shown.map((field) => [field.label, fields[field.key] ?? '-']));
        return block.group ? { stack: [{ text: block.group, bold: true }, table] } : table;
      }
      case 'party': {
        const label = template.parties.find((party) => party.key === block.key)?.label ?? block.key;
        const party = letter.parties?.[block.key];
        const rows = PARTY_FIELDS.map((field): [string, string] => [
          PLACEHOLDERS[`subject.${field}`].id,
          party?.[field] ?? '-',
        ]);
        return { stack: [{ text: label, bold: true }, labelValueTable(rows)] };
      }
    }
  });
}

function signatureContent(letter: PrintableLetter): Content {
  const { signer } = letter;
  return {
    columns: [
      {
        width: '*',
        stack: [
          { qr: letter.qr, fit: 120, eccLevel: 'M' },
          { text: 'Pindai untuk memeriksa keaslian surat', fontSize: 7, margin: [0, 4, 0, 0] },
        ],
      },
      {
        width: 220,
        stack: [
          `${letter.letterhead.village}, ${longIndonesianDate(letter.letterDate)}`,
          ...signer.block,
          { text: signer.name, bold: true, decoration: 'underline', margin: [0, 56, 0, 0] },
          ...(signer.idLine ? [signer.idLine] : []),
        ],
      },
    ],
    margin: [0, 12, 0, 0],
    unbreakable: true,
  };
}

export function letterDocument(letter: PrintableLetter): PdfDocument {
  const { template } = letter;
  const [widthMm, heightMm] = PAGE_SIZES_MM[template.page.size];
  const margins = template.page.marginsMm;
  const contentWidth = mm(widthMm - margins.left - margins.right);
  const values = placeholderValues(
    letter.subject,
    letter.letterhead,
    letter.signer,
    letter.fields,
    letter.letterDate,
    letter.parties,
  );
  return {
    info: { title: `${template.title} ${letter.number}`, creator: 'Smart Kampung' },
    pageSize: { width: mm(widthMm), height: mm(heightMm) },
    pageMargins: [mm(margins.left), mm(margins.top), mm(margins.right), mm(margins.bottom)],
    ...(letter.status === 'void' ? { watermark: { text: 'DIBATALKAN', opacity: 0.2, bold: true } } : {}),
    content: [
      ...(template.letterhead ? letterheadContent(letter.letterhead, contentWidth, letter.logo) : []),
      { text: fillText(template.title, values), style: 'title' },
      { text: `Nomor: ${letter.number}`, alignment: 'center', margin: [0, 2, 0, 14] },
      ...bodyContent(letter, values),
      signatureContent(letter),
      ...(letter.signer.basis
        ? [{ text: letter.signer.basis.text, fontSize: 8, italics: true, margin: [0, 12, 0, 0] } as Content]
        : []),
    ],
    defaultStyle: { fontSize: 11, lineHeight: 1.15 },
    styles: {
      headLine: { fontSize: 12, bold: true, alignment: 'center' },
      headVillage: { fontSize: 14, bold: true, alignment: 'center' },
      headOffice: { fontSize: 9, alignment: 'center' },
      title: { fontSize: 12, bold: true, decoration: 'underline', alignment: 'center' },
    },
  };
}
