// The distributor's list comes back: the cycle's export, filled in (received Ya/Tidak, date, amount,
// channel), imported on the pipeline; every line matched by its enrolment id and reported, the valid ones
// written in one transaction, lines left blank change nothing, and a re-import changes nothing.
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issuesOf, uploadAndCheck } from '../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import { registerFamily } from '../../../population/test-support/families.ts';
import { createVillageProgram, enrolled } from '../../test-support/assistance.ts';

const VILLAGE = '35.10.01.2001';
const IMPORTER = 'assistance-distributions';
let t: TestApp;
let op: TestUser;
let program: string;
let active: string[];
let proposed: string;

beforeAll(async () => {
  t = await buildTestApp();
  op = await t.createUser('village_operator', VILLAGE);
  program = await createVillageProgram(op, VILLAGE, 'family', { benefitAmount: 300_000 });
  await op.request({
    method: 'POST',
    url: `/api/assistance/programs/${program}/cycles`,
    payload: { year: 2026 },
  });
  active = [];
  for (let i = 0; i < 3; i += 1) {
    const { familyId } = await registerFamily(op, VILLAGE);
    active.push(
      await enrolled(op, VILLAGE, {
        programId: program,
        unitType: 'family',
        unitId: familyId,
        status: 'active',
      }),
    );
  }
  const { familyId } = await registerFamily(op, VILLAGE);
  proposed = await enrolled(op, VILLAGE, { programId: program, unitType: 'family', unitId: familyId });
});
afterAll(() => t.close());

const cycleUrl = `/api/villages/${VILLAGE}/assistance/programs/${'{program}'}/cycles/2026-03/distributions`;
const urlOf = () => cycleUrl.replace('{program}', program);

/** The cycle's list as the export gives it, as rows of cells (header first). */
async function exportedRows(): Promise<string[][]> {
  const res = await op.request({ method: 'GET', url: `${urlOf()}/export?format=csv` });
  expect(res.statusCode, res.body).toBe(200);
  const sheet = XLSX.read(res.body.replace(/^\uFEFF/, ''), { type: 'string', raw: true }).Sheets.Sheet1!;
  return XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
}

function filledIn(rows: string[][], fill: Record<string, Record<string, string>>): Buffer {
  const header = rows[0]!;
  const at = (name: string) => header.indexOf(name);
  const body = rows.slice(1).map((row) => {
    const values = fill[row[at('ID Kepesertaan')]!] ?? {};
    return row.map((cell, i) => values[header[i]!] ?? cell);
  });
  const csv = XLSX.utils.sheet_to_csv(XLSX.utils.aoa_to_sheet([header, ...body]));
  return Buffer.from(`\uFEFF${csv}\n`, 'utf8');
}

async function check(content: Buffer) {
  const job = await uploadAndCheck(op, VILLAGE, IMPORTER, 'penyaluran.csv', content);
  expect(job.status, JSON.stringify(job)).toBe('ready');
  const issues = await issuesOf(op, VILLAGE, job.id);
  return {
    job,
    errors: Object.fromEntries(issues.filter((i) => i.level === 'error').map((i) => [i.lineNo, i.code])),
  };
}

const recorded = () =>
  t.database.db
    .selectFrom('assistance_distribution')
    .select(['enrolment_id', 'received', 'received_on', 'amount', 'channel', 'note'])
    .where('village_code', '=', VILLAGE)
    .where('cycle_label', '=', '2026-03')
    .execute();

