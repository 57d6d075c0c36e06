// A village operator on a phone imports the housing sheet of the DTKS/Regsosek 2022 workbook: a file with an
// unknown code is checked and listed by line (with the question number and its label), while the note that
// a recorded follow-up will be cleared is shown too; nothing can be saved, so the import is dropped. The
// corrected file is saved, and the two households the cards live in carry the new answers: a new floor, and
// no installed power once the lighting is not metered PLN electricity. On that house's form the meters stay off until the lighting is metered again; a
// second meter is then recorded and shown, a third (none) is not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

const VILLAGE = '35.10.01.2001';
const HEADER =
  'no kartu keluarga;301a;301b;302;303;304;305;306a;306b;307a;307b1;307b2;307b3;308;309a;309b;310';

interface Picked {
  kk: string;
  householdId: string;
  housing: Record<string, number | null>;
}

/** One row of the sheet: the card number, then only the answers given (the rest blank). */
const row = (kk: string, answers: Record<string, number>) =>
  HEADER.split(';')
    .map((header, index) => (index === 0 ? kk : String(answers[header] ?? '')))
    .join(';');
const csv = (rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';

describe('importing housing facts from the Regsosek workbook', () => {
  it("lists a file's error by line, saves the corrected one, and the households show it", async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, app.baseUrl, 'operator.sarongan');

    // Two family cards of the demo village in two households, the second lit by metered PLN electricity with
    // its power recorded; their full KK numbers come from the audited reveal.
    const picked = await page.evaluate(async (village): Promise<Picked[]> => {
      const get = async <T>(path: string): Promise<T> => (await fetch(path)).json() as Promise<T>;
      const residents = await get<{ items: { relationship: number | null; familyId: string | null }[] }>(
        `/api/population/residents?region=${village}&limit=100`,
      );
      const found: Picked[] = [];
      for (const resident of residents.items) {
        if (resident.relationship !== 1 || !resident.familyId) continue;
        const card = await get<{ id: string; householdId: string | null }>(
          `/api/villages/${village}/families/${resident.familyId}`,
        );
        if (!card.householdId || found.some((p) => p.householdId === card.householdId)) continue;
        const household = await get<{ housing: Record<string, number | null>; families: unknown[] }>(
          `/api/villages/${village}/households/${card.householdId}`,
        );
        // One card per household, so the file speaks for the whole house.
        if (household.families.length !== 1) continue;
        const metered =
          household.housing.lighting_source === 1 && household.housing.electricity_power !== null;
        if (found.length === 1 && !metered) continue;
        const revealed = await fetch(`/api/villages/${village}/families/${card.id}/reveal`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ reason: 'Uji impor data perumahan' }),
        });
        const { kkNumber } = (await revealed.json()) as { kkNumber: string };
        found.push({ kk: kkNumber, householdId: card.householdId, housing: household.housing });
        if (found.length === 2) break;
      }
      return found;
    }, VILLAGE);
    const [first, second] = picked;
    if (!first || !second) throw new Error('no two single-card households in the demo village');
    // A floor other than the one recorded: ceramic (2), or cement (6) where it is ceramic already.
    const floor = first.housing.floor_material === 2 ? 6 : 2;

    await page.goto(`${app.baseUrl}/penduduk/rumah-tangga`);
    // Penduduk › Impor data, then the housing sheet among the imports.
    await page.getByRole('link', { name: 'Impor data', exact: true }).click();
    await page.getByTestId('import-page').waitFor();
    await page.getByRole('link', { name: 'Impor perumahan' }).click();
    await page.locator('[data-testid="import-page"][data-importer="housing"]').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Impor data perumahan (Regsosek)',
    );
    expect(await page.getByRole('link', { name: /Unduh templat/ }).getAttribute('download')).toBe(
      'template-impor-perumahan-regsosek.csv',
    );

    const choose = (name: string, rows: string[]) =>
      page.getByLabel('Berkas data perumahan').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(csv(rows), 'utf8'),
      });
    const upload = () => page.getByRole('button', { name: 'Unggah dan periksa' }).click();
    const unmetered = row(second.kk, { '307a': 2 });

    // Line 2 answers 303 with a code the list does not have: one error; line 3 clears the recorded power.
    await choose('perumahan-salah.csv', [row(first.kk, { '303': 99 }), unmetered]);
    await upload();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/Baris salah\s*1/);
    expect(await summary.textContent()).toMatch(/Baris dengan catatan\s*1/);
    const errorRow = page.getByTestId('import-rows-errors').locator('tr.row-error');
    await errorRow.first().waitFor();
    expect(await errorRow.count()).toBe(1);
    const errorText = (await errorRow.textContent()) ?? '';
    expect(errorText).toContain('Baris 2');
    expect(errorText).toContain('303 · Jenis lantai terluas');
    expect(errorText).toMatch(new RegExp(`${first.kk.slice(0, 4)}•{8}[A-Z]{4}`));
    await page.getByRole('tab', { name: /Catatan/ }).click();
    const warningRow = page.getByTestId('import-rows-warnings').locator('tr.row-warning').first();
    await warningRow.waitFor();
    const warningText = (await warningRow.textContent()) ?? '';
    expect(warningText).toContain('Baris 3');
    expect(warningText).toContain('307b1 · Daya listrik meteran 1');

    // Nothing can be saved while a line is wrong, and a housing file is all or nothing.
    await page.getByRole('button', { name: 'Lanjut: putuskan' }).click();
    expect(await page.getByRole('button', { name: 'Simpan semua' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /Simpan baris yang benar saja/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Batalkan impor' }).click();
    await page.getByRole('button', { name: 'Unggah berkas lain' }).click();

    // The corrected file: both households change, the note does not block.
    await choose('perumahan.csv', [row(first.kk, { '303': floor }), unmetered]);
    await upload();
    await summary.waitFor({ timeout: 60_000 });
    const checked = (await summary.textContent()) ?? '';
    expect(checked).toMatch(/Rumah tangga berubah\s*2/);
    expect(checked).toMatch(/Baris salah\s*0/);
    await page.getByRole('button', { name: 'Lanjut: putuskan' }).click();
    await page.getByRole('button', { name: 'Simpan semua' }).click();
    const done = page.getByTestId('import-done');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toContain('2 rumah tangga diubah');

    // The second house: lit without a meter, its power cleared; the first: the new floor, on its page.
    const after = await page.evaluate(
      async ([village, id]) =>
        (
          (await (await fetch(`/api/villages/${village}/households/${id}`)).json()) as {
            housing: Record<string, number | null>;
          }
        ).housing,
      [VILLAGE, second.householdId] as const,
    );
    expect(after).toMatchObject({ lighting_source: 2, electricity_power: null });
    expect(after.floor_material).toBe(second.housing.floor_material);

    await done.getByRole('link', { name: 'Lihat daftar rumah tangga' }).click();
    await page.getByTestId('household-list-page').waitFor();
    await page.goto(`${app.baseUrl}/rumah-tangga/${VILLAGE}/${first.householdId}`);
    const facts = page.locator('section[aria-labelledby="housing-title"]');
    await facts.waitFor();
    const floorFact = facts.locator('div', { has: page.getByText('Jenis lantai terluas', { exact: true }) });
    await expect
      .poll(() => floorFact.locator('dd').textContent())
      .toBe(floor === 2 ? 'Keramik' : 'Semen/bata merah');

    // On the second house's form the meters are switched off until the lighting is metered PLN again.
    await page.goto(`${app.baseUrl}/rumah-tangga/${VILLAGE}/${second.householdId}/ubah`);
    await page.getByTestId('household-form').waitFor();
    const meter2 = page.getByLabel('Daya listrik meteran 2', { exact: true });
    await expect.poll(() => meter2.isDisabled(), { timeout: 30_000 }).toBe(true);
    await page
      .getByLabel('Sumber penerangan', { exact: true })
      .selectOption({ label: 'Listrik PLN dengan meteran' });
    expect(await meter2.isEnabled()).toBe(true);
    await page.getByLabel('Daya listrik meteran 1', { exact: true }).selectOption({ label: '900 watt' });
    await meter2.selectOption({ label: '450 watt' });
    await page.getByRole('button', { name: 'Simpan rumah tangga' }).click();
    await page.getByTestId('household-page').waitFor();
    const secondFacts = page.locator('section[aria-labelledby="housing-title"]');
    const fact = (label: string) =>
      secondFacts.locator('div', { has: page.getByText(label, { exact: true }) });
    await expect.poll(() => fact('Daya listrik meteran 2').locator('dd').textContent()).toBe('450 watt');
    expect(await fact('Daya listrik meteran 3').count()).toBe(0);
    await page.close();
  });
});
