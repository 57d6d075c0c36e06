// Text labels of other registries' exports (SIAK, BIP) to our code lists. SIAK writes "Perempuan", "Islam",
// "Kepala Keluarga", "Tidak/Belum Sekolah": the code lists' labels in another case and spacing. Villages and
// Dukcapil also use short forms ("Lk", "BK", "Tdk Th") and other spellings ("Orang Tua", "Katolik"); those are
// listed here, each one an established form (OpenSID's own importer accepts most of them). A label found
// neither way is left as written, so the resident checks report it on its line (CODE_UNKNOWN): nothing is
// guessed.
import {
  AGAMA,
  GOLONGAN_DARAH,
  KK_LEVEL,
  PENDIDIKAN_KK,
  SEX,
  STATUS_DASAR,
  STATUS_KAWIN,
  type CodeList,
} from '@smart-kampung/domain';
import type { PlainCell } from '../../../../platform/sheets/cell-values.ts';

/** Case, runs of spaces and spaces around "/" and "-" do not tell labels apart. */
export function labelKey(label: string): string {
  return label
    .trim()
    .toUpperCase()
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, ' ');
}

/** Other established spellings of a code list's labels, by the label key they are written with. */
const ALIASES = new Map<CodeList, Readonly<Record<string, number>>>([
  [SEX, { L: 1, LK: 1, 'LAKI LAKI': 1, PRIA: 1, P: 2, PR: 2, WANITA: 2 }],
  [STATUS_KAWIN, { BK: 1, K: 2, CH: 3, CM: 4, 'BELUM MENIKAH': 1, MENIKAH: 2 }],
  [KK_LEVEL, { 'ORANG TUA': 7, 'FAMILY LAIN': 9 }],
  [
    AGAMA,
    { KATOLIK: 3, 'KRISTEN KATOLIK': 3, 'KRISTEN PROTESTAN': 2, BUDDHA: 5, KONGHUCU: 6, KHONGHUCHU: 6 },
  ],
  [
    PENDIDIKAN_KK,
    {
      'TIDAK/BLM SEKOLAH': 1,
      'TIDAK TAMAT SD/SEDERAJAT': 2,
      'AKADEMI/DIPLOMA III/SARJANA MUDA': 7,
      'STRATA-I': 8,
      'STRATA-II': 9,
      'STRATA-III': 10,
    },
  ],
  [GOLONGAN_DARAH, { 'TDK TH': 13, 'TIDAK TAHU': 13 }],
  [STATUS_DASAR, { 'PINDAH DALAM NEGERI': 3, 'PINDAH LUAR NEGERI': 3, MENINGGAL: 2 }],
]);

const indexes = new WeakMap<CodeList, ReadonlyMap<string, number>>();

function indexOf(list: CodeList): ReadonlyMap<string, number> {
  let index = indexes.get(list);
  if (!index) {
    const built = new Map<string, number>();
    for (const entry of list) if (!built.has(labelKey(entry.id))) built.set(labelKey(entry.id), entry.code);
    for (const [alias, code] of Object.entries(ALIASES.get(list) ?? {}))
      if (!built.has(labelKey(alias))) built.set(labelKey(alias), code);
    index = built;
    indexes.set(list, index);
  }
  return index;
}

/** The code a label stands for, or the cell as it was (codes, blanks and unknown labels alike). */
export function labelToCode(list: CodeList, cell: PlainCell): PlainCell {
  if (typeof cell !== 'string' || cell.trim() === '' || /^\d+$/.test(cell.trim())) return cell;
  return indexOf(list).get(labelKey(cell)) ?? cell;
}
