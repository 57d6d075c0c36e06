// A village operator on a phone corrects a household: the form refuses a half-given location and a floor
// area over 999 m² in Indonesian, takes the phone's own location, saves; then takes a family out of the
// house and, from that family's card, creates a new household for it, landing on its form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

const VILLAGE = '35.10.01.2001';

interface Household {
  id: string;
  latitude: number;
  longitude: number;
  families: { id: string; headName: string | null }[];
}

describe('editing a household', () => {
  it('validates, pins the house with the device location, moves a family out and gives it a household', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 390, height: 844 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('Nama pengguna').fill('operator.sarongan');
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByTestId('dashboard').waitFor();

    // A household of the demo village with a pin, found through the API with the operator's session.
    const household = await page.evaluate(async (village): Promise<Household | null> => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read as the test asserts it
      const get = async (path: string): Promise<any> => (await fetch(path)).json();
      const residents = await get(`/api/population/residents?region=${village}&limit=50`);
      for (const resident of residents.items) {
        if (resident.relationship !== 1 || !resident.familyId) continue;
        const family = await get(`/api/villages/${village}/families/${resident.familyId}`);
        if (!family.householdId) continue;
        const h = await get(`/api/villages/${village}/households/${family.householdId}`);
        if (h.latitude !== null && h.families.length > 0) return h as Household;
      }
      return null;
    }, VILLAGE);
    if (!household) throw new Error('no household with a pin in the demo village');
    // The phone stands a few metres from the recorded pin, inside the village.
    await context.setGeolocation({
      latitude: household.latitude + 0.0001,
      longitude: household.longitude,
      accuracy: 12,
    });

    await page.goto(`${app.baseUrl}/rumah-tangga/${VILLAGE}/${household.id}`);
    await page.getByTestId('edit-household').click();
    await page.getByTestId('household-form').waitFor();

    // Checks in the browser, before anything is sent.
    await page.getByLabel('Bujur').fill('');
    await page.getByLabel('Luas lantai (m²)').fill('1000');
    await page.getByRole('button', { name: 'Simpan rumah tangga' }).click();
    const errors = page.locator('.field-error');
    await expect
      .poll(() => errors.allTextContents())
      .toEqual([
        'Isi lintang dan bujur bersama-sama, atau kosongkan keduanya.',
        'Luas lantai berupa bilangan bulat 1–999 m².',
      ]);

    // The device location fills both numbers; then a real save.
    await page.getByRole('button', { name: 'Gunakan lokasi saya' }).click();
    const expectedLat = (household.latitude + 0.0001).toFixed(6);
    await expect.poll(() => page.getByLabel('Lintang').inputValue()).toBe(expectedLat);
    expect(await page.getByLabel('Bujur').inputValue()).toBe(household.longitude.toFixed(6));
    await page.getByLabel('Luas lantai (m²)').fill('48');
    await page.getByLabel('Jenis atap terluas').selectOption({ label: 'Seng' });
    await page.getByRole('button', { name: 'Simpan rumah tangga' }).click();
    await page.getByTestId('household-page').waitFor();
    expect(await page.getByTestId('success-notice').textContent()).toBe('Data rumah tangga sudah disimpan.');
    const pageText = (await page.getByTestId('household-page').textContent()) ?? '';
    expect(pageText).toContain(`Koordinat: ${expectedLat}`);
    expect(pageText).toContain('48 m²');
    expect(pageText).toContain('Seng');

    // Take the first family out of the house, after confirming.
    const family = household.families[0]!;
    const row = page
      .locator('.household-family')
      .filter({ hasText: family.headName ?? '' })
      .first();
    await row.getByRole('button', { name: 'Keluarkan' }).click();
    await page
      .getByTestId('remove-family-dialog')
      .getByRole('button', { name: 'Keluarkan dari rumah tangga' })
      .click();
    await expect.poll(() => page.getByText('sudah dikeluarkan dari rumah tangga ini').count()).toBe(1);

    // Its family card now offers a new household at the card's address.
    await page.goto(`${app.baseUrl}/keluarga/${VILLAGE}/${family.id}`);
    await page.getByTestId('create-household').click();
    await page
      .getByTestId('create-household-dialog')
      .getByRole('button', { name: 'Buat rumah tangga' })
      .click();
    await page.waitForURL(/\/rumah-tangga\/35\.10\.01\.2001\/[0-9a-f-]+\/ubah$/);
    await page.getByTestId('household-form').waitFor();
    expect(await page.getByTestId('success-notice').textContent()).toContain('Rumah tangga sudah dibuat');
    const newId = page.url().split('/').at(-2);
    const card = await page.evaluate(
      async ([village, id]): Promise<{ householdId: string | null; address: string | null }> =>
        (await fetch(`/api/villages/${village}/families/${id}`)).json() as Promise<{
          householdId: string | null;
          address: string | null;
        }>,
      [VILLAGE, family.id] as const,
    );
    expect(card.householdId).toBe(newId);
    expect(await page.getByLabel('Alamat', { exact: true }).inputValue()).toBe(card.address ?? '');
    await context.close();
  });
});
