import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../test/test-app.ts';

let t: TestApp;
let operator: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', '35.10.01.2001');
});
afterAll(() => t.close());

describe('region data from idn-area-data', () => {
  it('holds all of Indonesia: 38 provinces, 514 regencies, 7,285 districts, 83,762 villages', async () => {
    const counts = await t.database.db
      .selectFrom('region')
      .select(['level', t.database.db.fn.countAll<number>().as('n')])
      .groupBy('level')
      .execute();
    const byLevel = Object.fromEntries(counts.map((c) => [c.level, Number(c.n)]));
    expect(byLevel).toEqual({ province: 38, regency: 514, district: 7285, village: 83762 });
  });

  it('gives Banyuwangi 217 villages: 189 desa and 28 kelurahan', async () => {
    const rows = await t.database.db
      .selectFrom('region')
      .select(['kind', t.database.db.fn.countAll<number>().as('n')])
      .where('code', 'like', '35.10.%')
      .where('level', '=', 'village')
      .groupBy('kind')
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]))).toEqual({ desa: 189, kelurahan: 28 });
  });
});

describe('GET /api/regions/:code', () => {
  it('returns Banyuwangi with its 25 districts counted', async () => {
    const res = await operator.request({ method: 'GET', url: '/api/regions/35.10' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      code: '35.10',
      name: 'Kabupaten Banyuwangi',
      level: 'regency',
      kind: null,
      parentCode: '35',
      childCount: 25,
    });
  });

  it('accepts the undotted OpenSID form of a village code', async () => {
    const res = await operator.request({ method: 'GET', url: '/api/regions/3510012001' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: '35.10.01.2001',
      name: 'Sarongan',
      level: 'village',
      kind: 'desa',
    });
  });

  it('answers 404 problem+json for a well-formed code that does not exist', async () => {
    const res = await operator.request({ method: 'GET', url: '/api/regions/35.99' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'REGION_NOT_FOUND',
      message_id: expect.stringContaining('Wilayah'),
    });
  });

  it('answers 400 for a malformed code', async () => {
    const res = await operator.request({ method: 'GET', url: '/api/regions/35.1x' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'code' })],
    });
  });

  it('requires a signed-in user', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/regions/35.10' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'AUTH_REQUIRED' });
  });
});

describe('GET /api/regions/:code/children', () => {
  it("lists Banyuwangi's 25 districts, and their villages add up to 217", async () => {
    const res = await operator.request({ method: 'GET', url: '/api/regions/35.10/children' });
    expect(res.statusCode).toBe(200);
    const { items } = res.json<{ items: { code: string; level: string; childCount: number }[] }>();
    expect(items).toHaveLength(25);
    expect(items.every((d) => d.level === 'district' && d.code.startsWith('35.10.'))).toBe(true);
    expect(items.reduce((sum, d) => sum + d.childCount, 0)).toBe(217);
  });

  it('lists the villages of Pesanggaran, desa and kelurahan marked', async () => {
    const res = await operator.request({ method: 'GET', url: '/api/regions/35.10.01/children' });
    const { items } = res.json<{ items: { name: string; kind: string }[] }>();
    expect(items.map((v) => v.name)).toContain('Sarongan');
    expect(items.every((v) => v.kind === 'desa' || v.kind === 'kelurahan')).toBe(true);
  });

  it('answers 404 for an unknown parent', async () => {
    const res = await operator.request({ method: 'GET', url: '/api/regions/35.10.99/children' });
    expect(res.statusCode).toBe(404);
  });
});
