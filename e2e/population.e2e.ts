// A village operator imports a small OpenSID file through the import wizard (choose, check, review, decide,
// save), then finds one of the new residents in the resident list with a misspelt name: the whole path a
// village office takes on day one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startApp, type RunningApp } from './harness.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app?.stop());

// The 43 columns of OpenSID's "Data Penduduk" sheet, in the template's order.
const HEADERS = [
  'alamat', 'dusun', 'rw', 'rt', 'nama', 'no_kk', 'nik', 'sex', 'tempatlahir', 'tanggallahir', 'agama_id',
  'pendidikan_kk_id', 'pendidikan_sedang_id', 'pekerjaan_id', 'status_kawin', 'kk_level', 'warganegara_id',
  'ayah_nik', 'nama_ayah', 'ibu_nik', 'nama_ibu', 'golongan_darah_id', 'akta_lahir', 'dokumen_pasport',
  'tanggal_akhir_paspor', 'dokumen_kitas', 'akta_perkawinan', 'tanggalperkawinan', 'akta_perceraian',
  'tanggalperceraian', 'cacat_id', 'cara_kb_id', 'hamil', 'ktp_el', 'status_rekam', 'alamat_sekarang',
  'status_dasar', 'suku', 'tag_id_card', 'id_asuransi', 'no_asuransi', 'lat', 'lng',
] as const; // prettier-ignore

interface Person {
  name: string;
  birth: string; // YYYY-MM-DD
  female: boolean;
  level: number; // SHDK: 1 head, 3 wife, 4 child
  serial: string;
}

/** NIK of district 35.10.01: birth date DDMMYY with 40 added to the day for women, then a serial. */
function nik(person: Person): string {
  const [year, month, day] = person.birth.split('-');
  const dd = String(Number(day) + (person.female ? 40 : 0)).padStart(2, '0');
  return `351001${dd}${month}${year!.slice(2)}${person.serial}`;
}

/** One family of four plus a widow on her own card: 5 rows, every one valid. Serials 99xx avoid the demo data. */
function openSidCsv(): string {
  const families = [
    {
      kk: '3510011203259901',
      address: { alamat: 'Jl. Kenanga No. 3', dusun: 'Krajan', rw: '001', rt: '002' },
      members: [
        { name: 'Slamet Riyadi', birth: '1980-05-12', female: false, level: 1, serial: '9901' },
        { name: 'Siti Aminah', birth: '1983-07-21', female: true, level: 3, serial: '9902' },
        { name: 'Dewi Lestari', birth: '2006-01-03', female: true, level: 4, serial: '9903' },
        { name: 'Bagus Pratama', birth: '2010-11-30', female: false, level: 4, serial: '9904' },
      ],
    },
    {
      kk: '3510011503259902',
      address: { alamat: 'Jl. Kenanga No. 9', dusun: 'Krajan', rw: '001', rt: '003' },
      members: [{ name: 'Wiji Astuti', birth: '1958-01-31', female: true, level: 1, serial: '9905' }],
    },
  ];
  const rows = families.flatMap((family) =>
    family.members.map((person) => {
      const [year, month, day] = person.birth.split('-');
      const cells: Partial<Record<(typeof HEADERS)[number], string>> = {
        ...family.address,
        nama: person.name,
        no_kk: family.kk,
        nik: nik(person),
        sex: person.female ? '2' : '1',
        tempatlahir: 'Banyuwangi',
        tanggallahir: `${day}/${month}/${year}`,
        agama_id: '1',
        kk_level: String(person.level),
        warganegara_id: '1',
        status_dasar: '1',
      };
      return HEADERS.map((header) => cells[header] ?? '').join(',');
    }),
  );
  return [HEADERS.join(','), ...rows].join('\r\n') + '\r\n';
}

describe('importing residents and finding them again', () => {
  it('uploads an OpenSID CSV, commits it, and finds "Siti Aminah" when searching "Siti Aminnah"', async () => {
    const page = await app.browser.newPage({ viewport: { width: 375, height: 812 } });

    // Sign in as the operator of Desa Sarongan through the login page.
    await signIn(page, app.baseUrl, 'operator.sarongan');

    // Import wizard, step 1: choose the file and upload it; step 2 checks it on the server.
    await page.goto(`${app.baseUrl}/penduduk/impor`);
    const steps = page.getByTestId('import-steps');
    expect(await steps.textContent()).toContain('Langkah 1 dari 5');
    await page.getByLabel('Berkas data penduduk').setInputFiles({
      name: 'penduduk-sarongan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(openSidCsv(), 'utf8'),
    });
    await page.getByRole('button', { name: 'Unggah dan periksa' }).click();

    // Step 3: the review, with the counts in the importer's words and the planned changes by line.
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 90_000 });
    expect(await steps.textContent()).toContain('Langkah 3 dari 5');
    const summaryText = (await summary.textContent()) ?? '';
    expect(summaryText).toContain('Baris diperiksa: 5');
    expect(summaryText).toMatch(/Penduduk baru\s*5/);
    expect(summaryText).toMatch(/Baris salah\s*0/);
    const changes = page.getByTestId('import-rows-changes');
    await changes.locator('tbody tr').first().waitFor();
    expect(await changes.locator('tbody tr').count()).toBe(5);
    // Identifiers stay masked in the review: the regency and a tag, no serial; five NIKs and two KKs, each
    // its own tag (the old mask showed the serials, 9901-9905).
    const reviewText = (await changes.textContent()) ?? '';
    expect(new Set(reviewText.match(/3510•{8}[A-Z]{4}/g)).size).toBe(7);
    expect(reviewText).not.toContain('9902');
    // The birth date the line gives stands beside the masked NIK.
    expect(reviewText).toContain('lahir 21 Juli 1983');

    // Step 4: no errors, so "Simpan semua" is enabled; step 5 saves, then the result.
    await page.getByRole('button', { name: 'Lanjut: putuskan' }).click();
    expect(await steps.textContent()).toContain('Langkah 4 dari 5');
    const saveAll = page.getByRole('button', { name: 'Simpan semua' });
    expect(await saveAll.isEnabled()).toBe(true);
    // Residents stand alone, but with no error there is nothing to leave out.
    expect(await page.getByRole('button', { name: /Simpan baris yang benar saja/ }).count()).toBe(0);
    await saveAll.click();
    const done = page.getByTestId('import-done');
    await done.waitFor({ timeout: 90_000 });
    expect(await done.textContent()).toContain('5 penduduk baru');

    // The resident list tolerates the typo and shows the imported resident.
    await page.getByRole('link', { name: 'Lihat daftar penduduk' }).click();
    await page.getByTestId('resident-list-page').waitFor();
    await page.getByLabel('Cari penduduk').fill('Siti Aminnah');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.waitForURL(/q=Siti\+Aminnah/);
    // The demo data may hold another Siti Aminah; ours is the one born 21 July 1983.
    // Identifiers stay masked in the list: the region prefix and a tag, never the serial.
    const row = page.getByTestId('resident-row').filter({ hasText: '21 Juli 1983' });
    await row.waitFor({ timeout: 30_000 });
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toMatch(/siti aminah/i);
    expect(rowText).toMatch(/3510•{8}[A-Z]{4}/);
    expect(rowText).not.toContain('9902');
    expect(rowText).not.toContain(
      nik({ name: '', birth: '1983-07-21', female: true, level: 3, serial: '9902' }),
    );
    await page.close();
  });
});
