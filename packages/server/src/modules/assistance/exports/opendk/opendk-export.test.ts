// OpenDK's program exchange out of an area: a zip of the two CSVs in OpenDK's own layout (UTF-8 with a BOM,
// multi-line fields quoted), identifiers masked unless a writer of the area asks with a reason (audited),
// and a round trip: the exported zip, imported into a fresh database holding the same registry (moved there
// with the population's own OpenDK exchange), gives the same enrolments.
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, importAndCommit, uploadAndCheck } from '../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import { OPENDK_PARTICIPANT_HEADERS, OPENDK_PROGRAM_HEADERS } from '../../imports/opendk/layout.ts';
import { exchangeZip, participantsCsv, programsCsv } from '../../imports/opendk/opendk-files.ts';
import { HOUSEHOLD_ONE, seedRegistry, type Registry } from '../../imports/test-support/registry.ts';
import * as XLSX from '@e965/xlsx';

const VILLAGE = '35.10.01.2001';
const REASON = 'Sinkronisasi program bantuan ke OpenDK kecamatan';
let a: TestApp;
let operator: TestUser;
let district: TestUser;
let r: Registry;

beforeAll(async () => {
  a = await buildTestApp();
  operator = await a.createUser('village_operator', VILLAGE);
  district = await a.createUser('district_staff', '35.10.01');
  r = await seedRegistry(a, operator, VILLAGE);
  const programs = programsCsv([
    { desa_id: VILLAGE, id: 1, nama: 'Program Keluarga Harapan', sasaran: 2, asaldana: 'Pusat' },
    {
      desa_id: VILLAGE,
      id: 7,
      nama: 'Bantuan Pangan Desa',
      sasaran: 2,
      asaldana: 'Dana Desa',
      ndesc: 'Beras 10 kg,\nminyak 2 liter',
      sdate: '2026-01-01',
      edate: '2026-12-31',
    },
    { desa_id: VILLAGE, id: 11, nama: 'Bedah Rumah Desa', sasaran: 3, asaldana: 'Lain-lain (Hibah)' },
  ]);
  const participants = participantsCsv([
    {
      desa_id: VILLAGE,
      id: 1,
      peserta: r.kkOne,
      program_id: 1,
      no_id_kartu: 'PKH-01',
      kartu_nik: r.one[0]!,
      sasaran: 2,
    },
    {
      desa_id: VILLAGE,
      id: 2,
      peserta: r.kkTwo,
      program_id: 7,
      no_id_kartu: 'BPD-02',
      kartu_nik: r.two[0]!,
      sasaran: 2,
    },
    {
      desa_id: VILLAGE,
      id: 3,
      peserta: HOUSEHOLD_ONE,
      program_id: 11,
      no_id_kartu: null,
      kartu_nik: r.one[0]!,
      sasaran: 3,
    },
  ]);
  const job = await uploadAndCheck(
    operator,
    VILLAGE,
    'assistance-opendk',
    'p.zip',
    exchangeZip(programs, participants),
  );
  expect(job.actionCounts, JSON.stringify(job)).toEqual({ enrol: 3 });
  await commitAndWait(operator, VILLAGE, job.id);
});
afterAll(() => a.close());

const url = (query = '') => `/api/assistance/opendk-export?region=${VILLAGE}${query}`;
const full = `&full=true&reason=${encodeURIComponent(REASON)}`;

