// What a letter prints, copied into it at issue: the subject's data as labelled text, the letterhead, and the
// placeholder values the template's paragraphs read. Pure, so a test reads what a letter says without a PDF.
import {
  AGAMA,
  PEKERJAAN,
  SEX,
  STATUS_KAWIN,
  WARGANEGARA,
  ageInYears,
  headTitle,
  longIndonesianDate,
  type Signer,
} from '@smart-kampung/domain';
import { labelOf } from '../../population/records/print/documents.ts';
import type { LetterSubjectRow, letterheadRow } from './queries.ts';

/** The subject as printed: keys are the `subject.*` placeholders without their prefix. */
export type PrintedSubject = Record<string, string>;

export interface PrintedLetterhead {
  village: string;
  villageKind: 'desa' | 'kelurahan';
  district: string;
  regency: string;
  province: string;
  /** Office address line, with postal code and phone when known; null when the profile has none. */
  office: string | null;
  /** SHA-256 of the logo the letterhead prints (letter_logo), absent when the village has none. */
  logo?: string;
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s(/])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}

export function printedSubject(row: LetterSubjectRow, letterDate: string): PrintedSubject {
  // Imported addresses often hold RT/RW or the dusun already ("Sumberwaru RT 004/RW 005"): not printed twice.
  const written = row.address ?? '';
  const neighbourhood = /\bRT\b/i.test(written)
    ? null
    : [row.rt && `RT ${row.rt}`, row.rw && `RW ${row.rw}`].filter(Boolean).join(' / ');
  const dusun =
    row.dusun && !written.toLowerCase().includes(row.dusun.toLowerCase()) ? `Dusun ${row.dusun}` : null;
  const address = [written, neighbourhood, dusun].filter(Boolean).join(', ');
  return {
    name: row.full_name,
    nik: row.nik,
    kk_number: row.kk_number ?? '-',
    birth_place: row.birth_place ?? '-',
    birth_date: longIndonesianDate(row.birth_date),
    age: `${ageInYears(row.birth_date, letterDate)} tahun`,
    sex: titleCase(labelOf(SEX, row.sex)),
    religion: titleCase(labelOf(AGAMA, row.religion)),
    occupation: titleCase(labelOf(PEKERJAAN, row.occupation)),
    marital_status: titleCase(labelOf(STATUS_KAWIN, row.marital_status)),
    citizenship: labelOf(WARGANEGARA, row.citizenship),
    address: address || '-',
    family_head: row.family_head ?? '-',
    father_name: row.father_name ?? '-',
    mother_name: row.mother_name ?? '-',
  };
}

type LetterheadRow = NonNullable<Awaited<ReturnType<typeof letterheadRow>>>;

export function printedLetterhead(row: LetterheadRow, logoSha256?: string): PrintedLetterhead {
  const contact = [
    row.office_address,
    row.postal_code && `Kode Pos ${row.postal_code}`,
    row.phone && `Telp. ${row.phone}`,
    row.email,
  ].filter(Boolean);
  return {
    village: row.village,
    villageKind: row.kind === 'kelurahan' ? 'kelurahan' : 'desa',
    district: row.district,
    regency: row.regency,
    province: row.province ?? '-',
    office: contact.length > 0 ? contact.join(', ') : null,
    ...(logoSha256 ? { logo: logoSha256 } : {}),
  };
}

/** Every placeholder's value for the template's paragraphs. */
export function placeholderValues(
  subject: PrintedSubject,
  letterhead: PrintedLetterhead,
  signer: Pick<Signer, 'name' | 'post'>,
  fields: Readonly<Record<string, string>>,
  letterDate: string,
  parties: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {},
): Record<string, string> {
  const values: Record<string, string> = {
    'village.name': letterhead.village,
    'village.district': letterhead.district,
    'village.regency': regencyShortName(letterhead.regency),
    'village.province': letterhead.province,
    'village.head_title': headTitle(letterhead.villageKind),
    'village.kind': letterhead.villageKind === 'kelurahan' ? 'Kelurahan' : 'Desa',
    'signer.name': signer.name,
    'signer.post': signer.post,
    'letter.date': longIndonesianDate(letterDate),
  };
  for (const [key, value] of Object.entries(subject)) values[`subject.${key}`] = value;
  for (const [key, value] of Object.entries(fields)) values[`isian.${key}`] = value;
  for (const [key, party] of Object.entries(parties))
    for (const [field, value] of Object.entries(party))
      if (field !== 'residentId' && value !== null) values[`pihak.${key}.${field}`] = value;
  return values;
}

/** "Kabupaten Banyuwangi" → "Banyuwangi": the name after "Bupati" or "Kabupaten" in running text. */
export function regencyShortName(regency: string): string {
  return regency.replace(/^(Kabupaten|Kab\.)\s+/i, '');
}
