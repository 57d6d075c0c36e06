// A name search never reads every match: a common name counts up to 1,000 and says "more than", yet the
// best matches still come first. The residents named exactly as asked come LAST both in the table (written
// after more than 1,000 residents who share every word of the name) and in key order (the highest ids) and by birth date (the youngest), so a
// search that ranked only the first matches it happened to read, in either order, would miss them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { insertResidents, type NewResident } from '../registry/queries.ts';
import { NAME_MATCH_BOUND } from './search-queries.ts';

const VILLAGE = '35.10.01.2001';
const SHARING_ALL_WORDS = NAME_MATCH_BOUND + 150;
const FATHERS = ['HARTONO', 'SUPRIADI', 'WAHYUDI', 'SUGENG', 'MARSUKI', 'SLAMET', 'PAIMAN', 'SUTRISNO'];

let t: TestApp;
let operator: TestUser;
let serial = 0;
/** Born after everyone else: last in the (village, status, birth date) index too. */
const YOUNGEST = '2001-12-31';
/** An id after every random one in key order. */
const lastId = (digit: string) => `ffffffff-ffff-4fff-bfff-fffffffffff${digit}`;

function resident(fullName: string, id: string = randomUUID(), birthDate?: string): NewResident {
  serial += 1;
  return {
    village_code: VILLAGE,
    id,
    nik: `3510015505${String(70 + (serial % 20)).padStart(2, '0')}${String(serial).padStart(4, '0')}`,
    full_name: fullName,
    sex: 2,
    birth_date: birthDate ?? `19${70 + (serial % 20)}-05-15`,
  };
}

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  const crowd = Array.from({ length: SHARING_ALL_WORDS }, (_, i) =>
    resident(`SITI AMINAH ${FATHERS[i % FATHERS.length]}`),
  );
  const few = Array.from({ length: 40 }, () => resident('SITI RAHAYU'));
  await t.database.db
    .transaction()
    .execute((trx) =>
      insertResidents(trx, [
        ...crowd,
        ...few,
        resident('SITI AMINAH', lastId('f'), YOUNGEST),
        resident('SITI', lastId('e'), YOUNGEST),
        resident('SITI', lastId('d'), YOUNGEST),
      ]),
    );
});
afterAll(() => t.close());

interface ListPage {
  total: number;
  totalCapped: boolean;
  items: { fullName: string }[];
}

async function search(q: string, extra = '') {
  const res = await operator.request({
    method: 'GET',
    url: `/api/population/residents?q=${encodeURIComponent(q)}&limit=20${extra}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ListPage>();
}

describe('a name search past the bound', () => {
  it('reports "more than 1,000" instead of counting every match', async () => {
    const page = await search('Siti Aminah');
    expect(page).toMatchObject({ total: NAME_MATCH_BOUND, totalCapped: true });
    expect(page.items).toHaveLength(20);
  });

  it('still puts the resident named exactly as asked first', async () => {
    const page = await search('Siti Aminah');
    expect(page.items[0]!.fullName).toBe('SITI AMINAH');
    expect(page.items.slice(1).every((r) => r.fullName.startsWith('SITI AMINAH '))).toBe(true);
  });

  it('finds the exact name through a typo too', async () => {
    expect((await search('Siti Aminnah')).items[0]!.fullName).toBe('SITI AMINAH');
  });

  it('ranks the one-word name first for a one-word query', async () => {
    const page = await search('siti');
    expect(page.totalCapped).toBe(true);
    expect(page.items.slice(0, 2).map((r) => r.fullName)).toEqual(['SITI', 'SITI']);
    expect(page.items.slice(2).every((r) => r.fullName.split(' ').includes('SITI'))).toBe(true);
  });

  it('pages on through the ranked candidates', async () => {
    const first = await search('Siti Aminah');
    const second = await search('Siti Aminah', '&offset=20');
    expect(second).toMatchObject({ total: NAME_MATCH_BOUND, totalCapped: true });
    expect(second.items).toHaveLength(20);
    expect(second.items.map((r) => r.fullName)).not.toContain('SITI AMINAH');
    expect(first.items.length + second.items.length).toBe(40);
  });
});

describe('a name search under the bound', () => {
  it('counts every match exactly', async () => {
    expect(await search('Rahayu')).toMatchObject({ total: 40, totalCapped: false });
  });

  it('orders by birth date among the matches when asked', async () => {
    const page = await search('siti rahayu', '&sort=birth_date');
    expect(page.total).toBe(40);
    expect(page.items.every((r) => r.fullName === 'SITI RAHAYU')).toBe(true);
  });
});