function tablesOf(body: Buffer) {
  const entries = unzipSync(new Uint8Array(body));
  const names = Object.keys(entries).sort();
  const read = (name: string) => {
    const bytes = Buffer.from(entries[name]!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sheet = XLSX.read(bytes.toString('utf8').slice(1), { type: 'string', raw: true }).Sheets.Sheet1!;
    return XLSX.utils.sheet_to_json<Record<string, string>>(sheet, { raw: false, defval: '' });
  };
  const [participantFile, programFile] = [
    names.find((n) => n.startsWith('peserta_'))!,
    names.find((n) => !n.startsWith('peserta_'))!,
  ];
  return {
    names,
    programs: read(programFile),
    participants: read(participantFile),
    headers: (name: string) => Buffer.from(entries[name]!).toString('utf8').slice(1).split(/\r?\n/)[0],
    programFile,
    participantFile,
  };
}

describe('GET /api/assistance/opendk-export', () => {
  it('gives the two CSVs of OpenDK zipped, masked by default', async () => {
    const res = await district.request({ method: 'GET', url: url() });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/zip');
    const tables = tablesOf(res.rawPayload);
    expect(tables.programFile).toMatch(/^program_bantuan_\d{2}_\d{2}_\d{4}_opendk\.csv$/);
    expect(tables.headers(tables.programFile)).toBe(OPENDK_PROGRAM_HEADERS.join(','));
    expect(tables.headers(tables.participantFile)).toBe(OPENDK_PARTICIPANT_HEADERS.join(','));
    const pangan = tables.programs.find((p) => p.nama === 'Bantuan Pangan Desa')!;
    expect(pangan).toMatchObject({
      desa_id: VILLAGE,
      id: '7',
      sasaran: '2',
      asaldana: 'Dana Desa',
      sdate: '2026-01-01',
    });
    expect(pangan.ndesc).toBe('Beras 10 kg,\nminyak 2 liter');
    const pkh = tables.participants.find((p) => p.no_id_kartu === 'PKH-01')!;
    expect(pkh.peserta).not.toBe(r.kkOne);
    expect(pkh.kartu_nik).not.toContain(r.one[0]!.slice(4, 12));
    expect(pkh.program_id).toBe(tables.programs.find((p) => p.nama === 'Program Keluarga Harapan')!.id);
    expect(tables.participants.find((p) => p.sasaran === '3')!.peserta).toBe(HOUSEHOLD_ONE);
  });

  it('gives whole identifiers only to a writer of the area with a reason, audited', async () => {
    expect((await district.request({ method: 'GET', url: url(full) })).statusCode).toBe(403);
    expect((await operator.request({ method: 'GET', url: url('&full=true') })).statusCode).toBe(400);
    const res = await operator.request({ method: 'GET', url: url(full) });
    expect(res.statusCode).toBe(200);
    const pkh = tablesOf(res.rawPayload).participants.find((p) => p.no_id_kartu === 'PKH-01')!;
    expect(pkh).toMatchObject({ peserta: r.kkOne, kartu_nik: r.one[0] });
    const audit = await a.database.db
      .selectFrom('audit_log')
      .select(['region_code', 'details'])
      .where('action', '=', 'assistance.opendk_export_full')
      .execute();
    expect(audit).toEqual([{ region_code: VILLAGE, details: { count: 3, reason: REASON } }]);
  });

  it(
    'round-trips: imported into a fresh database with the same registry, it gives the same enrolments',
    { timeout: 120_000 },
    async () => {
      const exported = (await operator.request({ method: 'GET', url: url(full) })).rawPayload;
      const residents = await operator.request({
        method: 'GET',
        url: `/api/villages/${VILLAGE}/exports/opendk-residents?reason=${encodeURIComponent(REASON)}`,
      });
      expect(residents.statusCode).toBe(200);
      const b = await buildTestApp();
      try {
        const operatorB = await b.createUser('village_operator', VILLAGE);
        await importAndCommit(operatorB, VILLAGE, 'residents-opendk', 'penduduk.zip', residents.rawPayload);
        const rtm = [
          'NIK,NOMOR RUMAH TANGGA,STATUS HUBUNGAN DALAM RUMAH TANGGA',
          `${r.one[0]},${HOUSEHOLD_ONE},1`,
        ];
        await importAndCommit(operatorB, VILLAGE, 'households', 'rtm.csv', rtm.join('\n'));
        const job = await uploadAndCheck(operatorB, VILLAGE, 'assistance-opendk', 'program.zip', exported);
        expect(job.errorRows, JSON.stringify(job.issueCounts)).toBe(0);
        await commitAndWait(operatorB, VILLAGE, job.id);
        const original = await enrolmentFacts(a);
        expect(original).toHaveLength(3);
        expect(await enrolmentFacts(b)).toEqual(original);
        // And the same zip again changes nothing there.
        const again = await uploadAndCheck(operatorB, VILLAGE, 'assistance-opendk', 'program.zip', exported);
        expect(again.actionCounts).toEqual({});
      } finally {
        await b.close();
      }
    },
  );
});

/** Each open enrolment by what identifies it across databases: program, unit number, card, status. */
async function enrolmentFacts(t: TestApp) {
  const rows = await t.database.db
    .selectFrom('assistance_enrolment as e')
    .innerJoin('assistance_program as p', 'p.id', 'e.program_id')
    .leftJoin('family as f', (join) =>
      join.onRef('f.village_code', '=', 'e.village_code').onRef('f.id', '=', 'e.family_id'),
    )
    .leftJoin('household as h', (join) =>
      join.onRef('h.village_code', '=', 'e.village_code').onRef('h.id', '=', 'e.household_id'),
    )
    .leftJoin('resident as r', (join) =>
      join.onRef('r.village_code', '=', 'e.village_code').onRef('r.id', '=', 'e.resident_id'),
    )
    .select([
      'p.code',
      'p.name',
      'e.unit_type',
      'e.status',
      'e.card_number',
      'f.kk_number',
      'h.household_no',
      'r.nik',
    ])
    .where('e.village_code', '=', VILLAGE)
    .execute();
  return rows.sort((x, y) => `${x.code}${x.card_number}`.localeCompare(`${y.code}${y.card_number}`));
}
