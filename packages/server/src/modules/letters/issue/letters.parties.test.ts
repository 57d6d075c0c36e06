// Letters that name more people than their subject: the death letter (the deceased, the reporter, two
// witnesses) and the birth letter (the parents, the reporter, the witnesses). Each party is picked from the
// registry or typed in where the template allows, checked, copied into the letter and printed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { today } from '../../population/registry/nik-check.ts';
import { registerFamily } from '../../population/test-support/families.ts';
import { issue, villageReadyForLetters } from '../test-support/letters.ts';
import { letterDocument } from './document.ts';
import { printableLetter } from './letter-service.ts';
import { findLetter } from './queries.ts';

const SARONGAN = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;
let family: string[];
let deceased: string;

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', SARONGAN);
  family = await villageReadyForLetters(operator, SARONGAN);
  deceased = (await registerFamily(operator, SARONGAN)).residentIds[0]!;
  const died = await operator.request({
    method: 'POST',
    url: `/api/villages/${SARONGAN}/residents/${deceased}/death`,
    payload: { date: today() },
  });
  expect(died.statusCode, died.body).toBe(200);
});
afterAll(() => t.close());

const witness = {
  outsider: {
    name: 'Bambang Sutrisno',
    nik: '3510011203750004',
    birthPlace: 'Jember',
    birthDate: '1975-03-12',
    sex: 1,
    occupation: 'Petani',
    address: 'Dusun Krajan RT 001/RW 002, Desa Kandangan',
  },
};
const deathLetter = (parties: object) => ({
  letterTypeCode: 'keterangan-kematian',
  residentId: deceased,
  fields: { pelapor_hubungan_pelapor_dengan_yang_mati: 'Anak' },
  parties,
});
const letterCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('letter')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST /api/villages/:code/letters with parties', () => {
  it('issues the death letter for a deceased resident with a reporter from the registry and two witnesses', async () => {
    const res = await issue(
      operator,
      SARONGAN,
      deathLetter({
        pelapor: { residentId: family[0] },
        saksi_i: { residentId: family[1] },
        saksi_ii: witness,
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.database.db
      .selectFrom('letter')
      .select(['parties', 'subject'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    const parties = row.parties as Record<string, Record<string, string | null>>;
    expect(parties.pelapor).toMatchObject({ residentId: family[0], name: 'Slamet Riyadi' });
    expect(parties.saksi_i).toMatchObject({ residentId: family[1], name: 'Siti Aminah' });
    expect(parties.saksi_ii).toMatchObject({
      residentId: null,
      name: 'Bambang Sutrisno',
      birth_date: '12 Maret 1975',
      sex: 'Laki-laki',
    });

    const pdf = await operator.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/letters/${res.json().id}/pdf`,
    });
    expect(pdf.statusCode).toBe(200);
    // What the PDF prints, read from the document the route renders, built from the stored row.
    const stored = await findLetter(t.database.db, SARONGAN, res.json().id);
    const text = JSON.stringify(letterDocument(printableLetter(stored!, SARONGAN, 'http://localhost')));
    expect(text).toContain('Pelapor');
    expect(text).toContain('Slamet Riyadi');
    expect(text).toContain('Saksi 2');
    expect(text).toContain('Bambang Sutrisno');
  });

  it('names every missing, unknown or unfit party in Indonesian and English and writes nothing', async () => {
    const before = await letterCount();
    const res = await issue(
      operator,
      SARONGAN,
      deathLetter({
        pelapor: { residentId: deceased },
        saksi_i: { residentId: family[1] },
        tetangga: witness,
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'parties.tetangga',
          message_en: 'This letter names no such person',
        }),
        expect.objectContaining({
          field: 'parties.pelapor.residentId',
          message: 'Penduduk ini tidak tercatat hidup dan tinggal di desa ini',
        }),
        expect.objectContaining({ field: 'parties.saksi_ii', message_en: expect.stringContaining('needs') }),
      ]),
    );
    const both = await issue(
      operator,
      SARONGAN,
      deathLetter({ pelapor: { residentId: family[0], ...witness } }),
    );
    expect(both.statusCode).toBe(400);
    expect(both.json().errors[0]).toMatchObject({ field: 'parties.pelapor.residentId' });
    expect(await letterCount()).toBe(before);
  });

  it('still refuses the death letter for a living resident', async () => {
    const res = await issue(operator, SARONGAN, {
      ...deathLetter({ pelapor: witness, saksi_i: witness, saksi_ii: witness }),
      residentId: family[2],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('LETTER_SUBJECT_STATUS');
  });
});

describe('GET /api/villages/:code/letter-types', () => {
  it('says which statuses each type accepts and who else it names, so the desk offers the death letter for the dead', async () => {
    const res = await operator.request({ method: 'GET', url: `/api/villages/${SARONGAN}/letter-types` });
    const death = res.json().find((type: { code: string }) => type.code === 'keterangan-kematian');
    expect(death).toMatchObject({ subjectStatuses: [2] });
    const detail = await operator.request({
      method: 'GET',
      url: `/api/villages/${SARONGAN}/letter-types/keterangan-kematian`,
    });
    expect(detail.json().parties).toEqual([
      { key: 'pelapor', label: 'Pelapor', outsider: true, optional: false },
      { key: 'saksi_i', label: 'Saksi 1', outsider: true, optional: false },
      { key: 'saksi_ii', label: 'Saksi 2', outsider: true, optional: false },
    ]);
  });
});
