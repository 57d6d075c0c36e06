// Ending a program ends its enrolments: closing it, or putting the end of its period before today, exits every
// open enrolment in one transaction with 'program_ended', a history row each and an audit entry per village.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../../population/test-support/families.ts';
import { createVillageProgram, enrolled } from '../test-support/assistance.ts';
import { PROGRAM_END_REASON } from './end-program.ts';

let t: TestApp;
let op: TestUser;
const village = '35.10.01.2001';

beforeAll(async () => {
  t = await buildTestApp();
  op = await t.createUser('village_operator', village);
});
afterAll(() => t.close());

const patch = (id: string, payload: object) =>
  op.request({ method: 'PATCH', url: `/api/assistance/programs/${id}`, payload });

async function programWithEnrolments(count: number, statuses: string[] = []) {
  const id = await createVillageProgram(op, village, 'family', { periodStart: '2025-01-01' });
  const enrolments: string[] = [];
  for (let i = 0; i < count; i++) {
    const { familyId } = await registerFamily(op, village);
    enrolments.push(
      await enrolled(op, village, {
        programId: id,
        unitType: 'family',
        unitId: familyId,
        status: statuses[i] ?? 'active',
      }),
    );
  }
  return { id, enrolments };
}

const enrolmentsOf = (programId: string) =>
  t.database.db
    .selectFrom('assistance_enrolment')
    .select(['id', 'status', 'exit_reason', 'end_date'])
    .where('program_id', '=', programId)
    .orderBy('id')
    .execute();

const lastChanges = (ids: string[]) =>
  t.database.db
    .selectFrom('assistance_enrolment_change')
    .select(['enrolment_id', 'seq', 'from_status', 'to_status', 'exit_reason', 'reason', 'changed_by'])
    .where('enrolment_id', 'in', ids)
    .where('to_status', '=', 'exited')
    .execute();

const exitAudits = async (programId: string) =>
  (
    await t.database.db
      .selectFrom('audit_log')
      .select(['region_code', 'details'])
      .where('action', '=', 'assistance.enrolment.exit')
      .execute()
  ).filter((row) => (row.details as { programId?: string }).programId === programId);

/** The village's targeting version: its stored counts are stale once it rises. */
const targetingVersion = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('targeting_village_version')
        .select('version')
        .where('village_code', '=', village)
        .executeTakeFirst()
    )?.version ?? 0,
  );

describe('PATCH /api/assistance/programs/:id ending the program', () => {
  it('exits every open enrolment when the program is closed, each with a history row, audited', async () => {
    const { id, enrolments } = await programWithEnrolments(3, ['active', 'proposed', 'verified']);
    const before = await targetingVersion();
    const res = await patch(id, { active: false });
    // The exits change what the village's targeting counts read: its version rises in the same transaction.
    expect(await targetingVersion()).toBeGreaterThan(before);
    expect(res.statusCode, res.body).toBe(200);
    const rows = await enrolmentsOf(id);
    expect(rows.map((row) => [row.status, row.exit_reason])).toEqual(
      rows.map(() => ['exited', 'program_ended']),
    );
    const changes = await lastChanges(enrolments);
    expect(changes).toHaveLength(3);
    expect(new Set(changes.map((c) => c.from_status))).toEqual(new Set(['active', 'proposed', 'verified']));
    expect(changes.every((c) => c.reason === PROGRAM_END_REASON && c.changed_by === op.id)).toBe(true);
    // Each history row follows the enrolment's first one.
    expect(changes.every((c) => c.seq === 2)).toBe(true);
    const audits = await exitAudits(id);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.region_code).toBe(village);
    expect(new Set((audits[0]!.details as { enrolments: string[] }).enrolments)).toEqual(new Set(enrolments));
  });

  it('exits them on the end of the period when the period is put in the past', async () => {
    const { id } = await programWithEnrolments(2);
    expect((await patch(id, { periodEnd: '2025-06-30' })).statusCode).toBe(200);
    const rows = await enrolmentsOf(id);
    expect(rows.map((row) => row.status)).toEqual(['exited', 'exited']);
    // Never before an enrolment started: these started today, so they end today.
    expect(rows.every((row) => row.end_date !== null)).toBe(true);
  });

  it('leaves exited enrolments alone and changes nothing when the program was ended already', async () => {
    const { id, enrolments } = await programWithEnrolments(2);
    const first = enrolments[0]!;
    const exit = await op.request({
      method: 'POST',
      url: `/api/villages/${village}/assistance/enrolments/${first}/status`,
      payload: { to: 'exited', exitReason: 'moved', reason: 'pindah' },
    });
    expect(exit.statusCode, exit.body).toBe(200);
    await patch(id, { active: false });
    const rows = new Map((await enrolmentsOf(id)).map((row) => [row.id, row]));
    expect(rows.get(first)!.exit_reason).toBe('moved');
    expect(rows.get(enrolments[1]!)!.exit_reason).toBe('program_ended');
    // Changing the name of an ended program ends nothing again.
    expect((await patch(id, { name: 'Nama baru' })).statusCode).toBe(200);
    expect(await lastChanges(enrolments)).toHaveLength(2);
    expect(await exitAudits(id)).toHaveLength(1);
  });

  it('keeps the enrolments open while the period still runs', async () => {
    const { id } = await programWithEnrolments(1);
    expect((await patch(id, { periodEnd: '2099-12-31' })).statusCode).toBe(200);
    expect((await enrolmentsOf(id)).map((row) => row.status)).toEqual(['active']);
  });
});
