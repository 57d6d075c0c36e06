// Scope cases of social assistance's programs and enrolments (test/scope-harness): reads for everyone who
// reads the area; a village's own program and its enrolments for the village's staff ('write'); the regency's
// programs and direct enrolments in them for Dinas Sosial ('decide_assistance').
import type { Harness } from '../../../test/scope-harness/harness.ts';
import { regionQuery, type RouteCase } from '../../../test/scope-harness/route-case.ts';
import { VILLAGES } from '../../../test/scope-harness/cast.ts';

const read = { kind: 'area', action: 'read' } as const;
const write = { kind: 'area', action: 'write' } as const;
const decide = { kind: 'area', action: 'decide_assistance' } as const;

function programBody(h: Harness) {
  return {
    code: `UJI-${h.unique()}`,
    name: 'Bantuan uji',
    fundSource: 'dana_desa',
    targetUnit: 'family',
    benefitKind: 'cash',
    benefitAmount: 100_000,
    cycle: 'monthly',
  };
}

async function catalogueProgram(h: Harness, code: string) {
  const row = await h.t.database.db
    .selectFrom('assistance_program')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

const villagePrograms = new WeakMap<Harness, Map<string, Promise<string>>>();

/** A village's own program (family unit), made once per village by the regency admin. */
function villageProgram(h: Harness, village: string): Promise<string> {
  const known = villagePrograms.get(h) ?? new Map<string, Promise<string>>();
  villagePrograms.set(h, known);
  if (!known.has(village))
    known.set(
      village,
      h.maker
        .request({
          method: 'POST',
          url: `/api/villages/${village}/assistance/programs`,
          payload: programBody(h),
        })
        .then((res) => {
          if (res.statusCode !== 201) throw new Error(`program in ${village}: ${res.statusCode} ${res.body}`);
          return res.json<{ id: string }>().id;
        }),
    );
  return known.get(village)!;
}

const sharedEnrolments = new WeakMap<Harness, Map<string, Promise<string>>>();

/** An active enrolment of a family in the village's own program: shared per village unless fresh. */
async function enrolment(h: Harness, village: string, fresh: boolean): Promise<string> {
  const make = async () => {
    const program = await villageProgram(h, village);
    const { familyId } = await h.family(village, true);
    const res = await h.maker.request({
      method: 'POST',
      url: `/api/villages/${village}/assistance/enrolments`,
      payload: { programId: program, unitType: 'family', unitId: familyId, status: 'active' },
    });
    if (res.statusCode !== 201) throw new Error(`enrolment in ${village}: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string }>().id;
  };
  if (fresh) return make();
  const known = sharedEnrolments.get(h) ?? new Map<string, Promise<string>>();
  sharedEnrolments.set(h, known);
  if (!known.has(village)) known.set(village, make());
  return known.get(village)!;
}

const programOf = (h: Harness, village: string | null) => villageProgram(h, village!);

/** The village's own program with the cycles of 2026 (added once per village; adding again adds nothing). */
async function programWithCycles(h: Harness, village: string) {
  const id = await villageProgram(h, village);
  await h.maker.request({
    method: 'POST',
    url: `/api/assistance/programs/${id}/cycles`,
    payload: { year: 2026 },
  });
  return id;
}

export const assistanceScopeCases: RouteCase[] = [
  {
    route: 'GET /api/assistance/programs',
    rule: read,
    scope: 'region',
    request: async (_h, region) => ({ query: regionQuery(region) }),
    ok: [200],
  },
  {
    route: 'GET /api/assistance/programs/:id',
    rule: read,
    scope: 'region',
    targets: VILLAGES,
    request: async (h, village) => ({ params: { id: await programOf(h, village) } }),
    ok: [200],
  },
  {
    route: 'POST /api/assistance/programs',
    rule: { kind: 'granted', action: 'decide_assistance' },
    scope: 'none',
    consumesTarget: true, // the code is taken
    request: async (h) => ({ body: { ...programBody(h), level: 'regency', fundSource: 'kabkota' } }),
    ok: [201],
  },
  {
    route: 'POST /api/villages/:code/assistance/programs',
    rule: write,
    scope: 'village',
    consumesTarget: true,
    request: async (h, village) => ({ params: { code: village! }, body: programBody(h) }),
    ok: [201],
  },
  {
    route: 'PATCH /api/assistance/programs/:id',
    variant: "a village's own program",
    rule: write,
    scope: 'region',
    targets: VILLAGES,
    request: async (h, village) => ({
      params: { id: await programOf(h, village) },
      body: { benefitNote: 'Dibayar tiap tanggal 10' },
    }),
    ok: [200],
  },
  {
    route: 'PATCH /api/assistance/programs/:id',
    variant: 'a regency program',
    rule: { kind: 'granted', action: 'decide_assistance' },
    scope: 'region',
    targets: ['35.10'],
    request: async (h) => ({
      params: { id: await catalogueProgram(h, 'BANSOS-PEMDA') },
      body: { benefitNote: 'Disalurkan lewat desa' },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/assistance/programs/:id/cycles',
    rule: write,
    scope: 'region',
    targets: VILLAGES,
    request: async (h, village) => ({ params: { id: await programOf(h, village) }, body: { year: 2026 } }),
    ok: [200],
  },
  {
    route: 'PUT /api/assistance/programs/:id/quotas',
    rule: write,
    scope: 'region',
    targets: VILLAGES,
    request: async (h, village) => ({ params: { id: await programOf(h, village) }, body: { quotas: [] } }),
    ok: [200],
  },
  {
    route: 'PUT /api/assistance/programs/:id/exclusions',
    rule: write,
    scope: 'region',
    targets: VILLAGES,
    request: async (h, village) => ({
      params: { id: await programOf(h, village) },
      body: { programIds: [] },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/assistance/enrolments',
    variant: "a village's own program",
    rule: write,
    scope: 'village',
    consumesTarget: true, // the family is enrolled
    request: async (h, village, fresh) => ({
      params: { code: village! },
      body: {
        programId: await programOf(h, village),
        unitType: 'family',
        unitId: (await h.family(village!, fresh)).familyId,
        status: 'active',
      },
    }),
    ok: [201],
  },
  {
    route: 'POST /api/villages/:code/assistance/enrolments',
    variant: 'a regency program, enrolled directly',
    rule: decide,
    scope: 'village',
    consumesTarget: true,
    request: async (h, village, fresh) => ({
      params: { code: village! },
      body: {
        programId: await catalogueProgram(h, 'RTLH'),
        unitType: 'household',
        unitId: await h.household(village!, fresh),
        status: 'active',
      },
    }),
    ok: [201],
  },
  {
    route: 'GET /api/villages/:code/assistance/enrolments/:id',
    rule: read,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: await enrolment(h, village!, false) },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/assistance/enrolments/:id/status',
    rule: write,
    scope: 'record',
    consumesTarget: true, // the enrolment ends
    request: async (h, village, fresh) => ({
      params: { code: village!, id: await enrolment(h, village!, fresh) },
      body: { to: 'exited', exitReason: 'graduated_own_choice', reason: 'Mengundurkan diri' },
    }),
    ok: [200],
  },
  {
    route: 'PATCH /api/villages/:code/assistance/enrolments/:id',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: await enrolment(h, village!, false) },
      body: { cardNumber: 'KKS-0001' },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/assistance/programs/:id/recipients',
    rule: read,
    scope: 'region',
    request: async (h, region) => ({
      params: { id: await catalogueProgram(h, 'SEMBAKO') },
      query: regionQuery(region),
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/assistance/units/:unitType/:unitId',
    rule: read,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, unitType: 'family', unitId: (await h.family(village!)).familyId },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/assistance/programs/:programId/cycles/:cycle/distributions',
    rule: read,
    scope: 'village',
    request: async (h, village) => ({
      params: { code: village!, programId: await programWithCycles(h, village!), cycle: '2026-01' },
    }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/assistance/programs/:programId/cycles/:cycle/distributions',
    rule: write,
    scope: 'village',
    request: async (h, village) => ({
      params: { code: village!, programId: await programWithCycles(h, village!), cycle: '2026-01' },
      body: { rows: [{ enrolmentId: await enrolment(h, village!, false), received: true, channel: 'cash' }] },
    }),
    ok: [200],
  },
  {
    route: 'PUT /api/villages/:code/assistance/enrolments/:id/distributions/:cycle',
    rule: write,
    scope: 'record',
    request: async (h, village) => {
      await programWithCycles(h, village!);
      return {
        params: { code: village!, id: await enrolment(h, village!, false), cycle: '2026-02' },
        body: { received: false, note: 'Belum diambil' },
      };
    },
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/assistance/programs/:programId/cycles/:cycle/distributions/export',
    rule: read,
    scope: 'village',
    request: async (h, village) => ({
      params: { code: village!, programId: await programWithCycles(h, village!), cycle: '2026-01' },
      query: { format: 'csv' },
    }),
    ok: [200],
  },
];