describe('POST /api/villages/:code/imports/assistance-distributions', () => {
  it('records what the distributor reported, line by line, in one transaction', async () => {
    const rows = await exportedRows();
    expect(rows[0]!.slice(0, 3)).toEqual(['ID Kepesertaan', 'Kode Program', 'Siklus']);
    expect(rows).toHaveLength(4);
    const file = filledIn(rows, {
      [active[0]!]: {
        'Diterima (Ya/Tidak)': 'Ya',
        'Tanggal Terima': '12/03/2026',
        Saluran: 'Pos',
        Nominal: '',
      },
      [active[1]!]: { 'Diterima (Ya/Tidak)': 'Tidak', Catatan: 'Tidak di rumah' },
      // active[2] left blank: not reported yet.
    });
    const { job, errors } = await check(file);
    expect(errors).toEqual({});
    expect(job.actionCounts).toEqual({ record: 2 });
    const { job: saved } = await commitAndWait(op, VILLAGE, job.id);
    expect(saved?.result).toEqual({ recorded: 2 });
    const byId = new Map((await recorded()).map((row) => [row.enrolment_id, row]));
    expect(byId.get(active[0]!)).toMatchObject({ received: true, received_on: '2026-03-12', channel: 'pos' });
    // A cash program's unit reported as received without an amount got what was due.
    expect(Number(byId.get(active[0]!)!.amount)).toBe(300_000);
    expect(byId.get(active[1]!)).toMatchObject({
      received: false,
      received_on: null,
      note: 'Tidak di rumah',
    });
    expect(byId.has(active[2]!)).toBe(false);
  });

  it('changes nothing when the same file comes back again, and one line when only it differs', async () => {
    const rows = await exportedRows();
    const again = await check(filledIn(rows, {}));
    expect(again.job.actionCounts).toEqual({});
    const changed = await check(
      filledIn(rows, { [active[1]!]: { 'Diterima (Ya/Tidak)': 'Ya', Saluran: 'tunai' } }),
    );
    expect(changed.job.actionCounts).toEqual({ record: 1 });
  });

  it('reports each bad line: unknown enrolment, wrong program or cycle, a word it does not know, a date without Ya', async () => {
    const rows = await exportedRows();
    const header = rows[0]!;
    const line = (values: Record<string, string>) => header.map((name) => values[name] ?? '');
    const file = filledIn(
      [
        header,
        line({
          'ID Kepesertaan': '00000000-0000-4000-8000-000000000001',
          'Kode Program': 'X',
          Siklus: '2026-03',
          'Diterima (Ya/Tidak)': 'Ya',
        }), // 2
        line({
          'ID Kepesertaan': active[0]!,
          'Kode Program': 'PKH',
          Siklus: '2026-03',
          'Diterima (Ya/Tidak)': 'Ya',
        }), // 3
        line({
          'ID Kepesertaan': active[0]!,
          'Kode Program': rows[1]![1]!,
          Siklus: '2031-01',
          'Diterima (Ya/Tidak)': 'Ya',
        }), // 4
        line({
          'ID Kepesertaan': active[1]!,
          'Kode Program': rows[1]![1]!,
          Siklus: '2026-03',
          'Diterima (Ya/Tidak)': 'mungkin',
        }), // 5
        line({
          'ID Kepesertaan': active[2]!,
          'Kode Program': rows[1]![1]!,
          Siklus: '2026-03',
          'Diterima (Ya/Tidak)': 'Tidak',
          'Tanggal Terima': '01/03/2026',
        }), // 6
        line({
          'ID Kepesertaan': proposed,
          'Kode Program': rows[1]![1]!,
          Siklus: '2026-03',
          'Diterima (Ya/Tidak)': 'Ya',
        }), // 7
        line({
          'ID Kepesertaan': active[2]!,
          'Kode Program': rows[1]![1]!,
          Siklus: '2026-03',
          'Diterima (Ya/Tidak)': 'Ya',
          Saluran: 'merpati',
        }), // 8
        line({
          'ID Kepesertaan': active[2]!,
          'Kode Program': rows[1]![1]!,
          Siklus: '2026-03',
          'Diterima (Ya/Tidak)': 'Ya',
          Nominal: '-5',
        }), // 9
      ],
      {},
    );
    const before = await recorded();
    const { job, errors } = await check(file);
    expect(errors).toEqual({
      2: 'DIST_ENROLMENT_UNKNOWN',
      3: 'DIST_PROGRAM_MISMATCH',
      4: 'DIST_CYCLE_UNKNOWN',
      5: 'DIST_RECEIVED_WORD',
      6: 'DIST_DATE_NOT_RECEIVED',
      7: 'DIST_NOT_RECEIVING',
      8: 'DIST_CHANNEL',
      9: 'DIST_AMOUNT',
    });
    expect(job.actionCounts).toEqual({});
    expect(await recorded()).toEqual(before);
  });
});
