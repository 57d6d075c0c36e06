// The plain program file: every line matched against the registry and reported (matched, not found,
// ambiguous, wrong unit, duplicate); the valid lines saved in one transaction as active file enrolments
// with their first history row and the import's audit entry; a re-import changes nothing; a changed card
// number is one update with its history row; a commit that fails writes nothing; a file that is not the
// format is refused on `file`. Runs on PGlite and PostgreSQL.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issuesOf, uploadAndCheck, uploadRequest } from '../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import {
  auditEntries,
  changesOf,
  enrolmentsOf,
  HOUSEHOLD_ONE,
  householdsSharingNumber,
  programId,
  seedRegistry,
  villageProgram,
  type Registry,
} from '../test-support/registry.ts';

const VILLAGE = '35.10.01.2001';
const IMPORTER = 'assistance-plain';
const HEADER = 'kode_program;nik;no_kk;no_rtm;no_kartu;tanggal_mulai;status';
let t: TestApp;
let operator: TestUser;
let r: Registry;

const csv = (lines: string[]) => `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`;

async function check(lines: string[]) {
  const job = await uploadAndCheck(operator, VILLAGE, IMPORTER, 'peserta.csv', csv(lines));
  expect(job.status, JSON.stringify(job)).toBe('ready');
  return { job, issues: await issuesOf(operator, VILLAGE, job.id) };
}

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  r = await seedRegistry(t, operator, VILLAGE);
  await householdsSharingNumber(t, VILLAGE, 'DUP-1');
  await villageProgram(t, VILLAGE, 'KEMBAR-A', 'Bantuan Kembar');
  await villageProgram(t, VILLAGE, 'KEMBAR-B', 'Bantuan Kembar');
});
afterAll(() => t.close());

