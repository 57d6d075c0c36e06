// OpenDK's program exchange: the zip of the programs CSV and the participants CSV (UTF-8 with a BOM, quoted
// fields over several lines, desa_id dotted or not). Every participant line is matched against the registry
// and reported (matched, not found, ambiguous, wrong unit, another village, unknown program), the valid ones
// saved in one transaction with the programs the file makes, and a re-import changes nothing. The
// participants CSV alone finds the programs an earlier file made.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitAndWait, issuesOf, uploadAndCheck, uploadRequest } from '../../../../../test/imports.ts';
import { buildTestApp, type TestApp, type TestUser } from '../../../../../test/test-app.ts';
import {
  auditEntries,
  enrolmentsOf,
  HOUSEHOLD_ONE,
  householdsSharingNumber,
  seedRegistry,
  type Registry,
} from '../test-support/registry.ts';
import { exchangeZip, participantsCsv, programsCsv, type ParticipantRow } from './opendk-files.ts';

const VILLAGE = '35.10.01.2001';
const IMPORTER = 'assistance-opendk';
let t: TestApp;
let operator: TestUser;
let r: Registry;

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  r = await seedRegistry(t, operator, VILLAGE);
  await householdsSharingNumber(t, VILLAGE, 'DUP-1');
});
afterAll(() => t.close());

const programs = () =>
  programsCsv([
    {
      desa_id: VILLAGE,
      id: 1,
      nama: 'Program Keluarga Harapan',
      sasaran: 2,
      ndesc:
        'Bantuan sosial bersyarat.\n\nSebagai sebuah program bantuan sosial bersyarat, PKH membuka akses.',
      sdate: '2015-12-13',
      edate: '2030-12-13',
      userid: 0,
      status: 1,
      asaldana: 'Pusat',
    },
    {
      desa_id: VILLAGE,
      id: 7,
      nama: 'Bantuan Pangan Desa',
      sasaran: 2,
      asaldana: 'Dana Desa',
      sdate: '2026-01-01 00:00:00',
    },
    { desa_id: VILLAGE, id: 9, nama: 'Beasiswa Desa, "Cerdas"', sasaran: 1, asaldana: 'Dana Desa' },
    { desa_id: VILLAGE, id: 11, nama: 'Bedah Rumah Desa', sasaran: 3, asaldana: 'Lain-lain (Hibah)' },
    { desa_id: '35.10.02.2001', id: 3, nama: 'Program desa lain', sasaran: 2, asaldana: 'Pusat' },
  ]);

const card = (extra: ParticipantRow): ParticipantRow => ({
  desa_id: VILLAGE,
  kartu_nama: 'SITI AMINAH',
  kartu_tempat_lahir: 'BANYUWANGI',
  kartu_alamat: 'RT 002  RW 001\nDusun Krajan',
  ...extra,
});

const participants = () =>
  participantsCsv([
    card({ id: 1, peserta: r.kkOne, program_id: 1, no_id_kartu: 'PKH-01', kartu_nik: r.one[1]!, sasaran: 2 }), // 2
    card({ id: 2, peserta: r.kkTwo, program_id: 7, no_id_kartu: 'BPD-02', kartu_nik: r.two[0]!, sasaran: 2 }), // 3
    card({ id: 3, peserta: '3510010101209999', program_id: 7, kartu_nik: r.two[0]!, sasaran: 2 }), // 4: no such KK
    card({ id: 4, peserta: r.kkTwo, program_id: 1, kartu_nik: r.one[0]!, sasaran: 2 }), // 5: NIK not on that KK
    card({
      id: 5,
      peserta: r.one[2]!,
      program_id: 9,
      no_id_kartu: 'BSW-05',
      kartu_nik: r.one[2]!,
      sasaran: 1,
    }), // 6
    card({ id: 6, peserta: r.kkOne, program_id: 9, kartu_nik: r.one[0]!, sasaran: 2 }), // 7: sasaran differs
    card({
      id: 7,
      peserta: HOUSEHOLD_ONE,
      program_id: 11,
      no_id_kartu: 'BR-07',
      kartu_nik: r.one[0]!,
      sasaran: 3,
    }), // 8
    card({ id: 8, peserta: 'DUP-1', program_id: 11, kartu_nik: null, sasaran: 3 }), // 9: two households
    card({
      id: 9,
      desa_id: '35.10.02.2001',
      peserta: r.kkOne,
      program_id: 3,
      kartu_nik: r.one[0]!,
      sasaran: 2,
    }), // 10
    card({
      id: 10,
      desa_id: '3510012001',
      peserta: r.kkOne,
      program_id: 42,
      kartu_nik: r.one[0]!,
      sasaran: 2,
    }), // 11
    card({
      id: 11,
      peserta: r.kkOne,
      program_id: 7,
      kartu_nik: r.one[0]!,
      kartu_tanggal_lahir: '1984-13-02',
      sasaran: 2,
    }), // 12
  ]);

