// A village edits a letter's template without being able to break it: refused edits name each field in
// Indonesian and English and change nothing; a saved edit is what the next letter prints; reset returns to
// the catalogue's; the preview renders a draft and issues, numbers and signs nothing. The letterhead logo:
// PNG or JPEG by its bytes, printed on the letters issued after it, kept on the ones issued before.
import { SYSTEM_LETTER_TYPES } from '@smart-kampung/domain/letters/catalogue';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../../../test/test-app.ts';
import { issue, villageReadyForLetters } from '../test-support/letters.ts';
import { multipartFile, solidPng } from '../test-support/images.ts';

const SARONGAN = '35.10.01.2001';
const url = `/api/villages/${SARONGAN}/letter-types/keterangan-usaha`;
const usaha = SYSTEM_LETTER_TYPES.find((type) => type.code === 'keterangan-usaha')!.template;
const edit = { page: usaha.page, letterhead: usaha.letterhead, title: usaha.title, body: usaha.body };
let t: TestApp;
let operator: TestUser;
let reader: TestUser;
let residents: string[];

beforeAll(async () => {
  t = await buildTestApp();
  operator = await t.createUser('village_operator', SARONGAN);
  reader = await t.createUser('district_staff', '35.10.01');
  residents = await villageReadyForLetters(operator, SARONGAN);
});
afterAll(() => t.close());

const written = async () =>
  (
    await sql<{ n: string }>`select (select count(*) from letter)::text || '/' ||
      (select coalesce(sum(last_number), 0) from letter_sequence)::text || '/' ||
      (select count(*) from letter_signing_key)::text || '/' ||
      (select count(*) from village_letter_type where template is not null)::text as n`.execute(t.database.db)
  ).rows[0]!.n;
const business = () => ({
  letterTypeCode: 'keterangan-usaha',
  residentId: residents[0],
  fields: { nama_usaha: 'Warung Kopi', keperluan: 'Modal usaha' },
});

describe('PUT /api/villages/:code/letter-types/:type/template', () => {
  it('refuses an unknown placeholder, an empty title and a margin out of range, in both languages, saving nothing', async () => {
    const before = await written();
    const res = await operator.request({
      method: 'PUT',
      url: `${url}/template`,
      payload: {
        ...edit,
        title: '  ',
        page: { size: 'A4', marginsMm: { top: 15, right: 20, bottom: 15, left: 70 } },
        body: [...edit.body, { kind: 'paragraph', text: 'Usaha milik {subject.nama_lengkap}.' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        field: 'title',
        message: 'Judul surat wajib diisi',
        message_en: 'The letter needs a title',
      }),
      expect.objectContaining({
        field: 'page.marginsMm.left',
        message_en: 'A margin is between 5 and 50 mm',
      }),
      expect.objectContaining({
        field: `body.${edit.body.length}.text`,
        message: expect.stringContaining('{subject.nama_lengkap}'),
        message_en: expect.stringContaining('unknown placeholder'),
      }),
    ]);
    expect(await written()).toBe(before);
  });

  it('saves an edit the next letter prints, keeps the letter issued before, and resets to the catalogue', async () => {
    const before = (await issue(operator, SARONGAN, business())).json();
    const saved = await operator.request({
      method: 'PUT',
      url: `${url}/template`,
      payload: {
        ...edit,
        title: 'SURAT KETERANGAN USAHA MIKRO',
        page: { size: 'A4', marginsMm: { top: 20, right: 20, bottom: 20, left: 30 } },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      customised: true,
      template: { title: 'SURAT KETERANGAN USAHA MIKRO', page: { size: 'A4' }, fields: usaha.fields },
      catalogue: { title: usaha.title },
    });
    const after = (await issue(operator, SARONGAN, business())).json();
    const templates = await t.database.db
      .selectFrom('letter')
      .select(['id', 'template'])
      .where('id', 'in', [before.id, after.id])
      .execute();
    const titleOf = (id: string) =>
      (templates.find((row) => row.id === id)!.template as { title: string }).title;
    expect(titleOf(before.id)).toBe(usaha.title);
    expect(titleOf(after.id)).toBe('SURAT KETERANGAN USAHA MIKRO');
    // What the village set for the type otherwise (on/off, numbering) is not touched by the template.
    const type = await operator.request({ method: 'GET', url });
    expect(type.json()).toMatchObject({ enabled: true, pageSize: 'A4' });

    const reset = await operator.request({ method: 'DELETE', url: `${url}/template` });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ customised: false, template: { title: usaha.title } });
  });

  it('is the village staff’s to change: a district reader may read it but not save it', async () => {
    expect((await reader.request({ method: 'GET', url: `${url}/template` })).statusCode).toBe(200);
    const res = await reader.request({ method: 'PUT', url: `${url}/template`, payload: edit });
    expect(res.statusCode).toBe(403);
  });
});

