// Name search as village operators type names: misspelt (trigram similarity), started (prefix) and spelt by
// another convention (the sound key): old spelling (Djoko, Soekarno, Tjahjono), z/s and y/i (Rizky), ch/kh/h
// (Achmad), doubled letters and a final d or b. A different name must still not match.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../test-support/families.ts';

let t: TestApp;
let operator: TestUser;

const person = (fullName: string, relationship: number, sex: 1 | 2 = 1) => ({
  fullName,
  sex,
  birthDate: '1970-05-05',
  relationship,
});

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', '35.10.01.2001');
  await registerFamily(operator, '35.10.01.2001', [
    person('Djoko Soesanto', 1),
    person('Siti Noerhayati', 3, 2),
    person('Muhammad Rizky', 4),
  ]);
  await registerFamily(operator, '35.10.01.2001', [
    person('Achmad Tjahjono', 1),
    person('Ayub Sukarno', 4),
    person('Yully Astuti', 4, 2),
  ]);
  await registerFamily(operator, '35.10.01.2001', [person('Budi Santoso', 1)]);
});
afterAll(() => t.close());

async function namesFound(q: string) {
  const res = await operator.request({
    method: 'GET',
    url: `/api/population/residents?q=${encodeURIComponent(q)}&limit=50`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json<{ items: { fullName: string }[] }>()
    .items.map((r) => r.fullName)
    .sort();
}

describe('name search across spelling conventions', () => {
  it.each([
    ['Joko Susanto', 'Djoko Soesanto'],
    ['riski', 'Muhammad Rizky'],
    ['Muhamad Rizki', 'Muhammad Rizky'],
    ['Siti Nurhayati', 'Siti Noerhayati'],
    ['Ahmad Cahyono', 'Achmad Tjahjono'],
    ['Akhmad', 'Achmad Tjahjono'],
    ['Ayup Soekarno', 'Ayub Sukarno'],
    ['Yuli Astuti', 'Yully Astuti'],
  ])('"%s" finds %s', async (q, expected) => {
    expect(await namesFound(q)).toContain(expected);
  });

  it('does not match a different name', async () => {
    expect(await namesFound('Joko')).toEqual(['Djoko Soesanto']);
    expect(await namesFound('Budi')).toEqual(['Budi Santoso']);
    expect(await namesFound('Rudi')).not.toContain('Budi Santoso');
  });

  it('keys the dictionary words by the same rule as the query words', async () => {
    const { rows } = await sql<{ word: string; sound: string }>`
      SELECT word, sound FROM name_word WHERE word IN ('djoko', 'rizky', 'tjahjono', 'muhammad', 'ayub')
      ORDER BY word`.execute(t.database.db);
    expect(rows).toEqual([
      { word: 'ayub', sound: 'aiup' },
      { word: 'djoko', sound: 'ioko' },
      { word: 'muhammad', sound: 'muhamat' },
      { word: 'rizky', sound: 'riski' },
      { word: 'tjahjono', sound: 'cahiono' },
    ]);
  });
});