async function check(fileName: string, content: Buffer) {
  const job = await uploadAndCheck(operator, VILLAGE, IMPORTER, fileName, content);
  expect(job.status, JSON.stringify(job)).toBe('ready');
  const issues = await issuesOf(operator, VILLAGE, job.id);
  const errors = Object.fromEntries(issues.filter((i) => i.level === 'error').map((i) => [i.lineNo, i.code]));
  return { job, issues, errors };
}

describe('POST /api/villages/:code/imports/assistance-opendk', () => {
  it('matches every participant against the registry, reports each line and saves the valid ones', async () => {
    const { job, errors } = await check('program_bantuan.zip', exchangeZip(programs(), participants()));
    expect(errors).toEqual({
      4: 'ASSIST_NOT_FOUND',
      5: 'ASSIST_WRONG_UNIT',
      7: 'ASSIST_WRONG_UNIT',
      9: 'ASSIST_AMBIGUOUS',
      10: 'ASSIST_OTHER_VILLAGE',
      11: 'ASSIST_PROGRAM_UNKNOWN',
      12: 'DATE_INVALID',
    });
    expect(job.actionCounts).toEqual({ enrol: 4 });
    expect(job.notes.map((note) => note.en)[0]).toMatch(
      /participant rows were read from peserta_.*program rows from/i,
    );
    const { job: saved } = await commitAndWait(operator, VILLAGE, job.id, 'valid_only');
    expect(saved?.result).toEqual({ enrolled: 4, updated: 0 });
    const made = await t.database.db
      .selectFrom('assistance_program')
      .select(['code', 'name', 'opensid_id', 'target_unit', 'fund_source', 'level', 'period_start'])
      .where('owner_area_code', '=', VILLAGE)
      .where('opensid_id', 'is not', null)
      .orderBy('opensid_id')
      .execute();
    expect(made).toEqual([
      expect.objectContaining({
        opensid_id: '11',
        name: 'Bedah Rumah Desa',
        target_unit: 'household',
        fund_source: 'lain_lain',
      }),
      expect.objectContaining({
        opensid_id: '7',
        name: 'Bantuan Pangan Desa',
        target_unit: 'family',
        period_start: '2026-01-01',
      }),
      expect.objectContaining({
        opensid_id: '9',
        name: 'Beasiswa Desa, "Cerdas"',
        target_unit: 'resident',
        level: 'village',
      }),
    ]);
    const enrolments = await enrolmentsOf(t, VILLAGE);
    expect(enrolments.map((e) => [e.code, e.unit_type, e.card_number, e.status])).toEqual([
      ['BANTUAN-PANGAN-DES-3510012001', 'family', 'BPD-02', 'active'],
      ['BEDAH-RUMAH-DESA-3510012001', 'household', 'BR-07', 'active'],
      ['BEASISWA-DESA-CERD-3510012001', 'resident', 'BSW-05', 'active'],
      ['PKH', 'family', 'PKH-01', 'active'],
    ]);
    const audit = (await auditEntries(t, 'assistance.enrolment_import')).at(-1)!;
    expect(audit.details).toMatchObject({ kind: 'assistance.opendk', enrolled: 4, updated: 0 });
    expect((audit.details as { programsCreated: unknown[] }).programsCreated).toHaveLength(3);
  });

  it('changes nothing when the same zip is imported again', async () => {
    const before = await enrolmentsOf(t, VILLAGE);
    const { job } = await check('program_bantuan.zip', exchangeZip(programs(), participants()));
    expect(job.actionCounts).toEqual({});
    expect(await enrolmentsOf(t, VILLAGE)).toEqual(before);
  });

  it('reads the participants CSV alone against the programs an earlier file made', async () => {
    const { job, errors } = await check('peserta_program_bantuan.csv', participants());
    // PKH is the regency's program, not one this village made from a file: its id names nothing alone.
    expect(errors[2]).toBe('ASSIST_PROGRAM_UNKNOWN');
    expect(errors[3]).toBeUndefined();
    expect(job.actionCounts).toEqual({});
  });

  it('refuses on the file a zip without the participants, naming what it lacks', async () => {
    const res = await operator.request(
      uploadRequest(VILLAGE, IMPORTER, 'program.zip', exchangeZip(programs(), programs())),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string; message_en: string }[] }>().errors[0]).toMatchObject({
      field: 'file',
    });
  });
});
