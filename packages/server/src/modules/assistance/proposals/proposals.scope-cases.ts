// Scope cases of usul and sanggah (test/scope-harness): queues and items are read by whoever reads the area;
// the desk's item is the village desk's act (serve_citizens); the check, the deliberation and its minutes are
// the village's ('write'); the forward is the district's (forward_proposals); the visit, its photos, the
// decision and the ministry export are Dinas Sosial's (decide_assistance); the deadlines are the regency
// admin's; a citizen reaches only their own items. Items are made by each village's own desk for KK numbers
// nobody has (a fresh one per item, so no two are duplicates) and moved by each step's owner.
import { HOME_VILLAGE } from '../../../../test/scope-harness/cast.ts';
import type { Harness } from '../../../../test/scope-harness/harness.ts';
import { regionQuery, type RouteCase } from '../../../../test/scope-harness/route-case.ts';
import {
  advance,
  JPEG,
  meetingWithMinutes,
  MINUTES_PDF,
  multipart,
  type Stage,
  type StepPeople,
} from '../test-support/proposals.ts';

const read = { kind: 'area', action: 'read' } as const;
const write = { kind: 'area', action: 'write' } as const;
const serve = { kind: 'area', action: 'serve_citizens' } as const;
const forward = { kind: 'area', action: 'forward_proposals' } as const;
const decide = { kind: 'area', action: 'decide_assistance' } as const;
const self = { kind: 'self', citizensOnly: true } as const;

const peopleOf = new WeakMap<Harness, Map<string, Promise<StepPeople>>>();
/** Each village's own desk, its district's staff and Dinas Sosial, made once per village. */
function people(h: Harness, village: string) {
  const known = peopleOf.get(h) ?? new Map<string, Promise<StepPeople>>();
  peopleOf.set(h, known);
  if (!known.has(village))
    known.set(
      village,
      (async () => ({
        operator: await h.t.createUser('village_operator', village, { session: 'direct' }),
        district: await h.t.createUser('district_staff', village.slice(0, 8), { session: 'direct' }),
        dinsos: await h.t.createUser('agency_staff', '35.10', {
          agency: 'social_affairs',
          session: 'direct',
        }),
      }))(),
    );
  return known.get(village)!;
}

async function regencyProgram(h: Harness) {
  const row = await h.t.database.db
    .selectFrom('assistance_program')
    .select('id')
    .where('code', '=', 'BANSOS-PEMDA')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A KK number no family has, new on every call. */
const freshKk = (h: Harness) => `351001${String(900_000_000 + h.unique()).padStart(10, '0')}`;

async function usulBody(h: Harness) {
  return {
    kind: 'usul',
    programId: await regencyProgram(h),
    kkNumber: freshKk(h),
    reason: 'Keluarga tidak mampu',
  };
}

const meetings = new WeakMap<Harness, Map<string, Promise<string>>>();
function meeting(h: Harness, village: string) {
  const known = meetings.get(h) ?? new Map<string, Promise<string>>();
  meetings.set(h, known);
  if (!known.has(village))
    known.set(
      village,
      people(h, village).then((p) => meetingWithMinutes(p.operator, village)),
    );
  return known.get(village)!;
}

async function expectStatus(res: { statusCode: number; body: string }, status: number, what: string) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
}

/** An item of the village at `stage`, made by its desk. */
async function itemIn(h: Harness, village: string, stage: Stage): Promise<string> {
  const p = await people(h, village);
  const made = await p.operator.request({
    method: 'POST',
    url: `/api/villages/${village}/assistance/proposals`,
    payload: await usulBody(h),
  });
  await expectStatus(made, 201, `item in ${village}`);
  const id = made.json<{ id: string }>().id;
  await advance(
    p,
    village,
    id,
    stage,
    stage === 'submitted' || stage === 'checked' ? undefined : await meeting(h, village),
  );
  return id;
}

const shared = new WeakMap<Harness, Map<string, Promise<string>>>();
function sharedItem(h: Harness, village: string, stage: Stage) {
  const known = shared.get(h) ?? new Map<string, Promise<string>>();
  shared.set(h, known);
  const key = `${village} ${stage}`;
  if (!known.has(key)) known.set(key, itemIn(h, village, stage));
  return known.get(key)!;
}

const stepCase = (
  path: string,
  rule: RouteCase['rule'],
  stage: Stage,
  body: (h: Harness, village: string) => Promise<object>,
): RouteCase => ({
  route: `POST /api/villages/:code/assistance/proposals/:id/${path}`,
  rule,
  scope: 'record',
  consumesTarget: true,
  request: async (h, village, fresh) => ({
    params: {
      code: village!,
      id: fresh ? await itemIn(h, village!, stage) : await sharedItem(h, village!, stage),
    },
    body: await body(h, village!),
  }),
  ok: [200],
});

/** An usul the cast's citizen made online in the home village. */
async function ownItem(h: Harness) {
  await people(h, HOME_VILLAGE);
  // Each in a session of its own: the route's per-session limit is for people, and the cases make many.
  const citizen = h.cast.find((m) => m.actor.role === 'citizen')!;
  const cookie = await h.t.openSession(citizen.actor.id);
  const made = await h.t.app.inject({
    method: 'POST',
    url: '/api/me/assistance/proposals',
    headers: { cookie },
    payload: await usulBody(h),
  });
  await expectStatus(made, 201, 'own item');
  return made.json<{ id: string }>().id;
}

