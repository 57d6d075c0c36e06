// The public look-up (issue 13). Three ways in, one answer shape:
// - a name within a village: typo-tolerant (the registry's name rule), only residents who receive or
//   recently received a program, the closest names first, at most 10;
// - a NIK together with the name: both must belong to one resident of the village, or the answer is exactly
//   the answer for a NIK nobody has (the page confirms no NIK: OpenSID issues #3285, #4119);
// - a KK number together with the head's name: every member's programs.
import { maskPublicName, sameRegisteredName } from '@smart-kampung/domain';
import type { Db } from '../../../db/database.ts';
import {
  membersByKk,
  programsOfResidents,
  recipientsByName,
  residentByNik,
  type LookupResident,
  type ResidentProgram,
} from './queries.ts';
import type { LookupAnswer, LookupBody } from './schemas.ts';
import type { WordMatches } from './word-matches.ts';
import { nameQueryWords } from '../../population/registry/name-match.ts';

export const MOST_ROWS = 10;
export const NOTHING_FOUND = 'Tidak terdapat peserta/PM';

export type LookupMode = 'name' | 'nik' | 'kk';

export function lookupMode(body: LookupBody): LookupMode {
  if (body.nik) return 'nik';
  if (body.kk) return 'kk';
  return 'name';
}

export async function lookUp(db: Db, dictionary: WordMatches, body: LookupBody): Promise<LookupAnswer> {
  const people = await matchingResidents(db, dictionary, body);
  const rows = people.slice(0, MOST_ROWS).map((person) => ({
    name: maskPublicName(person.full_name),
    age: person.age,
    rt: person.rt,
    rw: person.rw,
    programs: person.programs.map((row) => ({
      code: row.code,
      name: row.name,
      status: row.status,
      since: row.start_date,
      until: row.end_date,
    })),
  }));
  return { rows, message: rows.length === 0 ? NOTHING_FOUND : null };
}

/** The people the answer shows, each with their shown programs; only people some program reaches. */
async function matchingResidents(
  db: Db,
  dictionary: WordMatches,
  body: LookupBody,
): Promise<(LookupResident & { programs: ResidentProgram[] })[]> {
  // A name look-up finds its recipients and their programs in one statement.
  if (lookupMode(body) === 'name') {
    const matches = await dictionary.of(nameQueryWords(body.name));
    return recipientsByName(db, body.village, body.name, matches, MOST_ROWS);
  }
  const people = await identifiedResidents(db, body);
  const programs = await programsOfResidents(
    db,
    body.village,
    people.map((person) => person.id),
  );
  const byResident = new Map<string, ResidentProgram[]>();
  for (const row of programs)
    byResident.set(row.resident_id, [...(byResident.get(row.resident_id) ?? []), row]);
  return people
    .filter((person) => byResident.has(person.id))
    .map((person) => ({ ...person, programs: byResident.get(person.id)! }));
}

/** The resident of a NIK, or the members of a KK, only when the name given is the registered one. */
async function identifiedResidents(db: Db, body: LookupBody): Promise<LookupResident[]> {
  if (body.nik) {
    const person = await residentByNik(db, body.village, body.nik);
    return person && sameRegisteredName(body.name, person.full_name) ? [person] : [];
  }
  const members = await membersByKk(db, body.village, body.kk!);
  const head = members.find((member) => member.relationship === 1);
  return head && sameRegisteredName(body.name, head.full_name) ? members : [];
}
