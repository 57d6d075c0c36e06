// SQL of the enrolments a Regsosek 501 answer makes: the catalogue programs 501 names, the open enrolments of
// a village in them, and the set-based insert of new enrolments with the first line of their history.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../../../db/database.ts';
import { markTargetingChanged } from '../../targeting/stored/village-version.ts';

export function programsByCode(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assistance_program')
    .select(['id', 'code', 'target_unit'])
    .where('code', 'in', [...codes])
    .execute();
}

/** Open (not exited) enrolments of the village in these programs, as "programId:unitType:unitId". */
export async function openEnrolmentKeys(db: Db, villageCode: string, programIds: readonly string[]) {
  if (programIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('assistance_enrolment')
    .select(['program_id', 'unit_type', 'resident_id', 'family_id', 'household_id'])
    .where('village_code', '=', villageCode)
    .where('program_id', 'in', [...programIds])
    .where('status', '<>', 'exited')
    .execute();
  return new Set(
    rows.map(
      (row) => `${row.program_id}:${row.unit_type}:${row.resident_id ?? row.family_id ?? row.household_id}`,
    ),
  );
}

export interface NewEnrolment {
  programId: string;
  unitType: 'resident' | 'family' | 'household';
  unitId: string;
  startDate: string | null;
  reference: string;
}

/**
 * Active enrolments from a file, each with its history's first line (proposed by nobody: it came active from
 * the survey). The check already left out units with an open enrolment, under the commit's locks.
 */
export async function insertFileEnrolments(
  db: Db,
  villageCode: string,
  enrolments: readonly NewEnrolment[],
  actorId: string,
) {
  if (enrolments.length === 0) return [];
  const rows = enrolments.map((e) => ({
    village_code: villageCode,
    id: randomUUID(),
    program_id: e.programId,
    unit_type: e.unitType,
    resident_id: e.unitType === 'resident' ? e.unitId : null,
    family_id: e.unitType === 'family' ? e.unitId : null,
    household_id: e.unitType === 'household' ? e.unitId : null,
    status: 'active',
    start_date: e.startDate,
    source: 'file',
    source_reference: e.reference,
    created_by: actorId,
    status_changed_by: actorId,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await db.insertInto('assistance_enrolment').values(chunk).execute();
    await db
      .insertInto('assistance_enrolment_change')
      .values(
        chunk.map((row) => ({
          village_code: villageCode,
          enrolment_id: row.id,
          seq: 1,
          changed_by: actorId,
          from_status: null,
          to_status: 'active',
          reason: row.source_reference,
          source: 'file',
        })),
      )
      .execute();
  }
  await markTargetingChanged(db, [villageCode]);
  return rows.map((row) => ({ id: row.id, programId: row.program_id, unitType: row.unit_type }));
}
