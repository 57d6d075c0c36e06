// Coded housing variables of the Regsosek 2022 family form (section III, "Keterangan Perumahan"), as listed in the
// cell notes of OpenSID's DTKS/Regsosek import workbook (format_impor_dtks_regsosek2022k.xlsx, sheet
// "3.keterangan perumahan"). Every list below comes from that workbook: `id` is the note's label verbatim (trailing
// spaces trimmed, spelling kept, e.g. "Sertfikat" and the unclosed bracket of 306a code 9) so imported files map one
// to one; `en` is our translation. The workbook gives labels for all of section III, so no list had to fall back
// to the BPS questionnaire. 302 (floor area) is a number of square metres, not a code.
import type { CodeList } from './code-lists/types.ts';

/** 301a. Status kepemilikan bangunan tempat tinggal yang ditempati / Ownership of the dwelling the family lives in. */
export const HOUSE_OWNERSHIP: CodeList = [
  { code: 1, id: 'Milik sendiri', en: 'Owned' },
  { code: 2, id: 'Kontrak/sewa', en: 'Contract / rented' },
  { code: 3, id: 'Bebas sewa', en: 'Rent-free' },
  { code: 4, id: 'Dinas', en: 'Official housing (provided by an employer or agency)' },
  { code: 5, id: 'Lainnya', en: 'Other' },
];

/** 301b. Jenis bukti kepemilikan tanah bangunan tempat tinggal (jika 301a berkode 1) / Proof of ownership of the land under the dwelling (if 301a is 1). */
export const LAND_TITLE: CodeList = [
  {
    code: 1,
    id: 'SHM atas Nama Anggota Keluarga',
    en: 'Freehold title (SHM) in the name of a family member',
  },
  {
    code: 2,
    id: 'SHM bukan a.n Anggota Keluarga dengan perjanjian pemanfaatan tertulis',
    en: "SHM not in a family member's name, with a written use agreement",
  },
  {
    code: 3,
    id: 'SHM bukan a.n Anggota Keluarga tanpa perjanjian pemanfaatan tertulis',
    en: "SHM not in a family member's name, without a written use agreement",
  },
  { code: 4, id: 'Sertfikat selain SHM (SHGB, SHSRS)', en: 'Certificate other than SHM (SHGB, SHSRS)' },
  { code: 5, id: 'Surat bukti lainnya (Girik, Letter C, dll)', en: 'Other proof (girik, Letter C, etc.)' },
  { code: 6, id: 'Tidak Punya', en: 'None' },
];

/** 303. Jenis lantai terluas / Main floor material (largest area). */
export const FLOOR_MATERIAL: CodeList = [
  { code: 1, id: 'Marmer/granit', en: 'Marble / granite' },
  { code: 2, id: 'Keramik', en: 'Ceramic tiles' },
  { code: 3, id: 'Parket/vinil/karpet', en: 'Parquet / vinyl / carpet' },
  { code: 4, id: 'Ubin/tegel/teraso', en: 'Floor tiles / terrazzo' },
  { code: 5, id: 'Kayu/papan', en: 'Wood / planks' },
  { code: 6, id: 'Semen/bata merah', en: 'Cement / red brick' },
  { code: 7, id: 'Bambu', en: 'Bamboo' },
  { code: 8, id: 'Tanah', en: 'Earth' },
  { code: 9, id: 'Lainnya', en: 'Other' },
];

/** 304. Jenis dinding terluas / Main wall material (largest area). */
export const WALL_MATERIAL: CodeList = [
  { code: 1, id: 'Tembok', en: 'Masonry wall' },
  { code: 2, id: 'Plesteran anyaman bambu/ kawat', en: 'Plastered woven bamboo / wire mesh' },
  { code: 3, id: 'Kayu/papan/Gypsum/GRC/ Calciboard', en: 'Wood / planks / gypsum / GRC / calcium board' },
  { code: 4, id: 'Anyaman bambu', en: 'Woven bamboo' },
  { code: 5, id: 'Batang kayu', en: 'Logs' },
  { code: 6, id: 'Bambu', en: 'Bamboo' },
  { code: 7, id: 'Lainnya', en: 'Other' },
];

/** 305. Jenis atap terluas / Main roof material (largest area). */
export const ROOF_MATERIAL: CodeList = [
  { code: 1, id: 'Beton', en: 'Concrete' },
  { code: 2, id: 'Genteng', en: 'Roof tiles' },
  { code: 3, id: 'Seng', en: 'Corrugated metal sheet' },
  { code: 4, id: 'Asbes', en: 'Asbestos' },
  { code: 5, id: 'Kayu/sirap', en: 'Wood / shingles' },
  { code: 6, id: 'Bambu', en: 'Bamboo' },
  { code: 7, id: 'Jerami/ijuk/daun-daunan/rumbia', en: 'Straw / palm fibre / leaves / thatch' },
  { code: 8, id: 'Lainnya', en: 'Other' },
];

