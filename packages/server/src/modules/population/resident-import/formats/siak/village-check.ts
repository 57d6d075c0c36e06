// SIAK's export names each resident's village and district by name ("Desa/Kel": SARONGAN, "Kecamatan":
// PESANGGARAN), and a district's export holds all its villages. A row naming another village, or the same name
// in another district (Banyuwangi has two Karangrejo, two Tamansari, two Watukebo), is refused on its line, as
// OpenDK's desa_id is: a registry never files a resident under the wrong village because a file said so. An
// empty cell is not checked (village copies often leave it out); names are compared without case, spacing,
// punctuation and a leading "Desa"/"Kel."/"Kec." word, since SIAK, villages and the region list write them
// differently.
import {
  issueBuilder,
  type RowIssue,
  type RowIssueCatalogue,
} from '../../../../../platform/imports/row-issues.ts';
import { readText } from '../../../../../platform/sheets/cell-values.ts';
import type { RawRow } from '../../../../../platform/sheets/read-sheet.ts';
import type { SiakHeader } from './layout.ts';

export const SIAK_OWN_ISSUES = {
  DESA_KEL_OTHER_VILLAGE: {
    level: 'error',
    id: 'Kolom Desa/Kel menyebut desa/kelurahan lain; baris ini tidak diimpor ke desa ini.',
    en: 'The Desa/Kel column names another village; the line is not imported here.',
  },
  KECAMATAN_OTHER_DISTRICT: {
    level: 'error',
    id: 'Kolom Kecamatan menyebut kecamatan lain; baris ini tidak diimpor ke desa ini.',
    en: 'The Kecamatan column names another district; the line is not imported here.',
  },
} as const satisfies RowIssueCatalogue;

const issueOf = issueBuilder(SIAK_OWN_ISSUES);

export interface VillageNames {
  village: string;
  district: string;
}

const PREFIX = /^(?:DESA|DS|KELURAHAN|KEL|KECAMATAN|KEC)\b\.?\s*/;

/** "Kel. Sumber Agung", "SUMBERAGUNG" and "Sumberagung" are one name. */
export function placeKey(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(PREFIX, '')
    .replace(/[^A-Z0-9]/g, '');
}

function named(cell: RawRow<SiakHeader>['cells'][SiakHeader]): string | null {
  const read = readText(cell ?? null, 'desa/kel', 100);
  return read.ok && read.value !== null && read.value.trim() !== '-' ? read.value.trim() : null;
}

/** The line's refusals when it names another village or district; none when it names this one or none. */
export function otherVillageIssues(row: RawRow<SiakHeader>, home: VillageNames): RowIssue[] {
  const issues: RowIssue[] = [];
  const village = named(row.cells['desa/kel']);
  if (village !== null && placeKey(village) !== placeKey(home.village))
    issues.push(
      issueOf(
        'DESA_KEL_OTHER_VILLAGE',
        'Desa/Kel',
        `Baris ini milik desa/kelurahan "${village.slice(0, 60)}", bukan ${home.village}. Impor baris itu di desanya sendiri, atau hapus barisnya.`,
        `This line belongs to village "${village.slice(0, 60)}", not ${home.village}. Import it in its own village, or remove the line.`,
      ),
    );
  const district = named(row.cells.kecamatan);
  if (district !== null && placeKey(district) !== placeKey(home.district))
    issues.push(
      issueOf(
        'KECAMATAN_OTHER_DISTRICT',
        'Kecamatan',
        `Baris ini milik Kecamatan "${district.slice(0, 60)}", bukan Kecamatan ${home.district}. Impor baris itu di desanya sendiri, atau hapus barisnya.`,
        `This line belongs to the district "${district.slice(0, 60)}", not ${home.district}. Import it in its own village, or remove the line.`,
      ),
    );
  return issues;
}
