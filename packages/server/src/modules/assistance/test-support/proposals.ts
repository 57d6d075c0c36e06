// Test helpers for usul and sanggah: the people of each step, a deliberation with its minutes, multipart
// bodies, and an item moved to a stage through the real routes.
import type { TestApp, TestUser } from '../../../../test/test-app.ts';

export const MINUTES_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
export const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 1)]);

export function multipart(content: Buffer, name = 'file.bin') {
  const boundary = '----sk-proposal-boundary';
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

async function ok<R extends { statusCode: number; body: string }>(res: R, status: number, what: string) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res;
}

export async function kkOf(t: TestApp, village: string, familyId: string) {
  const row = await t.database.db
    .selectFrom('family')
    .select('kk_number')
    .where('village_code', '=', village)
    .where('id', '=', familyId)
    .executeTakeFirstOrThrow();
  return row.kk_number;
}

export interface StepPeople {
  operator: TestUser;
  district: TestUser;
  dinsos: TestUser;
}

export async function stepPeople(t: TestApp, village: string): Promise<StepPeople> {
  return {
    operator: await t.createUser('village_operator', village),
    district: await t.createUser('district_staff', village.slice(0, 8)),
    dinsos: await t.createUser('agency_staff', village.slice(0, 5), { agency: 'social_affairs' }),
  };
}

/** A deliberation of the village with its minutes uploaded; returns its id. */
export async function meetingWithMinutes(operator: TestUser, village: string) {
  const made = await ok(
    await operator.request({
      method: 'POST',
      url: `/api/villages/${village}/assistance/deliberations`,
      payload: {
        heldOn: '2026-11-20',
        place: 'Balai Desa',
        attendance: 34,
        attendanceNote: 'BPD, RT/RW, pendamping PKH',
      },
    }),
    201,
    'deliberation',
  );
  const id = made.json<{ id: string }>().id;
  await ok(
    await operator.request({
      method: 'PUT',
      url: `/api/villages/${village}/assistance/deliberations/${id}/minutes`,
      ...multipart(MINUTES_PDF, 'berita-acara.pdf'),
    }),
    200,
    'minutes',
  );
  return id;
}

export type Stage = 'submitted' | 'checked' | 'at_district' | 'at_agency' | 'visited';
const ORDER: Stage[] = ['submitted', 'checked', 'at_district', 'at_agency', 'visited'];

/** Moves a submitted item to `stage` with every step's owner. */
export async function advance(
  people: StepPeople,
  village: string,
  id: string,
  stage: Stage,
  meetingId?: string,
) {
  const url = `/api/villages/${village}/assistance/proposals/${id}`;
  const reach = ORDER.indexOf(stage);
  if (reach >= 1)
    await ok(
      await people.operator.request({ method: 'POST', url: `${url}/check`, payload: { outcome: 'ok' } }),
      200,
      'check',
    );
  if (reach >= 2)
    await ok(
      await people.operator.request({
        method: 'POST',
        url: `${url}/village-decision`,
        payload: {
          deliberationId: meetingId ?? (await meetingWithMinutes(people.operator, village)),
          decision: 'accepted',
          reason: 'Disepakati musyawarah desa',
        },
      }),
      200,
      'village decision',
    );
  if (reach >= 3)
    await ok(
      await people.district.request({ method: 'POST', url: `${url}/forward`, payload: {} }),
      200,
      'forward',
    );
  if (reach >= 4)
    await ok(
      await people.dinsos.request({
        method: 'POST',
        url: `${url}/visit`,
        payload: { visitedOn: '2026-11-25', findings: 'Rumah berlantai tanah, dinding bambu' },
      }),
      200,
      'visit',
    );
}
