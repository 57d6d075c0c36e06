// Scope cases of letter requests (see test/scope-harness): the queue, a request and its photos are read by
// whoever reads the village; requests are made and moved by the village's own desk (serve_citizens); settings
// and the official-account link by those who write the village; a citizen reaches only their own requests.
// Signing and verifying are further limited to the official's linked account: a desk member who is not that
// account is answered 403 (LETTER_REQUEST_NOT_SIGNER / _NOT_SECRETARY) inside the village, so those two list
// 403 among their successes; letters.requests.test.ts proves who may and may not sign.
import { HOME_VILLAGE } from '../../../../test/scope-harness/cast.ts';
import type { Harness } from '../../../../test/scope-harness/harness.ts';
import type { RouteCase } from '../../../../test/scope-harness/route-case.ts';
import { TEST_PASSWORD, type TestUser } from '../../../../test/test-app.ts';
import { headOfficial } from '../test-support/letters.ts';
import { domicile, oncePerVillage, recordOfficial, type PerVillage } from '../test-support/scope-desk.ts';

interface Desk {
  operator: TestUser;
  /** The cast member whose account is the village head's (the head where the cast has one, else the operator). */
  signer: TestUser;
  signerId: string;
  headOfficialId: string;
}

const secretaryOfficial = {
  ...headOfficial,
  position: 'sekretaris_desa',
  positionTitle: 'Sekretaris Desa',
  fullName: 'Wahyuni',
  niap: '35100120010002',
};

const desks: PerVillage<Desk> = new WeakMap();

async function expectStatus(res: { statusCode: number; body: string }, status: number, what: string) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
}

/** Links an official of `village` to a staff account. */
async function linkAccount(operator: TestUser, village: string, officialId: string, userId: string) {
  const res = await operator.request({
    method: 'PUT',
    url: `/api/villages/${village}/officials/${officialId}/account`,
    payload: { userId },
  });
  await expectStatus(res, 200, `account link in ${village}`);
}

/** The village's own desk (not in the cast), its head recorded and linked to a cast member of the village. */
function desk(h: Harness, village: string): Promise<Desk> {
  return oncePerVillage(desks, h, village, async () => {
    const operator = await h.t.createUser('village_operator', village, { session: 'direct' });
    const headOfficialId = await recordOfficial(operator, village, headOfficial);
    const members = h.cast.filter(
      (m) => m.actor.areaCode === village && ['village_head', 'village_operator'].includes(m.actor.role),
    );
    const signer = members.find((m) => m.actor.role === 'village_head') ?? members[0];
    // No cast member works in the village: its own desk operator is the head's account.
    const signerUser = signer?.user ?? operator;
    const signerId = signer?.actor.id ?? operator.id;
    await linkAccount(operator, village, headOfficialId, signerId);
    // The secretary verifies the village's resident letters; their account is the other desk member's.
    const secretary = members.find((m) => m !== signer);
    const secretaryId = await recordOfficial(operator, village, secretaryOfficial);
    if (secretary) await linkAccount(operator, village, secretaryId, secretary.actor.id);
    await expectStatus(
      await operator.request({
        method: 'PUT',
        url: `/api/villages/${village}/letter-workflow`,
        payload: VERIFIED,
      }),
      200,
      `workflow in ${village}`,
    );
    return { operator, signer: signerUser, signerId, headOfficialId };
  });
}

/** The villages here have the secretary verify resident letters (keterangan-penduduk) only. */
const VERIFIED = { verificationRequired: false, verifiedTypes: ['keterangan-penduduk'] };

type Stage = 'requested' | 'checked' | 'signed';

/** A request of the village brought to `stage` by its desk (and its linked head for signing). */
async function requestIn(
  h: Harness,
  village: string,
  stage: Stage = 'requested',
  type = 'keterangan-domisili',
) {
  const { operator, signer } = await desk(h, village);
  const made = await operator.request({
    method: 'POST',
    url: `/api/villages/${village}/letter-requests`,
    payload: { ...(await domicile(h, village)), letterTypeCode: type },
  });
  await expectStatus(made, 201, `request in ${village}`);
  const id = made.json<{ id: string }>().id;
  await advance(village, id, operator, signer, stage);
  return id;
}

