// The name-word dictionary is written by the application on every path that writes residents (no trigger
// since migration 0010): a name first seen in a birth, a correction, an import or a seeded village is found by
// the name search at once. Every name here is made up, so no other write could have brought its words. Beyond
// one village the search matches the distinct spellings of names (name_spelling, migration 0019), written on
// the same paths: a regency-wide reader must find the new name too.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { seedPopulation } from '../../../seed/population/seed-population.ts';
import { commitAndWait } from '../../../../test/imports.ts';
import { goodRows, importFile, xlsxBuffer } from '../resident-import/test-fixtures.ts';
import { nikFor, registerFamily } from '../test-support/families.ts';

let t: TestApp;
let operator: TestUser;
let regencyReader: TestUser;
const village = '35.10.01.2001';

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', village);
  regencyReader = await t.createUser('regency_admin', '35.10');
});
afterAll(() => t.close());

/** Names found by the village's operator, and the same names found regency-wide (through the spellings). */
async function namesFound(q: string) {
  const [inVillage, acrossRegency] = await Promise.all([
    namesFoundBy(operator, q),
    namesFoundBy(regencyReader, q),
  ]);
  expect(acrossRegency, `regency-wide: ${q}`).toEqual(inVillage);
  return inVillage;
}

async function namesFoundBy(user: TestUser, q: string) {
  const res = await user.request({
    method: 'GET',
    url: `/api/population/residents?q=${encodeURIComponent(q)}&limit=50`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { fullName: string }[] }>().items.map((r) => r.fullName);
}

async function inDictionary(words: string[]) {
  const { rows } = await sql<{ word: string }>`
    SELECT word FROM name_word WHERE word = ANY(${words}::text[]) ORDER BY word`.execute(t.database.db);
  return rows.map((r) => r.word);
}

const post = (url: string, payload: object) => operator.request({ method: 'POST', url, payload });

describe('a name the registry has never seen', () => {
  it('is found by the name search right after the birth that brought it: whole, misspelt and started', async () => {
    expect(await inDictionary(['nayyara', 'qalbiyah'])).toEqual([]);
    const { familyId } = await registerFamily(operator, village);
    const birth = await post(`/api/villages/${village}/events/birth`, {
      familyId,
      nik: nikFor('2026-09-12', 2),
      fullName: 'Nayyara Qalbiyah',
      sex: 2,
      birthDate: '2026-09-12',
    });
    expect(birth.statusCode, birth.body).toBe(201);
    expect(await inDictionary(['nayyara', 'qalbiyah'])).toEqual(['nayyara', 'qalbiyah']);
    for (const q of ['Nayyara Qalbiyah', 'Nayara Kalbiyah', 'Qalbiy', 'nayara'])
      expect(await namesFound(q), q).toEqual(['NAYYARA QALBIYAH']);
  });

  it('is found after a correction that renames a resident', async () => {
    const { residentIds } = await registerFamily(operator, village);
    const res = await post(`/api/villages/${village}/residents/${residentIds[0]}/correct`, {
      reason: 'nama sesuai akta kelahiran',
      changes: { fullName: 'Slamet Xaverius Riyadi' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await namesFound('Xaverius')).toEqual(['Slamet Xaverius Riyadi']);
  });

  it('is found after an import adds a resident, and after a later import renames one', async () => {
    const rows = goodRows(7);
    rows[0] = { ...rows[0], nama: 'Wulandira Ekaputri' };
    const inserted = await importFile(operator, village, 'baru.xlsx', await xlsxBuffer({ rows }));
    expect(inserted).toMatchObject({ status: 'ready', actionCounts: { insert: 20 } });
    const commit = async (jobId: string) => (await commitAndWait(operator, village, jobId)).job?.result;
    expect(await commit(inserted.id)).toMatchObject({ inserted: 20 });
    expect(await namesFound('Wulandira')).toEqual(['Wulandira Ekaputri']);

    rows[0] = { ...rows[0], nama: 'Wulandira Zefanyaputri' };
    const renamed = await importFile(operator, village, 'koreksi.xlsx', await xlsxBuffer({ rows }));
    expect(renamed).toMatchObject({ status: 'ready', actionCounts: { update: 1 } });
    expect(await commit(renamed.id)).toMatchObject({ updated: 1 });
    expect(await namesFound('Zefanyaputri')).toEqual(['Wulandira Zefanyaputri']);
  });
});

describe('a seeded village', () => {
  it('brings every word of its residents’ names into the dictionary in its load', async () => {
    const other = '35.10.02.2001';
    const result = await seedPopulation(t.database.db, '35.10', {
      scale: 'regency',
      villageCodes: [other],
      residentsPerVillage: 80,
      method: 'unnest',
    });
    expect(result.residents).toBeGreaterThan(0);
    const { rows } = await sql<{ words: number; missing: number }>`
      SELECT count(DISTINCT w)::int AS words,
             count(DISTINCT w) FILTER (WHERE NOT EXISTS (SELECT 1 FROM name_word nw WHERE nw.word = w))::int AS missing
      FROM resident r, unnest(r.name_words) w WHERE r.village_code = ${other}`.execute(t.database.db);
    expect(rows[0]!.words).toBeGreaterThan(10);
    expect(rows[0]!.missing).toBe(0);
    const spellings = await sql<{ missing: number }>`
      SELECT count(*)::int AS missing FROM resident r WHERE r.village_code = ${other}
        AND NOT EXISTS (SELECT 1 FROM name_spelling s WHERE s.words = r.name_words)`.execute(t.database.db);
    expect(spellings.rows[0]!.missing).toBe(0);
  });
});

describe('every resident write in the source', () => {
  // Statements that write resident rows: Kysely builders and SQL text. (The seed's COPY names the table in a
  // spec; its paths are checked by their results above and in seed/population/bulk-load.test.ts.)
  const writesResident =
    /insertInto\(\s*'resident'\s*\)|updateTable\(\s*'resident'\s*\)|\b(INSERT\s+INTO|UPDATE|COPY)\s+resident\b/;
  const forgetsNameWords = (text: string) =>
    writesResident.test(text) && !/addNameWordsOf(Residents|Villages)\(|name-words:/.test(text);

  it('adds the name words in its transaction, or says which caller does (a "name-words:" note)', () => {
    expect(forgetsNameWords(`await sql\`INSERT INTO resident SELECT * FROM staged\`.execute(trx);`)).toBe(
      true,
    );
    const root = path.resolve(import.meta.dirname, '../../..');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('test-support'),
    );
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.filter((file) => forgetsNameWords(readFileSync(path.join(root, file), 'utf8')))).toEqual(
      [],
    );
  });
});
