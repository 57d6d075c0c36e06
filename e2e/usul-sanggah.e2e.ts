// Usul and sanggah at phone width (390 px), issue 13's "done when": on the public Cek Bansos page a misspelt
// name still finds a recipient of the village; the demo citizen signs in with NIK + PIN and proposes her own
// family for a regency program, with a photo of the house from the phone's camera; the village operator checks
// it, records the musyawarah desa with its berita acara (PDF) and accepts it there; the district's staff
// forward it; Dinas Sosial records the verification visit (findings, a photo, the family's welfare facts) and
// enrols the family; the citizen sees "enrolled" with Dinas Sosial's reason, and Cek Bansos now finds her, by a
// misspelt name, with the program. Overdue items say so in words in every queue. Screenshots of every new page
// at 390 and 1280 px go to e2e/screenshots/.
import { readFileSync } from 'node:fs';
import { maskPublicName } from '@smart-kampung/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness.ts';
import {
  cameraPicture,
  call,
  cekBansos,
  citizenPage,
  DEMO_CITIZEN,
  MINUTES_PDF,
  misspelt,
  phone,
  shoot,
  staffPage,
  VILLAGE,
  wide,
} from './usul-sanggah-steps.ts';

let app: RunningApp;
/** The demo citizen's name, and the regency program her family does not receive yet. */
let herName: string;
let program: { id: string; name: string };
let recipientName: string;

const statusOf = (page: Page) => page.getByTestId('proposal-item').locator('[data-status]').first();

beforeAll(async () => {
  app = await startApp();
  const citizen = await (await app.browser.newContext()).newPage();
  await citizen.goto(`${app.baseUrl}/login`);
  const login = await citizen.request.post(`${app.baseUrl}/api/auth/citizen-login`, { data: DEMO_CITIZEN });
  expect(login.status()).toBe(200);
  herName = (await call(citizen, '/api/auth/me')).user.displayName;
  const family = await call(citizen, '/api/me/family');
  await citizen.context().close();
  // At the office, what the family and its household receive, so the test proposes a program it does not.
  const operator = await staffPage(app.browser, app.baseUrl, 'operator.sarongan');
  const receives = new Set<string>();
  for (const [unit, id] of [
    ['family', family.id],
    ['household', family.householdId],
  ] as const)
    if (id)
      for (const e of await call(operator, `/api/villages/${VILLAGE}/assistance/units/${unit}/${id}`))
        if (e.status !== 'exited') receives.add(e.programCode);
  const programs: { id: string; code: string; name: string }[] = await call(
    operator,
    `/api/assistance/programs?region=${VILLAGE}`,
  );
  const chosen = ['BANSOS-PEMDA', 'RTLH'].find((code) => !receives.has(code));
  if (!chosen) throw new Error('the demo citizen’s family already receives every regency program');
  program = programs.find((p) => p.code === chosen)!;
  // A recipient of the village with a plain name of two words or more, for the public look-up.
  const sembako = programs.find((p) => p.code === 'SEMBAKO')!;
  const page = await call(
    operator,
    `/api/assistance/programs/${sembako.id}/recipients?region=${VILLAGE}&status=active&limit=50`,
  );
  recipientName = (page.items as { name: string | null }[])
    .map((i) => i.name)
    .find((n): n is string => !!n && /^[A-Za-z]+( [A-Za-z]+)+$/.test(n) && n.length >= 8)!;
  await operator.context().close();
}, 300_000);
afterAll(() => app?.stop());

