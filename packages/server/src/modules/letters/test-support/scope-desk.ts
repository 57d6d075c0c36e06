// What the letters module's scope cases share (see test/scope-harness): a village desk that can issue letters,
// a letter and an official made in a village by its own desk, and the access rules the cases name.
import type { Harness } from '../../../../test/scope-harness/harness.ts';
import type { TestUser } from '../../../../test/test-app.ts';
import { headOfficial } from './letters.ts';

export const read = { kind: 'area', action: 'read' } as const;
export const write = { kind: 'area', action: 'write' } as const;
/** Issuing and voiding: the village's own staff (serve_citizens), not the regency admin. */
export const serve = { kind: 'area', action: 'serve_citizens' } as const;

export type PerVillage<T> = WeakMap<Harness, Map<string, Promise<T>>>;

/** `build`'s value for this harness and village, built once: every case of a run shares a village's desk. */
export function oncePerVillage<T>(
  cache: PerVillage<T>,
  h: Harness,
  village: string,
  build: () => Promise<T>,
): Promise<T> {
  const known = cache.get(h) ?? new Map<string, Promise<T>>();
  cache.set(h, known);
  if (!known.has(village)) known.set(village, build());
  return known.get(village)!;
}

/** Records an official in `village` through its own desk and answers the official's id. */
export async function recordOfficial(operator: TestUser, village: string, payload: object): Promise<string> {
  const res = await operator.request({ method: 'POST', url: `/api/villages/${village}/officials`, payload });
  if (res.statusCode !== 201) throw new Error(`official in ${village}: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

const desks: PerVillage<TestUser> = new WeakMap();

/** The village's own operator, with the village head recorded once: a desk that can issue letters. */
export function desk(h: Harness, village: string): Promise<TestUser> {
  return oncePerVillage(desks, h, village, async () => {
    const operator = await h.t.createUser('village_operator', village, { session: 'direct' });
    await recordOfficial(operator, village, headOfficial);
    return operator;
  });
}

export const domicile = async (h: Harness, village: string) => ({
  letterTypeCode: 'keterangan-domisili',
  residentId: (await h.family(village)).residentIds[0]!,
  fields: { keperluan: 'Melamar pekerjaan' },
});

/** A letter issued in `village` by its own desk. */
export async function letterIn(h: Harness, village: string): Promise<string> {
  const operator = await desk(h, village);
  const res = await operator.request({
    method: 'POST',
    url: `/api/villages/${village}/letters`,
    payload: await domicile(h, village),
  });
  if (res.statusCode !== 201) throw new Error(`letter in ${village}: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** An official recorded in `village` by its own desk. */
export async function officialIn(h: Harness, village: string): Promise<string> {
  return recordOfficial(await desk(h, village), village, {
    ...headOfficial,
    position: 'kepala_dusun',
    positionTitle: 'Kepala Dusun Krajan',
  });
}
