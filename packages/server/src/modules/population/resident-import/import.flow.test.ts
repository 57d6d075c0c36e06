// The import from the operator's side: upload a filled-in OpenSID template, watch it being checked, commit
// it, and upload it again. Files are built here with exceljs (xlsx and CSV).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { commitAndWait, waitForJob, type JobView } from '../../../../test/imports.ts';
import { csvText, goodRows, importFile, shuffledHeaders, xlsxBuffer } from './test-fixtures.ts';

let t: TestApp;
let operator: TestUser;
let otherOperator: TestUser;
const village = '35.10.01.2001';
const otherVillage = '35.10.01.2002';

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
  otherOperator = await t.createUser('village_operator', otherVillage);
});
afterAll(() => t.close());

/** Saves a job and returns what it wrote (the finished job's result); the refusal when it is refused. */
const commit = async (user: TestUser, code: string, jobId: string, mode: 'all' | 'valid_only' = 'all') => {
  const { response, job } = await commitAndWait(user, code, jobId, mode);
  return { statusCode: response.statusCode, body: response.body, job, result: job?.result ?? null };
};

const rowsOf = (user: TestUser, code: string, jobId: string, kind = 'all') =>
  user.request({ method: 'GET', url: `/api/villages/${code}/imports/${jobId}/rows?kind=${kind}&limit=500` });

const countResidents = async (code: string) =>
  Number(
    (
      await t.database.db
        .selectFrom('resident')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('village_code', '=', code)
        .executeTakeFirstOrThrow()
    ).n,
  );

