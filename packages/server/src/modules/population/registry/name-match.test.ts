// Name matching by spelling-variant key, on both searches that take a name: residents, and households by
// their head's name. Also the partial NIK of the resident search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { registerFamily } from '../test-support/families.ts';

const VILLAGE = '35.10.01.2001';
let t: TestApp;
let operator: TestUser;
let otherOperator: TestUser;

const person = (fullName: string, relationship: number, sex: 1 | 2 = 1) => ({
  fullName,
  sex,
  birthDate: '1970-05-05',
  relationship,
});

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', VILLAGE);
  otherOperator = await t.createUser('village_operator', '35.10.02.2001');
  const slamet = await registerFamily(operator, VILLAGE, [
    person('Slamet Riyadi', 1),
    person('Abdul Kholik', 4),
  ]);
  await registerFamily(operator, VILLAGE, [person('Muhammad Holil', 1), person('Nur Holik', 4, 2)]);
  await registerFamily(operator, VILLAGE, [person('Bambang Sutrisno', 1)]);
  const created = await operator.request({
    method: 'POST',
    url: `/api/villages/${VILLAGE}/households`,
    payload: { householdNo: 'R-007', familyIds: [slamet.familyId], headResidentId: slamet.residentIds[0] },
  });
  expect(created.statusCode, created.body).toBe(201);
});
afterAll(() => t.close());

async function get<T>(user: TestUser, url: string) {
  const res = await user.request({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}
const residentsFound = async (q: string, user = operator) =>
  (
    await get<{ items: { fullName: string }[] }>(
      user,
      `/api/population/residents?q=${encodeURIComponent(q)}&limit=50`,
    )
  ).items
    .map((r) => r.fullName)
    .sort();
const householdsFound = async (q: string) =>
  (
    await get<{ items: { householdNo: string }[] }>(
      operator,
      `/api/population/households?q=${encodeURIComponent(q)}`,
    )
  ).items.map((h) => h.householdNo);

describe('one spelling-variant key on both sides', () => {
  it('"kholik" finds what "holik" finds, the typo "Holil" included', async () => {
    const holik = await residentsFound('holik');
    expect(holik).toEqual(['Abdul Kholik', 'Muhammad Holil', 'Nur Holik']);
    expect(await residentsFound('kholik')).toEqual(holik);
    expect(await residentsFound('Kholiq')).toEqual(holik);
  });

  it('still tells a different name apart', async () => {
    expect(await residentsFound('Bambang')).toEqual(['Bambang Sutrisno']);
    expect(await residentsFound('Holik Bambang')).toEqual([]);
  });
});

describe('households by the head name', () => {
  it('finds the house of a misspelt head, as residents are found', async () => {
    expect(await householdsFound('Slamet Riyadi')).toEqual(['R-007']);
    expect(await householdsFound('Selamet Riadi')).toEqual(['R-007']);
    expect(await householdsFound('slamt')).toEqual(['R-007']);
    expect(await householdsFound('Bambang')).toEqual([]);
  });
});

describe('a partial NIK', () => {
  it('finds every NIK starting with 6-12 digits, within the area the user may read', async () => {
    const all = await residentsFound('351001');
    expect(all).toHaveLength(5);
    // Birth date part: 1970-05-05 is "050570" for men, "450570" for women.
    expect(await residentsFound('351001450570')).toEqual(['Nur Holik']);
    expect(await residentsFound('351001', otherOperator)).toEqual([]);
  });

  it('refuses 13 to 15 digits, which would give away the serial digit by digit', async () => {
    const res = await operator.request({ method: 'GET', url: '/api/population/residents?q=3510010505700' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ field: 'q' });
  });
});