/** 306a. Sumber air minum / Source of drinking water. */
export const DRINKING_WATER_SOURCE: CodeList = [
  { code: 1, id: 'Air kemasan bermerk', en: 'Branded bottled water' },
  { code: 2, id: 'Air isi ulang', en: 'Refilled water' },
  { code: 3, id: 'Leding', en: 'Piped water' },
  { code: 4, id: 'Sumur bor/pompa', en: 'Borehole / pump' },
  { code: 5, id: 'Sumur terlindung', en: 'Protected well' },
  { code: 6, id: 'Sumur tak terlindung', en: 'Unprotected well' },
  { code: 7, id: 'Mata air terlindung', en: 'Protected spring' },
  { code: 8, id: 'Mata air tak terlindung', en: 'Unprotected spring' },
  {
    code: 9,
    id: 'Air permukaan (sungai/ danau/waduk/kolam/irigasi',
    en: 'Surface water (river / lake / reservoir / pond / irrigation)',
  },
  { code: 10, id: 'Air hujan', en: 'Rainwater' },
  { code: 11, id: 'Lainnya', en: 'Other' },
];

/** 306b. Jarak sumber air minum utama ke tempat penampungan limbah/kotoran/tinja terdekat (jika 306a berkode 4-8) / Distance from the main drinking-water source to the nearest sewage/faeces holding place (if 306a is 4-8). */
export const WATER_TO_WASTE_DISTANCE: CodeList = [
  { code: 1, id: '< 10 meter', en: 'Less than 10 metres' },
  { code: 2, id: '>= 10 meter', en: '10 metres or more' },
  { code: 3, id: 'Tidak tahu', en: "Don't know" },
];

/** 307a. Sumber penerangan utama / Main source of lighting. */
export const LIGHTING_SOURCE: CodeList = [
  { code: 1, id: 'Listrik PLN dengan meteran', en: 'PLN electricity with a meter' },
  { code: 2, id: 'Listrik PLN tanpa meteran', en: 'PLN electricity without a meter' },
  { code: 3, id: 'Listrik Non-PLN', en: 'Non-PLN electricity' },
  { code: 4, id: 'Bukan listrik', en: 'Not electricity' },
];

/** 307b. Daya listrik terpasang per meteran (jika 307a berkode 1) / Installed electrical power per meter (if 307a is 1). */
export const ELECTRICITY_POWER: CodeList = [
  { code: 1, id: '450 watt', en: '450 watts' },
  { code: 2, id: '900 watt', en: '900 watts' },
  { code: 3, id: '1.300 watt', en: '1,300 watts' },
  { code: 4, id: '2.200 watt', en: '2,200 watts' },
  { code: 5, id: '> 2.200 watt', en: 'More than 2,200 watts' },
];

/** 308. Bahan bakar/energi utama untuk memasak / Main fuel or energy for cooking. */
export const COOKING_FUEL: CodeList = [
  { code: 1, id: 'Listrik', en: 'Electricity' },
  { code: 2, id: 'Gas elpiji 5,5kg/Blue gaz', en: 'LPG 5.5 kg / Bright Gas ("Blue gaz")' },
  { code: 3, id: 'Gas elpiji 12 kg', en: 'LPG 12 kg' },
  { code: 4, id: 'Gas elpiji 3 kg', en: 'LPG 3 kg' },
  { code: 5, id: 'Gas kota/meteran PGN', en: 'Piped city gas (PGN meter)' },
  { code: 6, id: 'Biogas', en: 'Biogas' },
  { code: 7, id: 'Minyak tanah', en: 'Kerosene' },
  { code: 8, id: 'Briket', en: 'Briquettes' },
  { code: 9, id: 'Arang', en: 'Charcoal' },
  { code: 10, id: 'Kayu bakar', en: 'Firewood' },
  { code: 11, id: 'Lainnya', en: 'Other' },
  { code: 12, id: 'Tidak memasak di rumah', en: 'Does not cook at home' },
];

/** 309a. Kepemilikan dan penggunaan fasilitas tempat buang air besar / Ownership and use of a toilet facility. */
export const TOILET_FACILITY: CodeList = [
  {
    code: 1,
    id: 'Ada, digunakan hanya Anggota Keluarga sendiri',
    en: "Yes, used only by the family's own members",
  },
  {
    code: 2,
    id: 'Ada, digunakan bersama Anggota Keluarga dari rumah tangga tertentu',
    en: 'Yes, shared with members of certain other households',
  },
  { code: 3, id: 'Ada, di MCK komunal', en: 'Yes, in a communal MCK (shared washing and toilet block)' },
  { code: 4, id: 'Ada, di MCK umum/siapapun menggunakan', en: 'Yes, in a public MCK anyone may use' },
  { code: 5, id: 'Ada, Anggota Keluarga tidak menggunakan', en: 'Yes, but family members do not use it' },
  { code: 6, id: 'Tidak ada fasilitas', en: 'No facility' },
];

/** 309b. Jenis kloset (jika 309a berkode 1, 2, atau 3) / Type of toilet (if 309a is 1, 2 or 3). */
export const TOILET_TYPE: CodeList = [
  { code: 1, id: 'Leher angsa', en: 'Water-seal (gooseneck) toilet' },
  { code: 2, id: 'Plengsengan dengan tutup', en: 'Sloped latrine with a lid' },
  { code: 3, id: 'Plengsengan tanpa tutup', en: 'Sloped latrine without a lid' },
  { code: 4, id: 'Cemplung/cubluk', en: 'Pit latrine' },
];