describe('usul from a phone to Dinas Sosial’s enrolment', () => {
  it('is looked up, proposed, checked, decided at the musyawarah, forwarded, visited and enrolled', async () => {
    // Public Cek Bansos: a neighbour's name typed with a typo still finds the neighbour, masked.
    const visitor = await (await app.browser.newContext(phone)).newPage();
    await cekBansos(visitor, app.baseUrl, misspelt(recipientName));
    await visitor
      .locator('article.cb-card')
      .filter({ has: visitor.getByRole('heading', { name: maskPublicName(recipientName), exact: true }) })
      .first()
      .waitFor({ timeout: 60_000 });
    expect(await visitor.locator('body').textContent()).not.toContain(recipientName);

    // The citizen proposes her own family, with a photo of the house.
    const citizen = await citizenPage(app.browser, app.baseUrl);
    await citizen.getByTestId('my-proposals-link').click();
    await citizen.getByTestId('my-proposals').waitFor();
    await citizen.getByTestId('own-proposal').first().waitFor();
    await shoot(citizen, 'usul-saya');
    await citizen.getByRole('link', { name: 'Buat usul atau sanggah' }).click();
    await citizen.getByLabel('Program bantuan').selectOption({ label: program.name });
    await citizen.getByLabel('Keluarga saya sendiri').check();
    await citizen.getByLabel(/^Alasan/).fill('Suami sakit, tidak ada penghasilan tetap');
    await citizen
      .locator('#house-photo-new')
      .setInputFiles({ name: 'rumah.png', mimeType: 'image/png', buffer: await cameraPicture(citizen) });
    await shoot(citizen, 'usul-baru');
    const photoSent = citizen.waitForResponse((r) => r.url().endsWith('/photos') && r.status() === 201);
    await citizen.getByRole('button', { name: 'Kirim' }).click();
    const photo = await (await photoSent).json();
    expect(photo.housePhotos).toBe(1);
    await citizen.getByTestId('success-notice').waitFor();
    const mine = await call(citizen, '/api/me/assistance/proposals');
    const id: string = mine.items[0].id;
    const card = citizen.getByTestId('own-proposal').first();
    expect(await card.locator('[data-status]').getAttribute('data-status')).toBe('submitted');
    expect(await card.innerText()).toMatch(/Selesai paling lambat/);

    // The operator's queue: the overdue item of the demo leads it, in words; the new one waits for the check.
    const operator = await staffPage(app.browser, app.baseUrl, 'operator.sarongan');
    await operator.goto(`${app.baseUrl}/usul-sanggah`);
    await operator.getByTestId('proposal-queue').waitFor();
    const first = operator.getByTestId('proposal-row').first();
    await first.waitFor();
    expect(await first.innerText()).toMatch(/Terlambat \d+ hari/);
    expect(await operator.getByTestId('overdue-count').innerText()).toMatch(/melewati tenggat/);
    await shoot(operator, 'usul-antrean-desa');
    await operator.locator(`[data-id="${id}"] a`).click();
    await operator.getByTestId('step-panel').waitFor();
    expect(await operator.getByTestId('step-panel').getAttribute('data-step')).toBe('check');
    await operator.getByLabel('Lengkap, dibawa ke musyawarah desa').check();
    await shoot(operator, 'usul-periksa');
    await operator.getByRole('button', { name: 'Simpan hasil pemeriksaan' }).click();
    await expect.poll(() => statusOf(operator).getAttribute('data-status')).toBe('checked');

    // The musyawarah desa: the meeting, its berita acara, and the decision on the item.
    await operator.getByRole('link', { name: 'Musyawarah desa' }).click();
    await operator.getByTestId('meeting-form').waitFor();
    await operator.getByLabel('Tempat').fill('Pendopo Desa Sarongan');
    await operator.getByLabel('Jumlah hadir').fill('41');
    await operator.getByLabel('Yang hadir (boleh kosong)').fill('Kepala Desa, BPD, ketua RT/RW');
    await operator.getByRole('button', { name: 'Simpan musyawarah' }).click();
    const meeting = operator.getByTestId('meeting').filter({ hasText: 'Pendopo Desa Sarongan' });
    await meeting.waitFor();
    await meeting
      .locator('input[type="file"]')
      .setInputFiles({ name: 'berita-acara.pdf', mimeType: 'application/pdf', buffer: MINUTES_PDF });
    await meeting.getByTestId('minutes-download').waitFor();
    const pending = operator.locator(`[data-testid="pending-decision"][data-id="${id}"]`);
    await pending.getByLabel('Diterima').check();
    await pending.getByLabel('Alasan').fill('Disepakati musyawarah: keluarga layak dibantu');
    await shoot(operator, 'usul-musyawarah');
    await pending.getByRole('button', { name: 'Simpan keputusan' }).click();
    await pending.getByText('Diterima — Disepakati musyawarah').waitFor();

    // The district forwards it to Dinas Sosial.
    const district = await staffPage(app.browser, app.baseUrl, 'camat.pesanggaran');
    await district.goto(`${app.baseUrl}/usul-sanggah`);
    await district.locator(`[data-id="${id}"] a`).click();
    await district.getByRole('button', { name: 'Teruskan ke Dinas Sosial' }).click();
    await expect.poll(() => statusOf(district).getAttribute('data-status')).toBe('at_agency');

    // Dinas Sosial visits the house and enrols the family; its queue too says what is overdue, and it
    // downloads the ministry's workbook of what it proposed upward (the demo holds one).
    const dinsos = await staffPage(app.browser, app.baseUrl, 'dinsos', { ...phone, acceptDownloads: true });
    await dinsos.goto(`${app.baseUrl}/usul-sanggah`);
    expect(await dinsos.getByTestId('overdue-count').innerText()).toMatch(/melewati tenggat/);
    const download = dinsos.waitForEvent('download');
    await dinsos.getByTestId('ministry-export').click();
    const workbook = readFileSync(await (await download).path());
    expect(workbook.subarray(0, 2).toString()).toBe('PK');
    await dinsos.locator(`[data-id="${id}"] a`).click();
    await dinsos.getByLabel('Temuan di lapangan').fill('Dinding bambu, lantai tanah, tidak ada jamban');
    const visitPhoto = dinsos.waitForResponse((r) => r.url().endsWith('/photos') && r.status() === 201);
    await dinsos
      .locator(`#visit-photo-${id}`)
      .setInputFiles({ name: 'kunjungan.png', mimeType: 'image/png', buffer: await cameraPicture(dinsos) });
    await visitPhoto;
    await dinsos.getByLabel(/Perbarui data kesejahteraan keluarga/).check();
    await dinsos.getByTestId('visit-facts').waitFor();
    await shoot(dinsos, 'usul-kunjungan');
    await dinsos.getByRole('button', { name: 'Simpan kunjungan' }).click();
    await expect.poll(() => statusOf(dinsos).getAttribute('data-status')).toBe('visited');
    await dinsos.getByLabel('Tetapkan sebagai penerima').check();
    await dinsos.getByLabel(/^Alasan/).fill('Hasil verifikasi: memenuhi kriteria');
    await shoot(dinsos, 'usul-keputusan-dinsos');
    await dinsos.getByRole('button', { name: 'Simpan keputusan Dinas Sosial' }).click();
    await expect.poll(() => statusOf(dinsos).getAttribute('data-status')).toBe('enrolled');
    await shoot(dinsos, 'usul-ditetapkan');

    // The citizen sees the enrolment and Dinas Sosial's reason.
    await citizen.reload();
    const decided = citizen.getByTestId('own-proposal').first();
    await decided.waitFor();
    expect(await decided.locator('[data-status]').getAttribute('data-status')).toBe('enrolled');
    expect(await decided.innerText()).toContain('Ditetapkan sebagai penerima');
    expect(await decided.getByTestId('agency-decision').innerText()).toContain(
      'Hasil verifikasi: memenuhi kriteria',
    );
    await shoot(citizen, 'usul-saya-ditetapkan');

    // Cek Bansos now finds her, by a misspelt name, with the program.
    await cekBansos(visitor, app.baseUrl, misspelt(herName));
    await visitor
      .locator('article.cb-card')
      .filter({ has: visitor.getByRole('heading', { name: maskPublicName(herName), exact: true }) })
      .filter({ hasText: program.name })
      .first()
      .waitFor({ timeout: 60_000 });
    for (const page of [visitor, citizen, operator, district, dinsos]) await page.context().close();
  });
});