async function advance(village: string, id: string, operator: TestUser, signer: TestUser, stage: Stage) {
  const url = `/api/villages/${village}/letter-requests/${id}`;
  if (stage === 'requested') return;
  await expectStatus(
    await operator.request({ method: 'POST', url: `${url}/check`, payload: { seen: ['ktp', 'kk'] } }),
    200,
    'check',
  );
  if (stage === 'checked') return;
  await expectStatus(
    await signer.request({ method: 'POST', url: `${url}/sign`, payload: { password: TEST_PASSWORD } }),
    200,
    'sign',
  );
}

const citizenOf = (h: Harness) => h.cast.find((m) => m.actor.role === 'citizen')!.user;

/** A request the cast's citizen made for themselves (the wife of HOME_VILLAGE's shared family). */
async function ownRequest(h: Harness, stage: Stage = 'requested'): Promise<string> {
  const { operator, signer } = await desk(h, HOME_VILLAGE);
  const made = await citizenOf(h).request({
    method: 'POST',
    url: '/api/me/letter-requests',
    payload: {
      ...(await domicile(h, HOME_VILLAGE)),
      residentId: (await h.family(HOME_VILLAGE)).residentIds[1],
    },
  });
  await expectStatus(made, 201, 'own request');
  const id = made.json<{ id: string }>().id;
  await advance(HOME_VILLAGE, id, operator, signer, stage);
  return id;
}

const read = { kind: 'area', action: 'read' } as const;
const serve = { kind: 'area', action: 'serve_citizens' } as const;
const write = { kind: 'area', action: 'write' } as const;
const self = { kind: 'self', citizensOnly: true } as const;

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);