describe('POST /api/villages/:code/letter-types/:type/preview', () => {
  it('renders the draft with a resident’s data and issues, numbers and signs nothing', async () => {
    const before = await written();
    const res = await operator.request({
      method: 'POST',
      url: `${url}/preview`,
      payload: { template: { ...edit, title: 'DRAF' }, residentId: residents[0] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await written()).toBe(before);
    const broken = await operator.request({
      method: 'POST',
      url: `${url}/preview`,
      payload: { template: { ...edit, title: '' } },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors[0].field).toBe('title');
  });
});

describe('PUT /api/villages/:code/letter-logo', () => {
  const upload = (name: string, content: Buffer, type?: string) =>
    operator.request({
      method: 'PUT',
      url: `/api/villages/${SARONGAN}/letter-logo`,
      ...multipartFile(name, content, type),
    });

  it('refuses what is not a PNG or JPEG by its bytes (whatever its name says), and a logo too large', async () => {
    const fake = await upload('logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().errors[0]).toMatchObject({
      field: 'file',
      message_en: expect.stringContaining('PNG or JPEG'),
    });
    const truncated = await upload('logo.png', solidPng(40, 40).subarray(0, 30));
    expect(truncated.statusCode).toBe(400);
    expect((await upload('logo.png', solidPng(1200, 10))).statusCode).toBe(400);
    expect((await upload('logo.png', Buffer.alloc(300 * 1024, 1))).statusCode).toBe(413);
    expect(
      (await operator.request({ method: 'GET', url: `/api/villages/${SARONGAN}/letter-logo` })).statusCode,
    ).toBe(404);
  });

  it('prints the logo on letters issued after it, and a letter issued before keeps printing without it', async () => {
    const before = (await issue(operator, SARONGAN, business())).json();
    const png = solidPng(120, 120);
    const res = await upload('lambang desa.png', png);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ mediaType: 'image/png', width: 120, height: 120 });
    const shown = await operator.request({ method: 'GET', url: `/api/villages/${SARONGAN}/letter-logo` });
    expect(shown.rawPayload.equals(png)).toBe(true);

    const after = (await issue(operator, SARONGAN, business())).json();
    const heads = await t.database.db
      .selectFrom('letter')
      .select(['id', 'letterhead'])
      .where('id', 'in', [before.id, after.id])
      .execute();
    const logoOf = (id: string) => (heads.find((row) => row.id === id)!.letterhead as { logo?: string }).logo;
    expect(logoOf(before.id)).toBeUndefined();
    expect(logoOf(after.id)).toBe(res.json().sha256);
    const pdf = (id: string) =>
      operator.request({ method: 'GET', url: `/api/villages/${SARONGAN}/letters/${id}/pdf` });
    const [withLogo, without] = [await pdf(after.id), await pdf(before.id)];
    expect(withLogo.statusCode).toBe(200);
    expect(withLogo.rawPayload.includes('/Subtype /Image')).toBe(true);
    expect(without.rawPayload.includes('/Subtype /Image')).toBe(false);

    // Removed: the letter that printed it still does (its version is kept).
    expect(
      (await operator.request({ method: 'DELETE', url: `/api/villages/${SARONGAN}/letter-logo` })).statusCode,
    ).toBe(204);
    expect((await pdf(after.id)).rawPayload.includes('/Subtype /Image')).toBe(true);
  });
});