describe('the new pages at 390 and 1280 px', () => {
  it.each([
    ['phone', phone],
    ['wide', wide],
  ] as const)('shows each page on a %s', async (_name, size) => {
    const operator = await staffPage(app.browser, app.baseUrl, 'operator.sarongan', size);
    await operator.goto(`${app.baseUrl}/usul-sanggah?tampil=all`);
    await operator.getByTestId('proposal-row').first().waitFor();
    await shoot(operator, 'usul-antrean-semua');
    await operator.getByTestId('proposal-row').first().locator('a').click();
    await operator.getByTestId('item-hints').waitFor();
    await shoot(operator, 'usul-item-terlambat');
    await operator.goto(`${app.baseUrl}/usul-sanggah/baru`);
    await operator.getByTestId('desk-proposal').waitFor();
    await shoot(operator, 'usul-meja-layanan');
    await operator.goto(`${app.baseUrl}/usul-sanggah/musyawarah`);
    await operator.getByTestId('meeting').first().waitFor();
    await shoot(operator, 'usul-musyawarah-daftar');
    const admin = await staffPage(app.browser, app.baseUrl, 'admin', size);
    await admin.goto(`${app.baseUrl}/usul-sanggah/tenggat`);
    await admin.getByTestId('deadlines-page').waitFor();
    // The regency admin sets a step's working days (the same five: the demo's clock stays as it was).
    await admin.getByLabel('Hari kerja: Pemeriksaan operator desa').fill('5');
    await admin.getByRole('button', { name: 'Simpan tenggat' }).click();
    await admin.getByText('Tenggat tersimpan.').waitFor();
    await shoot(admin, 'usul-tenggat');
    const dinsos = await staffPage(app.browser, app.baseUrl, 'dinsos', size);
    await dinsos.goto(`${app.baseUrl}/usul-sanggah`);
    await dinsos.getByTestId('proposal-row').first().waitFor();
    await shoot(dinsos, 'usul-antrean-dinsos');
    const district = await staffPage(app.browser, app.baseUrl, 'camat.pesanggaran', size);
    await district.goto(`${app.baseUrl}/usul-sanggah`);
    await district.getByTestId('proposal-queue').waitFor();
    await shoot(district, 'usul-antrean-kecamatan');
    const citizen = await citizenPage(app.browser, app.baseUrl, size);
    await citizen.goto(`${app.baseUrl}/usul-saya/baru`);
    await citizen.getByLabel('Sanggah: penerima tidak layak').check();
    await citizen.getByLabel('Program bantuan').selectOption({ index: 1 });
    await shoot(citizen, 'sanggah-baru');
    for (const page of [operator, admin, dinsos, district, citizen]) await page.context().close();
  });
});
