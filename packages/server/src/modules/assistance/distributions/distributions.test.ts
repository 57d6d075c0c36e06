// Distributions per cycle: recorded by the village's staff for units that were receiving, the amount due
// filled in for cash, in one transaction; recording the same again changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../../population/test-support/families.ts';
import { createVillageProgram, enrolled } from '../test-support/assistance.ts';

let t: TestApp;
let op: TestUser;
let district: TestUser;
let program: string;
let active: string[];
let proposed: string;
const village = '35.10.01.2001';

beforeAll(async () => {
  t = await buildTestApp();
  op = await t.createUser('village_operator', village);
  district = await t.createUser('district_staff', '35.10.01');
  program = await createVillageProgram(op, village, 'family', { benefitAmount: 300_000 });
  await op.request({
    method: 'POST',
    url: `/api/assistance/programs/${program}/cycles`,
    payload: { year: 2026 },
  });
  active = [];
  for (let i = 0; i < 2; i += 1) {
    const { familyId } = await registerFamily(op, village);
    active.push(
      await enrolled(op, village, {
        programId: program,
        unitType: 'family',
        unitId: familyId,
        status: 'active',
      }),
    );
  }
  const { familyId } = await registerFamily(op, village);
  proposed = await enrolled(op, village, { programId: program, unitType: 'family', unitId: familyId });
});
afterAll(() => t.close());

const cycleUrl = (cycle = '2026-03') =>
  `/api/villages/${village}/assistance/programs/${program}/cycles/${cycle}/distributions`;

describe('POST …/cycles/:cycle/distributions', () => {
  it('records the cycle in bulk, the amount due for those received; the same again changes nothing', async () => {
    const rows = [
      { enrolmentId: active[0]!, received: true, receivedOn: '2026-03-10', channel: 'bank' },
      { enrolmentId: active[1]!, received: false, note: 'Tidak hadir' },
    ];
    const first = await op.request({ method: 'POST', url: cycleUrl(), payload: { rows } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ recorded: 2, unchanged: 0 });
    const again = await op.request({ method: 'POST', url: cycleUrl(), payload: { rows } });
    expect(again.json()).toEqual({ recorded: 0, unchanged: 2 });
    const list = (await district.request({ method: 'GET', url: cycleUrl() })).json<{
      counts: object;
      amountDue: number;
      rows: { enrolmentId: string; amount: number | null; received: boolean | null }[];
    }>();
    expect(list.amountDue).toBe(300_000);
    expect(list.counts).toEqual({ units: 2, received: 1, notReceived: 1, unreported: 0 });
    expect(list.rows.find((r) => r.enrolmentId === active[0])).toMatchObject({
      received: true,
      amount: 300_000,
    });
  });

  it('refuses a proposal and an enrolment of another program, writing nothing', async () => {
    const other = await createVillageProgram(op, village);
    const { familyId } = await registerFamily(op, village);
    const foreign = await enrolled(op, village, {
      programId: other,
      unitType: 'family',
      unitId: familyId,
      status: 'active',
    });
    const res = await op.request({
      method: 'POST',
      url: cycleUrl('2026-04'),
      payload: {
        rows: [
          { enrolmentId: active[0]!, received: true },
          { enrolmentId: proposed, received: true },
          { enrolmentId: foreign, received: true },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'rows.1.enrolmentId',
      'rows.2.enrolmentId',
    ]);
    const list = (await op.request({ method: 'GET', url: cycleUrl('2026-04') })).json<{
      counts: { unreported: number };
    }>();
    expect(list.counts.unreported).toBe(2);
  });

  it('refuses a date received for what was not received, and district staff (403)', async () => {
    const bad = await op.request({
      method: 'POST',
      url: cycleUrl(),
      payload: { rows: [{ enrolmentId: active[1]!, received: false, receivedOn: '2026-03-10' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ field: 'rows.0.receivedOn' }] });
    const denied = await district.request({
      method: 'POST',
      url: cycleUrl(),
      payload: { rows: [{ enrolmentId: active[1]!, received: true }] },
    });
    expect(denied.statusCode).toBe(403);
  });

  it('answers 404 for a cycle the program does not have', async () => {
    expect((await op.request({ method: 'GET', url: cycleUrl('2031-01') })).statusCode).toBe(404);
  });
});

describe('PUT …/enrolments/:id/distributions/:cycle', () => {
  it('records one unit', async () => {
    const url = `/api/villages/${village}/assistance/enrolments/${active[1]!}/distributions/2026-05`;
    const res = await op.request({
      method: 'PUT',
      url,
      payload: { received: true, receivedOn: '2026-05-02', amount: 150_000, channel: 'pos' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const list = (await op.request({ method: 'GET', url: cycleUrl('2026-05') })).json<{
      rows: { enrolmentId: string; amount: number; channel: string }[];
    }>();
    expect(list.rows.find((r) => r.enrolmentId === active[1])).toMatchObject({
      amount: 150_000,
      channel: 'pos',
    });
    const unknownCycle = await op.request({
      method: 'PUT',
      url: url.replace('2026-05', '2030-05'),
      payload: { received: true },
    });
    expect(unknownCycle.statusCode).toBe(400);
  });
});

describe('GET …/cycles/:cycle/distributions/export', () => {
  it('gives the distributor the list masked, and whole numbers only with a reason, audited', async () => {
    const url = `${cycleUrl()}/export?format=csv`;
    const masked = await district.request({ method: 'GET', url });
    expect(masked.statusCode, masked.body).toBe(200);
    expect(masked.headers['x-total-count']).toBe('2');
    const kks = await t.database.db
      .selectFrom('assistance_enrolment as e')
      .innerJoin('family as f', (j) =>
        j.onRef('f.village_code', '=', 'e.village_code').onRef('f.id', '=', 'e.family_id'),
      )
      .select('f.kk_number')
      .where('e.id', 'in', active)
      .execute();
    for (const { kk_number } of kks) expect(masked.body).not.toContain(kk_number);
    expect(masked.body).toContain((await t.masks()).civil(kks[0]!.kk_number));
    expect(
      (await district.request({ method: 'GET', url: `${url}&full=true&reason=Daftar%20bayar%20Pos` }))
        .statusCode,
    ).toBe(403);
    const noReason = await op.request({ method: 'GET', url: `${url}&full=true` });
    expect(noReason.statusCode).toBe(400);
    const full = await op.request({ method: 'GET', url: `${url}&full=true&reason=Daftar%20bayar%20Pos` });
    expect(full.statusCode).toBe(200);
    for (const { kk_number } of kks) expect(full.body).toContain(kk_number);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'assistance.distribution.export_full')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.details)).not.toContain(kks[0]!.kk_number);
  });
});