describe('POST /api/villages/:code/imports/assistance-plain', () => {
  it('matches every line against the registry and reports what does not match', async () => {
    const { job, issues } = await check([
      `PBI-JK;${r.one[0]};;;PBI-001;2026-01-05;`, // 2: a resident, matched
      `pkh;${r.one[1]};${r.kkOne};;PKH-001;05/01/2026;aktif`, // 3: a family by KK, its member's NIK
      `PKH;${r.one[0]};${r.kkTwo};;PKH-002;;`, // 4: the NIK is not on that KK
      `PBI-JK;;${r.kkOne};;PBI-002;;`, // 5: a KK in a resident program
      `PBI-JK;3510014101900009;;;PBI-003;;`, // 6: nobody has that NIK here
      `Bantuan Kembar;${r.one[2]};;;X-1;;`, // 7: two programs carry the name
      `RTLH;;;DUP-1;RTLH-1;;`, // 8: two households carry the number
      `PBI-JK;${r.one[0]};;;PBI-004;;`, // 9: line 2 again
      `RTLH;;${r.kkOne};;RTLH-2;2026-02-01;`, // 10: a household through its family's card
      `PKH;${r.two[0]};;;PKH-003;;`, // 11: a NIK alone for a family program
      `NOPE;${r.two[0]};;;N-1;;`, // 12: no such program
      `PBI-JK;${r.two[1]};;;PBI-005;;pindah`, // 13: not a status
    ]);
    const codes = Object.fromEntries(
      issues.filter((issue) => issue.level === 'error').map((issue) => [issue.lineNo, issue.code]),
    );
    expect(codes).toEqual({
      4: 'ASSIST_WRONG_UNIT',
      5: 'ASSIST_WRONG_UNIT',
      6: 'ASSIST_NOT_FOUND',
      7: 'ASSIST_PROGRAM_AMBIGUOUS',
      8: 'ASSIST_AMBIGUOUS',
      9: 'ASSIST_DUPLICATE',
      11: 'ASSIST_WRONG_UNIT',
      12: 'ASSIST_PROGRAM_UNKNOWN',
      13: 'ASSIST_STATUS_UNKNOWN',
    });
    // Identifiers in the review are masked, never whole.
    const line4 = issues.find((issue) => issue.lineNo === 4)!;
    expect(line4.identifierMasked).not.toContain(r.one[0]!.slice(4, 12));
    expect(job.actionCounts).toEqual({ enrol: 3 });
    expect(job.errorRows).toBe(9);
    expect(await enrolmentsOf(t, VILLAGE)).toEqual([]);

    const { job: saved } = await commitAndWait(operator, VILLAGE, job.id, 'valid_only');
    expect(saved?.status).toBe('committed');
    expect(saved?.result).toEqual({ enrolled: 3, updated: 0 });
    const enrolments = await enrolmentsOf(t, VILLAGE);
    expect(enrolments.map((e) => [e.code, e.unit_type, e.card_number, e.start_date, e.status])).toEqual([
      ['PBI-JK', 'resident', 'PBI-001', '2026-01-05', 'active'],
      ['PKH', 'family', 'PKH-001', '2026-01-05', 'active'],
      ['RTLH', 'household', 'RTLH-2', '2026-02-01', 'active'],
    ]);
    expect(enrolments[2]!.household_id).toBe(r.householdOne);
    for (const enrolment of enrolments) {
      expect(enrolment).toMatchObject({ source: 'file', source_reference: job.id });
      expect(await changesOf(t, VILLAGE, enrolment.id)).toEqual([
        { seq: 1, from_status: null, to_status: 'active', source: 'file' },
      ]);
    }
    const audit = await auditEntries(t, 'assistance.enrolment_import');
    expect(audit).toEqual([
      expect.objectContaining({
        entity_id: job.id,
        region_code: VILLAGE,
        details: expect.objectContaining({ enrolled: 3, updated: 0, skipped: 9 }),
      }),
    ]);
  });

  it('changes nothing when the same file comes again, and one card number when only it differs', async () => {
    const again = await check([
      `PBI-JK;${r.one[0]};;;PBI-001;2026-01-05;`,
      `PKH;${r.one[1]};${r.kkOne};;PKH-001;2026-01-05;`,
    ]);
    expect(again.job.actionCounts).toEqual({});
    expect(again.job.errorRows).toBe(0);

    const { job, issues } = await check([`PBI-JK;${r.one[0]};;;PBI-009;;ditangguhkan`]);
    expect(job.actionCounts).toEqual({ update: 1 });
    expect(issues).toEqual([expect.objectContaining({ level: 'warning', code: 'ASSIST_CARD_DIFFERS' })]);
    const { job: saved } = await commitAndWait(operator, VILLAGE, job.id);
    expect(saved?.result).toEqual({ enrolled: 0, updated: 1 });
    const pbi = (await enrolmentsOf(t, VILLAGE)).find((e) => e.code === 'PBI-JK')!;
    // No start date in the file leaves the recorded one alone.
    expect(pbi).toMatchObject({ card_number: 'PBI-009', start_date: '2026-01-05', status: 'suspended' });
    expect((await changesOf(t, VILLAGE, pbi.id)).map((c) => [c.seq, c.from_status, c.to_status])).toEqual([
      [1, null, 'active'],
      [2, 'active', 'suspended'],
    ]);
  });

  it('writes nothing when the commit fails half-way (a unit enrolled meanwhile)', async () => {
    const before = await enrolmentsOf(t, VILLAGE);
    const { job } = await check([
      `PBI-JK;${r.two[0]};;;PBI-101;;`,
      `PBI-JK;${r.two[1]};;;PBI-102;;`,
      `PKH;;${r.kkTwo};;PKH-101;;`,
    ]);
    expect(job.actionCounts).toEqual({ enrol: 3 });
    // Meanwhile someone else enrols the second family: the third line's insert must fail, and take the
    // first two with it.
    const [resident] = await t.database.db
      .selectFrom('family')
      .select('id')
      .where('kk_number', '=', r.kkTwo)
      .execute();
    await sql`INSERT INTO assistance_enrolment (village_code, id, program_id, unit_type, family_id, status, source)
      VALUES (${VILLAGE}, gen_random_uuid(), ${await programId(t, 'PKH')}, 'family', ${resident!.id}, 'active',
        'village_decision')`.execute(t.database.db);
    const { job: failed } = await commitAndWait(operator, VILLAGE, job.id);
    expect(failed?.status).toBe('failed');
    const after = await enrolmentsOf(t, VILLAGE);
    expect(after.filter((e) => e.source_reference === job.id)).toEqual([]);
    expect(after).toHaveLength(before.length + 1);
  });

  it('refuses on `file` an upload that is not the format', async () => {
    const wrong = await operator.request(
      uploadRequest(VILLAGE, IMPORTER, 'x.csv', 'nama;alamat\nBudi;Jl. Mawar\n'),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0]).toMatchObject({
      field: 'file',
      message: expect.stringContaining('kode_program'),
    });
    const noParticipant = await operator.request(
      uploadRequest(VILLAGE, IMPORTER, 'x.csv', 'kode_program;no_kartu\nPKH;1\n'),
    );
    expect(noParticipant.statusCode).toBe(400);
    expect(noParticipant.json().errors[0]).toMatchObject({ field: 'file' });
    const text = await operator.request(uploadRequest(VILLAGE, IMPORTER, 'x.txt', 'hello'));
    expect(text.statusCode).toBe(400);
  });

  it('reads the household number column of a household program', async () => {
    const { job } = await check([`LPG-3KG;;;${HOUSEHOLD_ONE};LPG-1;;`]);
    expect(job.actionCounts).toEqual({ enrol: 1 });
  });
});
