// The SQL of a resident import's commit: set-based statements over a range of staged lines (import_job_row),
// each moving the lines' values into the registry inside the caller's transaction. Staged values are already
// in the registry's shape (check-row.ts), so jsonb_populate_record turns a line into a resident row.
// name-words: commit.ts adds the written names to the search dictionary once the lines are written.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { today } from '../registry/nik-check.ts';
import { RESIDENT_COLUMN_HEADERS } from './template-columns.ts';

export interface JobScope {
  villageCode: string;
  jobId: string;
}

/** Lines after `from` up to and including `to`. */
export interface LineRange extends JobScope {
  from: number;
  to: number;
}

/** The resident columns an import sets, as SQL identifiers and as fields of a populated record `p`. */
const COLUMNS = [...RESIDENT_COLUMN_HEADERS.keys()].filter((column) => column !== 'nik');
const columnList = sql.join(COLUMNS.map((column) => sql.ref(column)));
const fieldsOf = (record: string) =>
  sql.join(
    COLUMNS.map((column) =>
      column === 'status_code'
        ? sql`COALESCE((${sql.ref(record)}).status_code, 1)`
        : sql`(${sql.raw(record)}).${sql.ref(column)}`,
    ),
  );

/** The staged lines of a range that write to the registry (no errors; insert or update). */
function writable(range: LineRange, actions: readonly string[] = ['insert', 'update']): RawBuilder<boolean> {
  return sql<boolean>`r.village_code = ${range.villageCode} AND r.job_id = ${range.jobId}::uuid
    AND r.line_no > ${range.from} AND r.line_no <= ${range.to}
    AND jsonb_array_length(r.errors) = 0 AND r.action = ANY(${sql.val([...actions])}::text[])`;
}

/**
 * The staged lines as `r`, with their data unpacked once as `d`: a line's data is stored out of line
 * (TOAST), and every `r.data->…` would unpack the whole of it again.
 */
const stagedLines = sql`import_job_row r CROSS JOIN LATERAL jsonb_to_record(r.data)
  AS d(nik text, kk text, resident jsonb, "familyAddress" jsonb, flags text[])`;

const allLines = (scope: JobScope): LineRange => ({ ...scope, from: 0, to: 2_147_483_647 });

export async function lastWritableLine(db: Db, scope: JobScope): Promise<number> {
  const { rows } = await sql<{ last: number | null }>`
    SELECT max(r.line_no) AS last FROM import_job_row r WHERE ${writable(allLines(scope))}`.execute(db);
  return rows[0]?.last ?? 0;
}

export async function countWritableLines(db: Db, scope: JobScope): Promise<number> {
  return countLinesOf(db, allLines(scope), 'insert', 'update');
}

