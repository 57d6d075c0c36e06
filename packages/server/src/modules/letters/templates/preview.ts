// The preview of a draft template: the PDF the letter would print, from sample data or a chosen resident's
// (NIK and KK masked), signed by whom the matrix would name today. It issues nothing, takes no number from
// the counter, signs nothing, and every page says CONTOH (sample) across it.
import {
  resolveSigner,
  headTitle,
  PARTY_FIELDS,
  type Authority,
  type LetterTemplate,
  type OfficialPosition,
  type Signer,
} from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../http/problem.ts';
import { invalidField } from '../../../http/field-errors.ts';
import type { IdentifierMasks } from '../../../platform/identifiers/identifier-masks.ts';
import type { PdfDocument } from '../../../platform/pdf/render-pdf.ts';
import { today } from '../../population/registry/nik-check.ts';
import type { VillageLetterType } from '../catalogue/queries.ts';
import { letterDocument } from '../issue/document.ts';
import type { PrintedParty } from '../issue/parties.ts';
import {
  printedLetterhead,
  printedSubject,
  regencyShortName,
  type PrintedLetterhead,
  type PrintedSubject,
} from '../issue/printed-values.ts';
import { delegationsFor, letterheadRow, letterSubjectRow } from '../issue/queries.ts';
import { listOfficials } from '../officials/queries.ts';
import { currentLogo } from '../logo/queries.ts';

export const SAMPLE_SUBJECT: PrintedSubject = {
  name: 'NAMA PENDUDUK (CONTOH)',
  nik: '3510••••••••0001',
  kk_number: '3510••••••••0002',
  birth_place: 'Banyuwangi',
  birth_date: '17 Agustus 1980',
  age: '46 tahun',
  sex: 'Laki-laki',
  religion: 'Islam',
  occupation: 'Petani/Pekebun',
  marital_status: 'Kawin',
  citizenship: 'WNI',
  address: 'Dusun Krajan, RT 001 / RW 002',
  family_head: 'NAMA KEPALA KELUARGA (CONTOH)',
  father_name: 'NAMA AYAH (CONTOH)',
  mother_name: 'NAMA IBU (CONTOH)',
};

async function previewSubject(
  db: Db,
  villageCode: string,
  residentId: string | null | undefined,
  masks: IdentifierMasks,
  date: string,
): Promise<PrintedSubject> {
  if (!residentId) return SAMPLE_SUBJECT;
  const row = await letterSubjectRow(db, villageCode, residentId);
  if (!row) throw invalidField('residentId', 'body', 'LETTER_RESIDENT_UNKNOWN');
  const subject = printedSubject(row, date);
  // A preview is not an audited print: it never shows a whole NIK or KK number.
  return {
    ...subject,
    nik: masks.civil(row.nik),
    kk_number: row.kk_number ? masks.civil(row.kk_number) : '-',
  };
}

async function previewSigner(
  db: Db,
  type: VillageLetterType,
  villageCode: string,
  letterhead: PrintedLetterhead,
  date: string,
): Promise<Signer> {
  const decision = resolveSigner({
    letterType: { code: type.code, name: type.name, authority: type.authority as Authority },
    village: {
      code: villageCode,
      name: letterhead.village,
      kind: letterhead.villageKind,
      districtName: letterhead.district,
      regencyName: regencyShortName(letterhead.regency),
    },
    date,
    delegations: await delegationsFor(db, villageCode, type.code),
    officials: await listOfficials(db, villageCode),
    villageSigningPosition: type.signing_position as OfficialPosition,
  });
  if (decision.ok) return decision.signer;
  // Nobody can sign it today (not delegated, nobody in office): the preview still shows the layout.
  const head = `${headTitle(letterhead.villageKind)} ${letterhead.village}`;
  return {
    officialId: '',
    name: 'NAMA PENANDA TANGAN',
    idLine: null,
    post: head,
    block: [head],
    basis: null,
  };
}

export async function previewDocument(
  db: Db,
  input: {
    villageCode: string;
    type: VillageLetterType;
    template: LetterTemplate;
    residentId?: string | null;
    masks: IdentifierMasks;
    publicUrl: string;
  },
): Promise<PdfDocument> {
  const { villageCode, type, template } = input;
  const date = today();
  const headRow = await letterheadRow(db, villageCode);
  if (!headRow) throw new AppError('NOT_FOUND');
  const logo = await currentLogo(db, villageCode);
  const letterhead = printedLetterhead(headRow, logo?.sha256);
  const parties = Object.fromEntries(
    template.parties.map((party) => [
      party.key,
      {
        residentId: null,
        ...Object.fromEntries(PARTY_FIELDS.map((field) => [field, '-'])),
        name: `[${party.label}]`,
      } as PrintedParty,
    ]),
  );
  const document = letterDocument({
    number: '…/…/…/…',
    letterDate: date,
    template,
    letterhead,
    subject: await previewSubject(db, villageCode, input.residentId, input.masks, date),
    fields: Object.fromEntries(template.fields.map((field) => [field.key, `[${field.label}]`])),
    parties,
    signer: await previewSigner(db, type, villageCode, letterhead, date),
    status: 'issued',
    qr: `${input.publicUrl}/v/contoh`,
    logo: logo ? { mediaType: logo.media_type, image: logo.image } : null,
  });
  return { ...document, watermark: { text: 'CONTOH', opacity: 0.15, bold: true } };
}