/** 310. Tempat pembuangan akhir tinja / Final disposal of faeces. */
export const FAECES_DISPOSAL: CodeList = [
  { code: 1, id: 'Tangki septik', en: 'Septic tank' },
  { code: 2, id: 'IPAL', en: 'Wastewater treatment plant (IPAL)' },
  { code: 3, id: 'Kolam/sawah/sungai /danau/laut', en: 'Pond / rice field / river / lake / sea' },
  { code: 4, id: 'Lubang tanah', en: 'Hole in the ground' },
  { code: 5, id: 'Pantai/tanah lapang/kebun', en: 'Beach / open field / garden' },
  { code: 6, id: 'Lainnya', en: 'Other' },
];

/** 302, Luas lantai (m²): the workbook's note allows at most 3 digits. */
export const FLOOR_AREA_MAX_M2 = 999;

export interface HousingVariable {
  /** Regsosek 2022 question number, as in the workbook's header row ("301a", "307b1"). */
  readonly variable: string;
  readonly question: { readonly id: string; readonly en: string };
  /** The code list, or null for a plain number (302 floor area in m²). */
  readonly codes: CodeList | null;
}

/** Every column of the "3.keterangan perumahan" sheet after "no kartu keluarga", in sheet order. */
export const REGSOSEK_HOUSING_VARIABLES: readonly HousingVariable[] = [
  {
    variable: '301a',
    question: {
      id: 'Status kepemilikan bangunan tempat tinggal yang ditempati',
      en: 'Ownership of the dwelling the family lives in',
    },
    codes: HOUSE_OWNERSHIP,
  },
  {
    variable: '301b',
    question: {
      id: 'Jenis bukti kepemilikan tanah bangunan tempat tinggal (jika 301a berkode 1)',
      en: 'Proof of ownership of the land under the dwelling (if 301a is 1)',
    },
    codes: LAND_TITLE,
  },
  { variable: '302', question: { id: 'Luas lantai (m²)', en: 'Floor area (m²)' }, codes: null },
  {
    variable: '303',
    question: { id: 'Jenis lantai terluas', en: 'Main floor material (largest area)' },
    codes: FLOOR_MATERIAL,
  },
  {
    variable: '304',
    question: { id: 'Jenis dinding terluas', en: 'Main wall material (largest area)' },
    codes: WALL_MATERIAL,
  },
  {
    variable: '305',
    question: { id: 'Jenis atap terluas', en: 'Main roof material (largest area)' },
    codes: ROOF_MATERIAL,
  },
  {
    variable: '306a',
    question: { id: 'Sumber air minum', en: 'Source of drinking water' },
    codes: DRINKING_WATER_SOURCE,
  },
  {
    variable: '306b',
    question: {
      id: 'Jarak sumber air minum utama ke tempat penampungan limbah/kotoran/tinja terdekat (jika 306a berkode 4-8)',
      en: 'Distance from the main drinking-water source to the nearest sewage/faeces holding place (if 306a is 4-8)',
    },
    codes: WATER_TO_WASTE_DISTANCE,
  },
  {
    variable: '307a',
    question: { id: 'Sumber penerangan utama', en: 'Main source of lighting' },
    codes: LIGHTING_SOURCE,
  },
  {
    variable: '307b1',
    question: {
      id: 'Daya listrik terpasang per meteran (jika 307a berkode 1) (meteran 1)',
      en: 'Installed electrical power per meter (if 307a is 1) (meter 1)',
    },
    codes: ELECTRICITY_POWER,
  },
  {
    variable: '307b2',
    question: {
      id: 'Daya listrik terpasang per meteran (jika 307a berkode 1) (meteran 2)',
      en: 'Installed electrical power per meter (if 307a is 1) (meter 2)',
    },
    codes: ELECTRICITY_POWER,
  },
  {
    variable: '307b3',
    question: {
      id: 'Daya listrik terpasang per meteran (jika 307a berkode 1) (meteran 3)',
      en: 'Installed electrical power per meter (if 307a is 1) (meter 3)',
    },
    codes: ELECTRICITY_POWER,
  },
  {
    variable: '308',
    question: { id: 'Bahan bakar/energi utama untuk memasak', en: 'Main fuel or energy for cooking' },
    codes: COOKING_FUEL,
  },
  {
    variable: '309a',
    question: {
      id: 'Kepemilikan dan penggunaan fasilitas tempat buang air besar',
      en: 'Ownership and use of a toilet facility',
    },
    codes: TOILET_FACILITY,
  },
  {
    variable: '309b',
    question: {
      id: 'Jenis kloset (jika 309a berkode 1, 2, atau 3)',
      en: 'Type of toilet (if 309a is 1, 2 or 3)',
    },
    codes: TOILET_TYPE,
  },
  {
    variable: '310',
    question: { id: 'Tempat pembuangan akhir tinja', en: 'Final disposal of faeces' },
    codes: FAECES_DISPOSAL,
  },
];