export async function countLinesOf(db: Db, range: LineRange, ...actions: string[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM import_job_row r WHERE ${writable(range, actions)}`.execute(db);
  return rows[0]?.n ?? 0;
}

/** A card the village does not hold yet is made from the first line that names it. */
export async function createMissingFamilies(db: Db, range: LineRange) {
  await sql`
    INSERT INTO family (village_code, id, kk_number, address, dusun, rw, rt)
    SELECT DISTINCT ON (d.kk) r.village_code, gen_random_uuid(), d.kk,
      d."familyAddress"->>'address', d."familyAddress"->>'dusun',
      d."familyAddress"->>'rw', d."familyAddress"->>'rt'
    FROM ${stagedLines}
    WHERE ${writable(range)} AND NOT EXISTS (
      SELECT 1 FROM family f WHERE f.village_code = r.village_code AND f.kk_number = d.kk AND f.active)
    ORDER BY d.kk, r.line_no`.execute(db);
}

const FAMILY_HEADERS = sql.val(['alamat', 'dusun', 'rw', 'rt']);

/** A known card's new address, from the line the check listed it on; a column the file lacks is kept. */
export async function updateFamilyAddresses(db: Db, range: LineRange) {
  const keep = (field: string) =>
    sql`CASE WHEN s.address ? ${field} THEN s.address->>${field} ELSE f.${sql.ref(field)} END`;
  await sql`
    UPDATE family f SET address = ${keep('address')}, dusun = ${keep('dusun')}, rw = ${keep('rw')},
      rt = ${keep('rt')}, updated_at = now()
    FROM (
      SELECT DISTINCT ON (d.kk) d.kk, d."familyAddress" AS address
      FROM ${stagedLines}
      WHERE ${writable(range)} AND EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(r.changes, '[]')) c
        WHERE c->>'field' = ANY(${FAMILY_HEADERS}::text[]))
      ORDER BY d.kk, r.line_no DESC
    ) s
    WHERE f.village_code = ${range.villageCode} AND f.kk_number = s.kk AND f.active`.execute(db);
}

/** New residents, then their claim on the NIK regency-wide (a NIK taken meanwhile fails the transaction). */
export async function insertResidents(db: Db, range: LineRange): Promise<number> {
  const inserted = await sql`
    INSERT INTO resident (village_code, id, nik, family_id, verification_flags, ${columnList})
    SELECT r.village_code, gen_random_uuid(), d.nik, f.id, d.flags, ${fieldsOf('p')}
    FROM ${stagedLines}
    CROSS JOIN LATERAL jsonb_populate_record(NULL::resident, d.resident) p
    JOIN family f ON f.village_code = r.village_code AND f.kk_number = d.kk AND f.active
    WHERE ${writable(range, ['insert'])}`.execute(db);
  await sql`
    INSERT INTO resident_nik (nik, village_code, resident_id)
    SELECT t.nik, t.village_code, t.id
    FROM ${stagedLines} JOIN resident t ON t.village_code = r.village_code AND t.nik = d.nik
    WHERE ${writable(range, ['insert'])}`.execute(db);
  return Number(inserted.numAffectedRows ?? 0);
}

/** Known residents take the file's values; a column the file lacks keeps the registry's value. */
export async function updateResidents(db: Db, range: LineRange): Promise<number> {
  const assignments = sql.join(COLUMNS.map((column) => sql`${sql.ref(column)} = (s.p).${sql.ref(column)}`));
  const updated = await sql`
    WITH s AS (
      SELECT t.id, jsonb_populate_record(t, d.resident) AS p, f.id AS family_id, d.flags
      FROM ${stagedLines}
      JOIN resident t ON t.village_code = r.village_code AND t.nik = d.nik
      JOIN family f ON f.village_code = r.village_code AND f.kk_number = d.kk AND f.active
      WHERE ${writable(range, ['update'])}
    )
    UPDATE resident t SET ${assignments}, family_id = s.family_id, verification_flags = s.flags,
      updated_at = now()
    FROM s WHERE t.village_code = ${range.villageCode} AND t.id = s.id`.execute(db);
  return Number(updated.numAffectedRows ?? 0);
}

/**
 * One 'import' life event per written resident: a new one with its values, a changed one with the changed
 * fields before and after, keyed as the registry names them (`keys`: template header to event key).
 */
export async function insertImportEvents(
  db: Db,
  range: LineRange,
  actorId: string,
  keys: Record<string, string>,
) {
  const side = (end: 'from' | 'to') =>
    sql`(SELECT jsonb_object_agg(COALESCE(${JSON.stringify(keys)}::jsonb->>(c->>'field'), c->>'field'), c->${end})
         FROM jsonb_array_elements(COALESCE(r.changes, '[]')) c)`;
  await sql`
    INSERT INTO resident_event (village_code, id, resident_id, family_id, event_type, event_date, details,
      before, after, actor_id)
    SELECT r.village_code, gen_random_uuid(), t.id, t.family_id, 'import', ${today()}::date,
      jsonb_build_object('jobId', r.job_id, 'lineNo', r.line_no, 'action', r.action),
      CASE WHEN r.action = 'insert' THEN NULL ELSE ${side('from')} END,
      CASE WHEN r.action = 'insert' THEN d.resident || jsonb_build_object('kk_number', d.kk)
           ELSE ${side('to')} END,
      ${actorId}::uuid
    FROM ${stagedLines} JOIN resident t ON t.village_code = r.village_code AND t.nik = d.nik
    WHERE ${writable(range)}`.execute(db);
}
