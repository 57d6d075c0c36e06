// What a resident import may report beyond the shared cell issues: the domain's NIK/KK/family rules (under
// the template column the operator knows) and the import's own rules across lines.
import { ISSUES, type Issue } from '@smart-kampung/domain';
import { CELL_ISSUES, type RowIssue, type RowIssueCatalogue } from '../../../platform/imports/row-issues.ts';
import { LINE_WARNING_ISSUES } from './line-warnings.ts';

/** Every code a resident import may report: the shared cell codes, the domain's, and the file's own. */
export const RESIDENT_IMPORT_ISSUES: RowIssueCatalogue = {
  ...CELL_ISSUES,
  ...ISSUES,
  ...LINE_WARNING_ISSUES,
  FAMILY_HEAD_ROW_INVALID: {
    level: 'error',
    id: 'Baris Kepala Keluarga KK ini bermasalah, jadi anggota lainnya belum bisa disimpan.',
    en: "The family card's head-of-family line has errors, so the other members cannot be saved yet.",
  },
  FAMILY_ADDRESS_DIFFERS: {
    level: 'warning',
    id: 'Alamat baris ini berbeda dengan baris lain KK yang sama; dipakai alamat baris kepala keluarga.',
    en: "This line's address differs from another line of the same card; the head's line is used.",
  },
};

/** Domain issue fields are the rules' own names; the operator knows the template's column names. */
const domainFieldToHeader: Record<string, string> = {
  nik: 'nik',
  kk: 'no_kk',
  birthDate: 'tanggallahir',
  sex: 'sex',
  relationshipCode: 'kk_level',
  members: 'kk_level',
};

export function fromDomainIssue(issue: Issue, relatedLines: readonly number[] = []): RowIssue {
  const where = relatedLines.length > 0 ? relatedLines.join(', ') : '';
  return {
    code: issue.code,
    field: domainFieldToHeader[issue.field ?? ''] ?? issue.field ?? '',
    message: where
      ? { id: `${issue.message.id} (lihat baris ${where})`, en: `${issue.message.en} (see line ${where})` }
      : { id: issue.message.id, en: issue.message.en },
  };
}

/** Cross-line rules of the resident import, each naming the line the operator should fix. */
export const residentIssue = {
  nikRegisteredElsewhere: (): RowIssue => ({
    code: 'NIK_DUPLICATE',
    field: 'nik',
    message: {
      id: 'NIK ini sudah terdaftar sebagai penduduk di desa/kelurahan lain. Penduduk pindahan harus lebih dulu dicatat pindah keluar oleh desa asalnya.',
      en: 'This NIK is already registered as a resident of another village. A resident who moved must first be recorded as moved out by the village of origin.',
    },
  }),
  familyHeadRowInvalid: (headLine: number): RowIssue => ({
    code: 'FAMILY_HEAD_ROW_INVALID',
    field: 'no_kk',
    message: {
      id: `Baris Kepala Keluarga untuk KK ini (baris ${headLine}) bermasalah, jadi anggota keluarga lainnya juga belum bisa disimpan. Perbaiki baris ${headLine} dulu.`,
      en: `The head-of-family row of this family card (line ${headLine}) has errors, so the other members cannot be saved either. Fix line ${headLine} first.`,
    },
  }),
  familyAddressDiffers: (field: string, referenceLine: number): RowIssue => ({
    code: 'FAMILY_ADDRESS_DIFFERS',
    field,
    message: {
      id: `Kolom ${field} berbeda dengan baris ${referenceLine} dari KK yang sama. Satu KK hanya punya satu alamat; yang dipakai isi baris ${referenceLine}.`,
      en: `Column ${field} differs from line ${referenceLine} of the same family card. A family has one address; line ${referenceLine} is used.`,
    },
  }),
};
