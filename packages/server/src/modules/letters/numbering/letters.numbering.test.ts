// Fifty letters issued at once get fifty distinct, consecutive numbers: the counter row queues them (on
// PostgreSQL over the pool's connections, truly at once; on PGlite one after another on its one connection).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { issue, villageReadyForLetters } from '../test-support/letters.ts';

const SARONGAN = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;
let residents: string[];

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', SARONGAN);
  residents = await villageReadyForLetters(operator, SARONGAN);
});
afterAll(() => t.close());

const sequenceOf = (number: string) => Number(number.split('/')[1]);

describe('letter numbers under concurrency', () => {
  it('gives 50 letters issued at once 50 distinct, consecutive numbers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        issue(operator, SARONGAN, {
          letterTypeCode: index % 2 ? 'keterangan-domisili' : 'keterangan-usaha',
          residentId: residents[index % residents.length],
          fields: index % 2 ? {} : { nama_usaha: `Warung ${index}`, keperluan: 'Pinjaman modal' },
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(50).fill(201));
    const numbers = answers.map((a) => a.json<{ number: string }>().number);
    expect(new Set(numbers).size).toBe(50);
    expect(numbers.map(sequenceOf).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    const counter = await t.database.db
      .selectFrom('letter_sequence')
      .select(['scope', 'last_number'])
      .where('village_code', '=', SARONGAN)
      .execute();
    expect(counter).toEqual([{ scope: 'village', last_number: 50 }]);
  });

  it('rolls a refused issue back with its number: the next letter takes the next free one', async () => {
    const refused = await issue(operator, SARONGAN, {
      letterTypeCode: 'keterangan-usaha',
      residentId: residents[0],
      fields: {},
    });
    expect(refused.statusCode).toBe(400);
    const next = await issue(operator, SARONGAN, {
      letterTypeCode: 'keterangan-domisili',
      residentId: residents[0],
    });
    expect(sequenceOf(next.json<{ number: string }>().number)).toBe(51);
  });

  it('keeps a sequence of its own for a type the village numbers apart', async () => {
    await t.database.db
      .insertInto('village_letter_type')
      .values({
        village_code: SARONGAN,
        letter_type_code: 'keterangan-kelahiran',
        sequence_scope: 'type',
        number_format: '[kode]/[nomor:4]/[tahun]',
      })
      .execute();
    const births = await Promise.all(
      [0, 1, 2].map(() =>
        issue(operator, SARONGAN, {
          letterTypeCode: 'keterangan-kelahiran',
          residentId: residents[2],
          fields: { pelapor_hubungan_pelapor_dengan_bayi: 'Ayah' },
          // The birth letter names the parents, the reporter and two witnesses (issue/parties.ts).
          parties: {
            ayah: { residentId: residents[0] },
            ibu: { residentId: residents[1] },
            pelapor: { residentId: residents[0] },
            saksi_i: { residentId: residents[1] },
            saksi_ii: { residentId: residents[0] },
          },
        }),
      ),
    );
    const numbers = births.map((b) => b.json<{ number: string }>().number).sort();
    const year = numbers[0]!.slice(-4);
    expect(numbers).toEqual([`SKL/0001/${year}`, `SKL/0002/${year}`, `SKL/0003/${year}`]);
  });
});
