// What the letters module's scope cases share (see test/scope-harness): a village desk that can issue letters,
// a letter and an official made in a village by its own desk, and the access rules the cases name.
import type { Harness } from '../../../../test/scope-harness/harness.ts';
import type { TestUser } from '../../../../test/test-app.ts';
import { headOfficial } from './letters.ts';

export const read = { kind: 'area', action: 'read' } as const;
export const write = { kind: 'area', action: 'write' } as const;
/** Issuing and voiding: the village's own staff (serve_citizens), not the regency admin. */
export const serve = { kind: 'area', action: 'serve_citizens' } as const;

const desks = new WeakMap<Harness, Map<string, Promise<TestUser>>>();

/** The village's own operator, with the village head recorded once: a desk that can issue letters. */
export function desk(h: Harness, village: string): Promise<TestUser> {
  const known = desks.get(h) ?? new Map<string, Promise<TestUser>>();
  desks.set(h, known);
  if (!known.has(village))
    known.set(
      village,
      (async () => {
        const operator = await h.t.createUser('village_operator', village, { session: 'direct' });
        const res = await operator.request({
          method: 'POST',
          url: `/api/villages/${village}/officials`,
          payload: headOfficial,
        });
        if (res.statusCode !== 201) throw new Error(`official in ${village}: ${res.statusCode} ${res.body}`);
        return operator;
      })(),
    );
  return known.get(village)!;
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
  const operator = await desk(h, village);
  const res = await operator.request({
    method: 'POST',
    url: `/api/villages/${village}/officials`,
    payload: { ...headOfficial, position: 'kepala_dusun', positionTitle: 'Kepala Dusun Krajan' },
  });
  if (res.statusCode !== 201) throw new Error(`official in ${village}: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}