const countEvents = async (code: string) =>
  Number(
    (
      await t.database.db
        .selectFrom('resident_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('village_code', '=', code)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('importing a good file', () => {
  let firstJob: JobView;

  it('checks 20 residents with shuffled columns, labels, "-" empties and both date forms, with progress reaching the total', async () => {
    const file = await xlsxBuffer({ headers: shuffledHeaders(), rows: goodRows() });
    firstJob = await importFile(operator, village, 'penduduk.xlsx', file);
    expect(firstJob).toMatchObject({
      status: 'ready',
      totalRows: 20,
      processedRows: 20,
      progress: 1,
      errorRows: 0,
      warningRows: 0,
      actionCounts: { insert: 20 },
    });
    const rows = await rowsOf(operator, village, firstJob.id, 'changes');
    expect(rows.statusCode).toBe(200);
    const body = rows.json<{
      total: number;
      items: { lineNo: number; identifierMasked: string; birthDate: string | null; action: string }[];
    }>();
    expect(body.total).toBe(20);
    expect(body.items[0]).toMatchObject({
      lineNo: 2,
      action: 'insert',
      identifierMasked: expect.stringMatching(/^3510•{8}[A-Z]{4}$/),
    });
    // The review tells lines apart by the tag and the birth date the line gives.
    expect(new Set(body.items.map((item) => item.identifierMasked)).size).toBe(body.items.length);
    expect(body.items.every((item) => /^\d{4}-\d{2}-\d{2}$/.test(item.birthDate ?? ''))).toBe(true);
    expect(rows.body).not.toMatch(/\d{16}/);
  });

  it('commits them in one go: residents, families, events, statistics and an audit entry', async () => {
    const res = await commit(operator, village, firstJob.id);
    expect(res.statusCode).toBe(202);
    expect(res.job).toMatchObject({
      status: 'committed',
      commitMode: 'all',
      result: { inserted: 20, updated: 0 },
    });
    expect(await countResidents(village)).toBe(20);

    const db = t.database.db;
    const families = await db
      .selectFrom('family')
      .selectAll()
      .where('village_code', '=', village)
      .orderBy('kk_number')
      .execute();
    expect(families).toHaveLength(5);
    expect(families.find((f) => f.kk_number === '3510012007210004')).toMatchObject({
      dusun: 'Sumberrejo',
      rw: '002',
      rt: '004',
      address: 'Jl. Melati No. 28',
    });

    const siti = await db
      .selectFrom('resident')
      .selectAll()
      .where('full_name', '=', 'Siti Aminah')
      .executeTakeFirstOrThrow();
    // A woman's NIK carries her birth day + 40: 21 July 1983 -> 610783.
    expect(siti.nik.slice(6, 12)).toBe('610783');
    expect(siti).toMatchObject({
      sex: 2,
      birth_date: '1983-07-21',
      religion: 1,
      relationship: 3,
      marital_status: 2,
      citizenship: 1,
      status_code: 1,
      verification_flags: [],
    });
    const slamet = await db
      .selectFrom('resident')
      .selectAll()
      .where('full_name', '=', 'Slamet Riyadi')
      .executeTakeFirstOrThrow();
    expect(slamet).toMatchObject({
      relationship: 1,
      marriage_date: '2005-06-12',
      education_kk: 3,
      occupation: 9,
      blood_type: 13,
      insurance: 2,
      ktp_record_status: 3,
      disability: 7,
    });
    expect(slamet.family_id).toBe(families.find((f) => f.kk_number === '3510011203200001')!.id);

    expect(await countEvents(village)).toBe(20);
    const stat = await db
      .selectFrom('population_stat')
      .selectAll()
      .where('village_code', '=', village)
      .where('dimension', '=', 'totals')
      .where('key', '=', 'residents')
      .executeTakeFirst();
    expect(stat?.total).toBe(20);
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'population.import')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({
      jobId: firstJob.id,
      kind: 'population.residents',
      fileName: 'penduduk.xlsx',
      mode: 'all',
      inserted: 20,
      updated: 0,
      skipped: 0,
    });

    const job = await operator.request({
      method: 'GET',
      url: `/api/villages/${village}/imports/${firstJob.id}`,
    });
    expect(job.json()).toMatchObject({ status: 'committed' });
    const staged = await db
      .selectFrom('import_job_row')
      .select('line_no')
      .where('job_id', '=', firstJob.id)
      .execute();
    expect(staged).toHaveLength(0);
  });

  it('refuses to commit the same job twice', async () => {
    const res = await commit(operator, village, firstJob.id);
    expect(res.statusCode).toBe(409);
    expect(JSON.parse(res.body).code).toBe('IMPORT_NOT_READY');
  });

  it('finds nothing to do when the same file comes again, and that commit writes nothing', async () => {
    const file = await xlsxBuffer({ headers: shuffledHeaders(), rows: goodRows() });
    const job = await importFile(operator, village, 'penduduk-lagi.xlsx', file);
    expect(job).toMatchObject({
      status: 'ready',
      errorRows: 0,
      actionCounts: { unchanged: 20 },
    });
    const res = await commit(operator, village, job.id);
    expect(res.result).toEqual({ inserted: 0, updated: 0 });
    expect(await countResidents(village)).toBe(20);
    expect(await countEvents(village)).toBe(20);
  });

  it('lists a corrected name as an update with the change, and records it as an import event', async () => {
    const rows = goodRows();
    rows[1] = { ...rows[1], nama: 'Siti Aminah Rahayu' };
    const job = await importFile(operator, village, 'koreksi.xlsx', await xlsxBuffer({ rows }));
    expect(job.actionCounts).toEqual({ update: 1, unchanged: 19 });
    const changed = (await rowsOf(operator, village, job.id, 'changes')).json<{ items: unknown[] }>();
    expect(changed.items).toEqual([
      expect.objectContaining({
        lineNo: 3,
        action: 'update',
        name: 'Siti Aminah Rahayu',
        changes: [{ field: 'nama', from: 'Siti Aminah', to: 'Siti Aminah Rahayu' }],
      }),
    ]);
    expect((await commit(operator, village, job.id)).result).toEqual({ inserted: 0, updated: 1 });
    const siti = await t.database.db
      .selectFrom('resident')
      .select(['id', 'full_name'])
      .where('full_name', 'like', 'Siti Aminah%')
      .executeTakeFirstOrThrow();
    expect(siti.full_name).toBe('Siti Aminah Rahayu');
    const event = await t.database.db
      .selectFrom('resident_event')
      .selectAll()
      .where('resident_id', '=', siti.id)
      .where('event_type', '=', 'import')
      .orderBy('recorded_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.before).toEqual({ full_name: 'Siti Aminah' });
    expect(event.after).toEqual({ full_name: 'Siti Aminah Rahayu' });
  });
});

describe('importing CSV', () => {
  it('reads a comma-separated file with text dates and commits it', async () => {
    const job = await importFile(
      operator,
      village,
      'penduduk.csv',
      await csvText({ headers: shuffledHeaders(), rows: goodRows(1) }),
    );
    expect(job).toMatchObject({ status: 'ready', totalRows: 20, errorRows: 0, actionCounts: { insert: 20 } });
    expect((await commit(operator, village, job.id)).result).toMatchObject({ inserted: 20 });
    expect(await countResidents(village)).toBe(40);
  });

  it('reads the semicolon-separated CSV of an Indonesian Excel, and a cancelled job leaves nothing staged', async () => {
    const job = await importFile(
      operator,
      village,
      'penduduk-titik-koma.CSV',
      await csvText({ rows: goodRows(2) }, ';'),
    );
    expect(job).toMatchObject({ status: 'ready', totalRows: 20, errorRows: 0, actionCounts: { insert: 20 } });
    const cancel = await operator.request({
      method: 'POST',
      url: `/api/villages/${village}/imports/${job.id}/cancel`,
    });
    expect(cancel.json()).toMatchObject({ id: job.id, status: 'cancelled' });
    const staged = await t.database.db
      .selectFrom('import_job_row')
      .select('line_no')
      .where('job_id', '=', job.id)
      .execute();
    expect(staged).toHaveLength(0);
    expect((await commit(operator, village, job.id)).statusCode).toBe(409);
  });
});

describe('residents registered in another village', () => {
  it('are refused with NIK_DUPLICATE without saying which village holds them', async () => {
    const job = await importFile(
      otherOperator,
      otherVillage,
      'pindahan.xlsx',
      await xlsxBuffer({ rows: goodRows() }),
    );
    expect(job).toMatchObject({ status: 'ready', errorRows: 20, actionCounts: {} });
    const res = await rowsOf(otherOperator, otherVillage, job.id, 'errors');
    const items = res.json<{ items: { errors: { code: string; message: { id: string } }[] }[] }>().items;
    expect(items).toHaveLength(20);
    expect(items[0]!.errors).toEqual([
      expect.objectContaining({
        code: 'NIK_DUPLICATE',
        field: 'nik',
        message: expect.objectContaining({ id: expect.stringContaining('desa/kelurahan lain') }),
      }),
    ]);
    expect(res.body).not.toContain(village);
    expect(res.body).not.toContain('Sarongan');
  });
});

describe('GET /api/villages/:code/imports/:jobId/events', () => {
  it('streams progress as server-sent events until the job is done', async () => {
    const job = await importFile(operator, village, 'lagi.xlsx', await xlsxBuffer({ rows: goodRows() }));
    const res = await operator.request({
      method: 'GET',
      url: `/api/villages/${village}/imports/${job.id}/events`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/event-stream');
    expect(res.body).toMatch(/^event: progress\ndata: \{.*"status":"ready".*"progress":1/m);
  });

  it('lists the village imports, newest first', async () => {
    const res = await operator.request({ method: 'GET', url: `/api/villages/${village}/imports` });
    const items = res.json<{ items: { fileName: string }[] }>().items;
    expect(items[0]!.fileName).toBe('lagi.xlsx');
    expect(items.length).toBeGreaterThanOrEqual(5);
  });
});

describe('a job a stopped server left half-way', () => {
  it('is checked again at start-up from the file it kept', async () => {
    const jobId = '00000000-0000-4000-8000-000000000001';
    await t.database.db
      .insertInto('import_job')
      .values({
        village_code: village,
        id: jobId,
        kind: 'population.residents',
        created_by: operator.id,
        file_name: 'terputus.xlsx',
        file_format: 'xlsx',
        file_content: await xlsxBuffer({ rows: goodRows(3) }),
        status: 'validating',
        phase: 'checking',
      })
      .execute();
    await t.app.importRunner.resume();
    const job = await waitForJob(operator, village, jobId);
    expect(job).toMatchObject({ status: 'ready', totalRows: 20, errorRows: 0, actionCounts: { insert: 20 } });
  });

  it('is saved at start-up when the operator had decided to save it', async () => {
    const jobId = '00000000-0000-4000-8000-000000000001';
    const before = await countResidents(village);
    // The decision as the commit route records it, then the process "stops" before the runner gets to it.
    await t.database.db
      .updateTable('import_job')
      .set({ status: 'committing', phase: 'committing', commit_mode: 'all', committed_by: operator.id })
      .where('id', '=', jobId)
      .execute();
    await t.app.importRunner.resume();
    const job = await waitForJob(operator, village, jobId);
    expect(job).toMatchObject({ status: 'committed', result: { inserted: 20, updated: 0 } });
    expect(await countResidents(village)).toBe(before + 20);
  });
});
