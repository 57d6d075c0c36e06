import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../test-support/families.ts';

const VILLAGE = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  await registerFamily(operator, VILLAGE); // Krajan, RW 001, RT 002 (test-support/families.ts)
  await registerFamily(operator, VILLAGE);
  const neighbour = await t.createUser('village_operator', '35.10.01.2002');
  await registerFamily(neighbour, '35.10.01.2002', [
    { fullName: 'Tetangga Desa', sex: 1, birthDate: '1980-01-01', relationship: 1 },
  ]);
  await neighbour.request({
    method: 'POST',
    url: '/api/villages/35.10.01.2002/households',
    payload: { householdNo: 'P-2', dusun: 'Lain Desa', rw: '9', rt: '9' },
  });
  const res = await operator.request({
    method: 'POST',
    url: `/api/villages/${VILLAGE}/households`,
    payload: { householdNo: 'P-1', dusun: 'Sumberejo', rw: '4', rt: '7' },
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(() => t.close());

describe('GET /api/villages/:code/places', () => {
  it("offers the village's own dusun, RW and RT once each, from family cards and households", async () => {
    const res = await operator.request({ method: 'GET', url: `/api/villages/${VILLAGE}/places` });
    expect(res.statusCode, res.body).toBe(200);
    const places = res.json<{ places: { dusun: string; rw: string; rt: string }[] }>().places;
    expect(places).toContainEqual({ dusun: 'Sumberejo', rw: '004', rt: '007' });
    const keys = places.map((p) => `${p.dusun}/${p.rw}/${p.rt}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k === 'Krajan/001/002')).toHaveLength(1);
    expect(places.every((p) => p.dusun === 'Krajan' || p.dusun === 'Sumberejo')).toBe(true);
  });
});