const visitPhotos = new WeakMap<Harness, Map<string, Promise<{ id: string; photoId: string }>>>();
function visitPhoto(h: Harness, village: string) {
  const known = visitPhotos.get(h) ?? new Map<string, Promise<{ id: string; photoId: string }>>();
  visitPhotos.set(h, known);
  if (!known.has(village))
    known.set(
      village,
      (async () => {
        const id = await itemIn(h, village, 'at_agency');
        const res = await (
          await people(h, village)
        ).dinsos.request({
          method: 'POST',
          url: `/api/villages/${village}/assistance/proposals/${id}/photos`,
          ...multipart(JPEG, 'kunjungan.jpg'),
        });
        await expectStatus(res, 201, 'visit photo');
        return { id, photoId: res.json<{ photos: { id: string }[] }>().photos[0]!.id };
      })(),
    );
  return known.get(village)!;
}

const noBody = async () => ({});

export const proposalScopeCases: RouteCase[] = [
  {
    route: 'GET /api/assistance/proposals',
    rule: read,
    scope: 'region',
    request: async (_h, region) => ({ query: { ...regionQuery(region), status: 'open' } }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/assistance/proposals',
    rule: serve,
    scope: 'village',
    request: async (h, village) => ({ params: { code: village! }, body: await usulBody(h) }),
    ok: [201],
  },
  {
    route: 'GET /api/villages/:code/assistance/proposals/:id',
    rule: read,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: await sharedItem(h, village!, 'submitted') },
    }),
    ok: [200],
  },
  stepCase('check', write, 'submitted', async () => ({ outcome: 'ok' })),
  stepCase('village-decision', write, 'checked', async (h, village) => ({
    deliberationId: await meeting(h, village),
    decision: 'accepted',
    reason: 'Disepakati musyawarah desa',
  })),
  stepCase('forward', forward, 'at_district', noBody),
  stepCase('visit', decide, 'at_agency', async () => ({
    visitedOn: '2026-11-25',
    findings: 'Rumah sederhana',
  })),
  stepCase('decision', decide, 'visited', async () => ({
    decision: 'reject',
    reason: 'Keluarga tidak ditemukan',
  })),
  {
    route: 'POST /api/villages/:code/assistance/proposals/:id/photos',
    rule: decide,
    scope: 'record',
    consumesTarget: true,
    request: async (h, village, fresh) => ({
      params: {
        code: village!,
        id: fresh ? await itemIn(h, village!, 'at_agency') : await sharedItem(h, village!, 'at_agency'),
      },
      file: { name: 'kunjungan.jpg', content: JPEG },
    }),
    ok: [201],
  },
  {
    route: 'GET /api/villages/:code/assistance/proposals/:id/photos/:photoId',
    rule: read,
    scope: 'record',
    request: async (h, village) => {
      const photo = await visitPhoto(h, village!);
      return { params: { code: village!, id: photo.id, photoId: photo.photoId } };
    },
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/assistance/deliberations',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! } }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/assistance/deliberations',
    rule: write,
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village! },
      body: { heldOn: '2026-11-20', place: 'Balai Desa', attendance: 25 },
    }),
    ok: [201],
  },
  {
    route: 'PUT /api/villages/:code/assistance/deliberations/:id/minutes',
    rule: write,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: await meeting(h, village!) },
      file: { name: 'berita-acara.pdf', content: MINUTES_PDF },
    }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/assistance/deliberations/:id/minutes',
    rule: read,
    scope: 'record',
    request: async (h, village) => ({ params: { code: village!, id: await meeting(h, village!) } }),
    ok: [200],
  },
  {
    route: 'GET /api/assistance/proposal-deadlines',
    rule: { kind: 'signed-in' },
    scope: 'none',
    request: noBody,
    ok: [200],
  },
  {
    route: 'PUT /api/assistance/proposal-deadlines',
    rule: { kind: 'granted', action: 'administer' },
    scope: 'region',
    // The regency's own setting: its door is the regency, whichever region the case draws.
    targets: ['35.10'],
    request: async () => ({ body: { items: [{ step: 'check', workingDays: 5 }] } }),
    ok: [200],
  },
  {
    route: 'GET /api/assistance/proposals/ministry-export',
    rule: decide,
    scope: 'region',
    request: async (_h, region) => ({ query: regionQuery(region) }),
    ok: [200],
  },
  { route: 'GET /api/me/assistance/programs', rule: self, scope: 'none', request: noBody, ok: [200] },
  { route: 'GET /api/me/assistance/recipients', rule: self, scope: 'none', request: noBody, ok: [200] },
  { route: 'GET /api/me/assistance/proposals', rule: self, scope: 'none', request: noBody, ok: [200] },
  {
    route: 'POST /api/me/assistance/proposals',
    rule: self,
    scope: 'none',
    request: async (h) => ({ body: await usulBody(h) }),
    ok: [201],
  },
  {
    route: 'GET /api/me/assistance/proposals/:id',
    rule: self,
    scope: 'none',
    request: async (h) => ({ params: { id: await ownItem(h) } }),
    ok: [200],
  },
  {
    route: 'POST /api/me/assistance/proposals/:id/photos',
    rule: self,
    scope: 'none',
    consumesTarget: true,
    request: async (h) => ({ params: { id: await ownItem(h) }, file: { name: 'rumah.jpg', content: JPEG } }),
    ok: [201],
  },
];
