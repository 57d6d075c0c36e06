// The other people a letter names (the reporter and witnesses of a death letter, the parents of a birth
// letter): each picked from the village's registry, or typed in where the template allows a non-resident,
// and copied into the letter at issue as it prints them, like the subject.
import {
  ageInYears,
  longIndonesianDate,
  PARTY_FIELDS,
  type LetterTemplate,
  type PartyField,
} from '@smart-kampung/domain';
import { z } from 'zod';
import type { Db } from '../../../db/database.ts';
import { fieldError } from '../../../http/field-errors.ts';
import type { FieldMessageKey } from '../../../http/field-messages.ts';
import { say } from '../../../http/field-messages.ts';
import { letterSubjectRow } from './queries.ts';
import { printedSubject } from './printed-values.ts';

const isoDate = z.iso.date(say('DATE_FORM'));
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => value || null);

/** A person who is not a resident of the village, as the desk types them. */
export const outsiderSchema = z.object({
  name: z.string().trim().min(2, say('FULL_NAME_REQUIRED')).max(120),
  nik: z
    .string()
    .trim()
    .regex(/^(\d{16})?$/, say('NIK_OR_EMPTY'))
    .nullish()
    .transform((value) => value || null),
  birthPlace: optionalText(80),
  birthDate: isoDate.nullish().transform((value) => value ?? null),
  sex: z
    .union([z.literal(1), z.literal(2)])
    .nullish()
    .transform((value) => value ?? null),
  occupation: optionalText(80),
  address: z.string().trim().min(5, say('PARTY_ADDRESS')).max(300),
});

/** One party: a resident of the village by id, or a non-resident's details. */
export const partyInputSchema = z
  .object({
    residentId: z.uuid().nullish(),
    outsider: outsiderSchema.nullish(),
  })
  .refine((party) => !!party.residentId !== !!party.outsider, {
    path: ['residentId'],
    message: say('PARTY_ONE_OF'),
  });
export type PartyInput = z.infer<typeof partyInputSchema>;

/** A party as the letter prints it; `residentId` null for a non-resident. */
export type PrintedParty = Record<PartyField, string> & { residentId: string | null };

function printedOutsider(person: z.infer<typeof outsiderSchema>, letterDate: string): PrintedParty {
  return {
    residentId: null,
    name: person.name,
    nik: person.nik ?? '-',
    birth_place: person.birthPlace ?? '-',
    birth_date: person.birthDate ? longIndonesianDate(person.birthDate) : '-',
    age: person.birthDate ? `${ageInYears(person.birthDate, letterDate)} tahun` : '-',
    sex: person.sex === 1 ? 'Laki-laki' : person.sex === 2 ? 'Perempuan' : '-',
    occupation: person.occupation ?? '-',
    address: person.address,
  };
}

type PartyError = ReturnType<typeof fieldError>;
const partyError = (path: string, key: FieldMessageKey) => fieldError(`parties.${path}`, 'body', key);

/**
 * Every party the template names, read and printed; or the problems: a party the letter does not name, one
 * it needs but was not given, a non-resident where the template wants a resident, a resident of another
 * village or no longer living there (a reporter or witness must be living in the village).
 */
export async function resolveParties(
  db: Db,
  villageCode: string,
  template: LetterTemplate,
  input: Readonly<Record<string, PartyInput>>,
  letterDate: string,
): Promise<{ parties: Record<string, PrintedParty>; errors: PartyError[] }> {
  const errors: PartyError[] = [];
  const parties: Record<string, PrintedParty> = {};
  const known = new Set(template.parties.map((party) => party.key));
  for (const key of Object.keys(input))
    if (!known.has(key)) errors.push(partyError(key, 'LETTER_PARTY_UNKNOWN'));
  for (const party of template.parties) {
    const given = input[party.key];
    if (!given) {
      if (!party.optional) errors.push(partyError(party.key, 'LETTER_PARTY_REQUIRED'));
      continue;
    }
    if (given.outsider) {
      if (!party.outsider) errors.push(partyError(`${party.key}.outsider`, 'LETTER_PARTY_RESIDENT_ONLY'));
      else parties[party.key] = printedOutsider(given.outsider, letterDate);
      continue;
    }
    const row = await letterSubjectRow(db, villageCode, given.residentId!);
    if (!row || row.status_code !== 1) {
      errors.push(partyError(`${party.key}.residentId`, 'LETTER_PARTY_RESIDENT'));
      continue;
    }
    const printed = printedSubject(row, letterDate);
    parties[party.key] = {
      residentId: row.id,
      ...(Object.fromEntries(PARTY_FIELDS.map((field) => [field, printed[field] ?? '-'])) as Record<
        PartyField,
        string
      >),
    };
  }
  return { parties, errors };
}