/** A request with a photo, for reading the photo back. */
async function photoOf(h: Harness): Promise<{ requestId: string; attachmentId: string }> {
  const requestId = await ownRequest(h);
  const citizen = citizenOf(h);
  const boundary = '----sk-scope';
  const res = await citizen.request({
    method: 'POST',
    url: `/api/me/letter-requests/${requestId}/attachments?requirement=ktp`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ktp.jpg"\r\n\r\n`),
      JPEG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  await expectStatus(res, 201, 'photo');
  return { requestId, attachmentId: res.json<{ attachments: { id: string }[] }>().attachments[0]!.id };
}

const photos = new WeakMap<Harness, Promise<{ requestId: string; attachmentId: string }>>();

const stepCase = (
  step: string,
  stage: Stage,
  body: object,
  ok: number[],
  type = 'keterangan-domisili',
): RouteCase => ({
  route: `POST /api/villages/:code/letter-requests/:id/${step}`,
  rule: serve,
  scope: 'record',
  consumesTarget: true,
  request: async (h, village, fresh) => ({
    params: {
      code: village!,
      id: fresh ? await requestIn(h, village!, stage, type) : await shared(h, village!, stage, type),
    },
    body,
  }),
  ok,
});

const sharedRequests = new WeakMap<Harness, Map<string, Promise<string>>>();
function shared(h: Harness, village: string, stage: Stage, type = 'keterangan-domisili') {
  const known = sharedRequests.get(h) ?? new Map<string, Promise<string>>();
  sharedRequests.set(h, known);
  const key = `${village} ${stage} ${type}`;
  if (!known.has(key)) known.set(key, requestIn(h, village, stage, type));
  return known.get(key)!;
}

export const letterRequestScopeCases: RouteCase[] = [
  {
    route: 'GET /api/villages/:code/letter-requests',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! }, query: { status: 'requested' } }),
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letter-requests/overdue',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! } }),
    ok: [200],
  },
  {
    route: 'POST /api/villages/:code/letter-requests',
    rule: serve,
    scope: 'village',
    request: async (h, village) => {
      await desk(h, village!);
      return { params: { code: village! }, body: await domicile(h, village!) };
    },
    ok: [201],
  },
  {
    route: 'GET /api/villages/:code/letter-requests/:id',
    rule: read,
    scope: 'record',
    request: async (h, village) => ({
      params: { code: village!, id: await shared(h, village!, 'requested') },
    }),
    ok: [200],
  },
  stepCase('check', 'requested', { seen: ['ktp', 'kk'] }, [200]),
  stepCase('verify', 'checked', {}, [200, 403], 'keterangan-penduduk'),
  stepCase('sign', 'checked', { password: TEST_PASSWORD }, [200, 403]),
  stepCase('collect', 'signed', {}, [200]),
  stepCase('reject', 'requested', { reason: 'Foto KTP tidak terbaca' }, [200]),
  {
    route: 'GET /api/villages/:code/letter-requests/:id/attachments/:attachmentId',
    rule: read,
    scope: 'record',
    targets: [HOME_VILLAGE],
    request: async (h, village) => {
      if (!photos.has(h)) photos.set(h, photoOf(h));
      const photo = await photos.get(h)!;
      return { params: { code: village!, id: photo.requestId, attachmentId: photo.attachmentId } };
    },
    ok: [200],
  },
  {
    route: 'GET /api/villages/:code/letter-workflow',
    rule: read,
    scope: 'village',
    request: async (_h, village) => ({ params: { code: village! } }),
    ok: [200],
  },
  {
    route: 'PUT /api/villages/:code/letter-workflow',
    rule: write,
    scope: 'village',
    request: async (_h, village) => ({
      params: { code: village! },
      body: VERIFIED,
    }),
    ok: [200],
  },
  {
    route: 'PUT /api/villages/:code/officials/:id/account',
    rule: write,
    scope: 'record',
    // Linked again to the same account: later cases still sign as it.
    request: async (h, village) => {
      const { headOfficialId, signerId } = await desk(h, village!);
      return { params: { code: village!, id: headOfficialId }, body: { userId: signerId } };
    },
    ok: [200],
  },
  {
    route: 'GET /api/me/letter-types',
    rule: self,
    scope: 'none',
    request: async () => ({}),
    ok: [200],
  },
  {
    route: 'GET /api/me/letter-requests',
    rule: self,
    scope: 'none',
    request: async () => ({}),
    ok: [200],
  },
  {
    route: 'POST /api/me/letter-requests',
    rule: self,
    scope: 'none',
    request: async (h) => {
      await desk(h, HOME_VILLAGE);
      return {
        body: {
          ...(await domicile(h, HOME_VILLAGE)),
          residentId: (await h.family(HOME_VILLAGE)).residentIds[1],
        },
      };
    },
    ok: [201],
  },
  {
    route: 'GET /api/me/letter-requests/:id',
    rule: self,
    scope: 'none',
    request: async (h) => ({ params: { id: await ownRequest(h) } }),
    ok: [200],
  },
  {
    route: 'POST /api/me/letter-requests/:id/cancel',
    rule: self,
    scope: 'none',
    consumesTarget: true,
    request: async (h) => ({ params: { id: await ownRequest(h) } }),
    ok: [200],
  },
  {
    route: 'POST /api/me/letter-requests/:id/attachments',
    rule: self,
    scope: 'none',
    consumesTarget: true,
    request: async (h) => ({
      params: { id: await ownRequest(h) },
      query: { requirement: 'ktp' },
      file: { name: 'ktp.jpg', content: JPEG },
    }),
    ok: [201],
  },
  {
    route: 'GET /api/me/letter-requests/:id/pdf',
    rule: self,
    scope: 'none',
    request: async (h) => ({ params: { id: await ownRequest(h, 'signed') } }),
    ok: [200],
  },
];
