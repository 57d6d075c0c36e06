// A village operator on a phone finds the households whose housing facts are incomplete and opens one.
// Then corrects a household: the form refuses a half-given location and a floor
// area over 999 m² in Indonesian, takes the phone's own location, saves; then takes a family out of the
// house, deletes the house it left empty, and, from that family's card, creates a new household for it,
// landing on its form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness.ts';

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
  it('validates, pins the house with the device location, moves the family out, deletes the empty house and gives the family a household', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 390, height: 844 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, 'operator.sarongan');

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
        // One family only: once it is taken out, the empty household may be deleted.
        if (h.latitude !== null && h.families.length === 1) return h as Household;
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

    // Take the family out of the house, after confirming; only then may the house be deleted.
    expect(await page.getByTestId('delete-household').count()).toBe(0);
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

    // The house now empty, it is deleted after confirming, and the list says so.
    await page.getByTestId('delete-household').click();
    await page
      .getByTestId('delete-household-dialog')
      .getByRole('button', { name: 'Hapus rumah tangga' })
      .click();
    await page.getByTestId('household-list-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/penduduk/rumah-tangga');
    expect(await page.getByTestId('success-notice').textContent()).toMatch(
      /^Rumah tangga .*sudah dihapus\.$/,
    );
    const gone = await page.evaluate(
      async ([village, id]) => (await fetch(`/api/villages/${village}/households/${id}`)).status,
      [VILLAGE, household.id] as const,
    );
    expect(gone).toBe(404);

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

describe('the household list', () => {
  it('shows the households with incomplete housing facts, keeps the filter in the URL and opens a row', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, app.baseUrl, 'operator.sarongan');
    await page.goto(`${app.baseUrl}/penduduk`);
    await page.getByRole('link', { name: 'Rumah tangga', exact: true }).click();
    await page.getByTestId('household-row').first().waitFor();

    const expected = await page.evaluate(
      async (): Promise<number> =>
        (
          (await (await fetch('/api/population/households?incomplete=housing&limit=1')).json()) as {
            total: number;
          }
        ).total,
    );
    expect(expected).toBeGreaterThan(0);

    // On a phone the filters fold behind one button.
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByLabel('Tampilkan').selectOption({ label: 'Data rumah belum lengkap' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.waitForURL(/\/penduduk\/rumah-tangga\?incomplete=housing$/);
    const title = page.locator('#results-title');
    const found = `${expected.toLocaleString('id-ID')} rumah tangga ditemukan`;
    await expect.poll(() => title.textContent()).toBe(found);
    const housing = await page
      .getByTestId('completeness')
      .locator('li', { hasText: /^Rumah / })
      .allTextContents();
    expect(housing.length).toBeGreaterThan(0);
    for (const text of housing) {
      const [, answered, total] = /^Rumah (\d+)\/(\d+)$/.exec(text) ?? [];
      expect(Number(answered), text).toBeLessThan(Number(total));
    }

    // A reload shows the same list; a row opens its household, whose back link returns to the list.
    await page.reload();
    await expect.poll(() => title.textContent()).toBe(found);
    expect(await page.getByRole('button', { name: 'Filter (1)' }).count()).toBe(1);
    const first = page.getByTestId('household-row').first().getByRole('link');
    // A household registered from a family card in the test above has no number yet ("Tanpa nomor").
    const label = (await first.textContent()) ?? '';
    const number = label.startsWith('No. ') ? label.slice('No. '.length) : null;
    await first.click();
    await page.waitForURL(/\/rumah-tangga\/35\.10\.01\.2001\/[0-9a-f-]+$/);
    expect(await page.locator('#household-title').textContent()).toBe(
      number ? `Rumah tangga ${number}` : 'Rumah tangga',
    );
    await page.getByRole('link', { name: 'Kembali ke daftar rumah tangga' }).click();
    await page.getByTestId('household-list-page').waitFor();
    await page.close();
  });
});
