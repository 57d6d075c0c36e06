// A village operator on a phone imports OpenSID's household file (FormatImporRTM): a file that is not the
// template is refused on upload, a file with a broken NIK is checked, listed by line and dropped, and the
// corrected one is saved: two family cards move into a new household whose head is the resident marked 1.
// Then the operator hands the head role to another member on the household's form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

const VILLAGE = '35.10.01.2001';
const NUMBER = 'E2E-01';

interface Pick {
  /** Head of the first family: the new household's head. */
  head: { id: string; name: string; nik: string; familyId: string };
  /** A member of a second family, in another household: their whole card moves too. */
  member: { id: string; name: string; nik: string; familyId: string };
}

interface Card {
  id: string;
  householdId: string | null;
  members: { id: string; fullName: string; relationship: number | null; status: string }[];
}

const rtm = (rows: string[][]): string =>
  ['NIK,NOMOR RUMAH TANGGA,STATUS HUBUNGAN DALAM RUMAH TANGGA', ...rows.map((row) => row.join(','))].join(
    '\r\n',
  ) + '\r\n';

describe('importing households from OpenSID', () => {
  it('refuses a wrong file, lists an error by line, saves the corrected file, and lets the head be changed', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, app.baseUrl, 'operator.sarongan');

    // Two families of the demo village in two different households, and their NIKs (an audited reveal).
    const pick = await page.evaluate(async (village): Promise<Pick | null> => {
      const get = async <T>(path: string): Promise<T> => (await fetch(path)).json() as Promise<T>;
      const residents = await get<{ items: { relationship: number | null; familyId: string | null }[] }>(
        `/api/population/residents?region=${village}&limit=100`,
      );
      const cards: Card[] = [];
      for (const resident of residents.items) {
        if (resident.relationship !== 1 || !resident.familyId) continue;
        const card = await get<Card>(`/api/villages/${village}/families/${resident.familyId}`);
        const present = card.members.filter((m) => m.status === 'present');
        if (!card.householdId || present.length < 2) continue;
        if (cards.some((c) => c.householdId === card.householdId)) continue;
        cards.push(card);
        if (cards.length === 2) break;
      }
      const [first, second] = cards;
      if (!first || !second) return null;
      const head = first.members.find((m) => m.relationship === 1 && m.status === 'present');
      const member = second.members.find((m) => m.relationship !== 1 && m.status === 'present');
      if (!head || !member) return null;
      const nikOf = async (card: Card, id: string) => {
        const response = await fetch(`/api/villages/${village}/families/${card.id}/reveal`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ reason: 'Uji impor rumah tangga' }),
        });
        const revealed = (await response.json()) as { members: { id: string; nik: string }[] };
        return revealed.members.find((m) => m.id === id)?.nik ?? '';
      };
      return {
        head: { id: head.id, name: head.fullName, nik: await nikOf(first, head.id), familyId: first.id },
        member: {
          id: member.id,
          name: member.fullName,
          nik: await nikOf(second, member.id),
          familyId: second.id,
        },
      };
    }, VILLAGE);
    if (!pick) throw new Error('no two families in two households in the demo village');

    await page.goto(`${app.baseUrl}/penduduk/impor`);
    await page.getByRole('link', { name: 'Impor rumah tangga' }).first().click();
    await page.locator('[data-testid="import-page"][data-importer="households"]').waitFor();
    expect(await page.getByRole('link', { name: /Unduh templat/ }).getAttribute('download')).toBe(
      'template-impor-rumah-tangga-opensid.csv',
    );

    const choose = (name: string, content: string) =>
      page.getByLabel('Berkas rumah tangga').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(content, 'utf8'),
      });
    const upload = () => page.getByRole('button', { name: 'Unggah dan periksa' }).click();

    // A file that is not the RTM template is refused on the upload itself, on the file field.
    await choose('bukan-rtm.csv', 'nama,alamat\r\nSiti,Krajan\r\n');
    await upload();
    const fieldError = page.locator('[data-field="file"] .field-error');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toMatch(/\S/);
    expect(await page.getByTestId('import-file-step').isVisible()).toBe(true);

    // A file with a NIK of 15 digits on line 4: checked, the line listed, nothing can be saved.
    const good = [
      [pick.head.nik, NUMBER, '1'],
      [pick.member.nik, NUMBER, 'ANGGOTA'],
    ];
    await choose('rtm-salah.csv', rtm([...good, ['351001010180000', NUMBER, '2']]));
    await upload();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/Baris salah\s*1/);
    const errorRow = page.getByTestId('import-rows-errors').locator('tr.row-error');
    await errorRow.first().waitFor();
    expect(await errorRow.count()).toBe(1);
    expect(await errorRow.textContent()).toContain('Baris 4');
    expect(await errorRow.textContent()).toContain('NIK');

    // Households span lines: all or nothing, so there is no "valid lines only"; the import is dropped.
    await page.getByRole('button', { name: 'Lanjut: putuskan' }).click();
    expect(await page.getByRole('button', { name: 'Simpan semua' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /Simpan baris yang benar saja/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Batalkan impor' }).click();
    await page.getByTestId('import-cancelled').waitFor();
    await page.getByRole('button', { name: 'Unggah berkas lain' }).click();
    // The dropped import is listed among the village's recent ones.
    const recent = page.getByTestId('recent-imports').locator('li', { hasText: 'rtm-salah.csv' });
    await recent.waitFor();
    expect(await recent.textContent()).toContain('Dibatalkan');

    // The corrected file: one new household; warnings do not block.
    await choose('rtm.csv', rtm(good));
    await upload();
    await summary.waitFor({ timeout: 60_000 });
    const checked = (await summary.textContent()) ?? '';
    expect(checked).toMatch(/Rumah tangga baru\s*1/);
    expect(checked).toMatch(/Baris salah\s*0/);
    await page.getByRole('button', { name: 'Lanjut: putuskan' }).click();
    await page.getByRole('button', { name: 'Simpan semua' }).click();
    const done = page.getByTestId('import-done');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toContain('1 rumah tangga baru');
    expect(await done.textContent()).toContain('2 KK pindah rumah tangga');

    // Both cards are now in the same household, headed by the resident marked 1.
    const householdId = await page.evaluate(
      async ([village, a, b]) => {
        const card = async (id: string) =>
          (await (await fetch(`/api/villages/${village}/families/${id}`)).json()) as {
            householdId: string | null;
          };
        const [first, second] = [await card(a), await card(b)];
        return first.householdId !== null && first.householdId === second.householdId
          ? first.householdId
          : null;
      },
      [VILLAGE, pick.head.familyId, pick.member.familyId] as const,
    );
    expect(householdId).not.toBeNull();
    await page.goto(`${app.baseUrl}/rumah-tangga/${VILLAGE}/${householdId}`);
    const head = page.getByTestId('household-head');
    await head.waitFor();
    expect(await head.getByRole('link').textContent()).toBe(pick.head.name);
    expect(await page.getByTestId('household-page').textContent()).toContain(`Rumah tangga ${NUMBER}`);

    // The head role goes to the member of the second card, on the household's form.
    await page.getByTestId('edit-household').click();
    const select = page.getByTestId('head-select');
    await expect.poll(() => select.isEnabled(), { timeout: 30_000 }).toBe(true);
    expect(await select.inputValue()).toBe(pick.head.id);
    await select.selectOption(pick.member.id);
    await page.getByRole('button', { name: 'Simpan rumah tangga' }).click();
    await page.getByTestId('household-page').waitFor();
    expect(await page.getByTestId('household-head').getByRole('link').textContent()).toBe(pick.member.name);
    await page.close();
  });
});
