// Test helpers for social assistance: programs and enrolments made through the real routes.
import { expect } from 'vitest';
import type { TestApp, TestUser } from '../../../../test/test-app.ts';

let counter = 0;
/** A program code no other test of the file used. */
export const freshCode = (prefix = 'T') => `${prefix}-${(counter += 1)}-${Math.floor(Math.random() * 1e6)}`;

export async function programIdByCode(t: TestApp, code: string): Promise<string> {
  const row = await t.database.db
    .selectFrom('assistance_program')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

export function villageProgramBody(targetUnit: string = 'family', extra: Record<string, unknown> = {}) {
  return {
    code: freshCode('BLT-DESA'),
    name: 'BLT Dana Desa tambahan',
    fundSource: 'dana_desa',
    targetUnit,
    benefitKind: 'cash',
    benefitAmount: 300_000,
    cycle: 'monthly',
    ...extra,
  };
}

/** A village's own program, made by its staff. */
export async function createVillageProgram(
  user: TestUser,
  village: string,
  targetUnit = 'family',
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await user.request({
    method: 'POST',
    url: `/api/villages/${village}/assistance/programs`,
    payload: villageProgramBody(targetUnit, extra),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

export async function enrolUnit(
  user: TestUser,
  village: string,
  body: { programId: string; unitType: string; unitId: string; status?: string; cardNumber?: string },
) {
  return user.request({
    method: 'POST',
    url: `/api/villages/${village}/assistance/enrolments`,
    payload: body,
  });
}

/** Enrols and expects it to succeed; returns the enrolment's id. */
export async function enrolled(user: TestUser, village: string, body: Parameters<typeof enrolUnit>[2]) {
  const res = await enrolUnit(user, village, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}
