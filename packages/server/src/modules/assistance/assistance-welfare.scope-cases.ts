// Scope cases of the welfare scores, ranking runs and program effect routes (test/scope-harness).
import { sql } from 'kysely';
import { regionQuery, type RouteCase } from '../../../test/scope-harness/route-case.ts';

const read = { kind: 'area', action: 'read' } as const;
const decide = { kind: 'granted', action: 'decide_assistance' } as const;

async function programId(h: Parameters<RouteCase['request']>[0]) {
  const row = await sql<{ id: string }>`SELECT id FROM assistance_program WHERE code = 'PKH'`.execute(
    h.t.database.db,
  );
  return row.rows[0]!.id;
}

export const welfareScopeCases: RouteCase[] = [
  {
    route: 'GET /api/assistance/welfare/models',
    rule: read,
    scope: 'none',
    request: async () => ({}),
    ok: [200],
  },
  {
    route: 'PUT /api/assistance/welfare/models/:kind/weights',
    rule: decide,
    scope: 'region',
    // The regency's models: the call is about the regency, whatever the caller's own area.
    targets: ['35.10'],
    request: async () => ({ params: { kind: 'criteria' }, body: { weights: { bps_floor: 1 } } }),
    // 409 while a run the ranking case started is still in progress.
    ok: [200, 409],
  },
  {
    route: 'GET /api/villages/:code/households/:id/welfare',
    rule: read,
    scope: 'record',
    request: async (h, village) => ({ params: { code: village!, id: await h.household(village!) } }),
    ok: [200],
  },
  {
    route: 'POST /api/assistance/ranking/runs',
    rule: decide,
    scope: 'region',
    targets: ['35.10'],
    request: async () => ({}),
    ok: [202, 409],
  },
  {
    route: 'GET /api/assistance/ranking/runs',
    rule: read,
    scope: 'none',
    request: async () => ({}),
    ok: [200],
  },
  {
    route: 'GET /api/assistance/ranking/runs/:id',
    rule: read,
    scope: 'none',
    request: async (h) => {
      const row = await sql<{ id: string }>`
        INSERT INTO welfare_ranking_run (id, model_id, area_code, status, error, finished_at)
        SELECT gen_random_uuid(), id, '35.10', 'failed', 'test', now() FROM welfare_model WHERE kind = 'score' AND active
        RETURNING id`.execute(h.t.database.db);
      return { params: { id: row.rows[0]!.id } };
    },
    ok: [200],
  },
  {
    route: 'GET /api/assistance/programs/:id/effect',
    rule: read,
    scope: 'region',
    request: async (h, region) => ({
      params: { id: await programId(h) },
      query: regionQuery(region),
    }),
    ok: [200],
  },
];
