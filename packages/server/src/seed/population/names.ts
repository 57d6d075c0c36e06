// Personal names built from about 250 parts, in the styles of Banyuwangi: Javanese and Osing names (older people
// often have a single name, younger ones two or three parts with Arabic-Islamic elements), Madurese names,
// Balinese Hindu birth-order names and Christian baptismal names. Stored upper-case, as on a KK.
import type { Rng } from './prng.ts';

export type Ethnicity = 'Jawa' | 'Osing' | 'Madura' | 'Bali';
export type SexName = 'male' | 'female';

const P = (text: string) => text.split(' ');

const TRADITIONAL = {
  male: P(
    'SLAMET SUGENG PAIMIN SUKARMIN NGATIMIN KARTO SUPARMAN SUMARNO MULYONO SUKARDI SUTRISNO SUPRIYADI ' +
      'SUWARNO SUDARSO PONIMAN TUKIMAN SARIMUN JUMADI KASIMUN RUSLAN SANURI MISNADI SUKIRNO WAGIMAN ' +
      'PARNO SUYITNO KATIMAN SUPANGAT SAMSUL BASUKI',
  ),
  female: P(
    'SITI SULASTRI SUMIATI SUPARMI NGATINI PAINEM SUTINI SUMINAH SAMINAH JUMINAH TUMINAH KASIYAH ' +
      'SUKINI MUNTAMAH ROHANI ASIH SUPIYAH WARSIYAH MARSINAH SUWARNI KATMI SUMARNI TUKINEM SAMIYEM ' +
      'MISNAH SUPINAH SARMI PONIYEM',
  ),
};

const FIRST = {
  male: P(
    'AGUS BUDI EKO DWI TRI WAHYU JOKO HADI HERI RUDI ANDI ARIF FAJAR BAYU DIMAS YOGA RIZKY ADITYA REZA ' +
      'FIKRI ILHAM HENDRA IMAM RAHMAT SLAMET SUGENG BAMBANG TEGUH YUSUF NUR',
  ),
  female: P(
    'SITI SRI DEWI RATNA YULI ENDANG RINA NUR FITRI DWI TRI EKA INDAH NURUL LAILATUL PUTRI AYU ANISA ' +
      'AISYAH ZAHRA NABILA DINDA WULAN LINA RINI UMI LILIK NOVI DIAH KURNIA',
  ),
};

const ISLAMIC_PREFIX = { male: P('MUHAMMAD MOH. AHMAD ABDUL MOCHAMMAD M.'), female: P('SITI NUR UMMI') };

const LAST = {
  male: P(
    'SANTOSO PRASETYO WIBOWO SETIAWAN HIDAYAT SAPUTRA PRATAMA KURNIAWAN NUGROHO SUSANTO HERMAWAN ' +
      'PURNOMO GUNAWAN FIRMANSYAH RAMADHAN HAKIM SYAHPUTRA MAULANA EFENDI WIJAYA UTOMO HARIYANTO ' +
      'SURYADI FAUZI ANWAR HASAN ARIFIN MUSTOFA ROHIM SYAIFUDIN',
  ),
  female: P(
    'WAHYUNI LESTARI RAHAYU HANDAYANI SUSANTI WULANDARI RAHMAWATI PUSPITASARI SAFITRI NINGSIH ' +
      'KURNIASARI ANGGRAINI MAHARANI RAMADHANI FITRIANI HASANAH KHOIRIYAH MUFIDAH MAULIDIA NURHAYATI ' +
      'HIDAYATI SHOLIHAH YULIANA KARTIKA PERMATASARI AZIZAH AMINAH FATIMAH ZULAIKHA MASRUROH',
  ),
};

const MADURA = {
  male: P('HOSNAN MARSUKI HASBULLAH SAHRAWI MATRAWI SANUSI BAHRI SUKRI HOLIL JUHARI MATNAWI SUHAIMI'),
  female: P('HALIMAH MAIMUNAH SITTI HOTIJAH MARWIYAH MUNAWAROH SAKDIYAH RUKMINI SUNIYEH MARLINA'),
};

const BALI = {
  prefix: { male: ['I'], female: ['NI'] },
  order: P('WAYAN MADE NYOMAN KETUT PUTU KOMANG GEDE KADEK'),
  given: {
    male: P('SUPARTA SUDARMA ARTAWAN MERTAYASA WIRAWAN SUARDANA ASTAWA SUWITRA'),
    female: P('SRIANI ARIANI SUARTINI SUKERTI WARTINI ASTUTI SUASTINI PURNAMI'),
  },
};

const CHRISTIAN = {
  male: P('YOHANES PAULUS STEFANUS AGUSTINUS YOSEF MARKUS ANDREAS PETRUS'),
  female: P('MARIA THERESIA ELISABET KRISTINA YOHANA MAGDALENA VERONIKA LUSIA'),
};

export interface NameInput {
  sex: SexName;
  birthYear: number;
  ethnicity: Ethnicity;
  /** AGAMA code: 1 Islam, 2 Kristen, 3 Katolik, 4 Hindu … */
  religion: number;
}

function javaneseName(rng: Rng, sex: SexName, birthYear: number): string {
  const single = birthYear < 1965 ? 0.65 : birthYear < 1990 ? 0.25 : 0.05;
  const three = birthYear < 1965 ? 0.02 : birthYear < 1990 ? 0.15 : 0.45;
  const r = rng.next();
  if (r < single) return rng.pick(birthYear < 1975 ? TRADITIONAL[sex] : FIRST[sex]);
  const first = rng.pick(birthYear < 1965 ? TRADITIONAL[sex] : FIRST[sex]);
  if (r < single + three) {
    const lead = rng.chance(0.6) ? rng.pick(ISLAMIC_PREFIX[sex]) : rng.pick(FIRST[sex]);
    return `${lead} ${first === lead ? rng.pick(FIRST[sex]) : first} ${rng.pick(LAST[sex])}`;
  }
  return `${first} ${rng.pick(LAST[sex])}`;
}

function maduraName(rng: Rng, sex: SexName, birthYear: number): string {
  const given = rng.pick(MADURA[sex]);
  if (birthYear < 1970 && rng.chance(0.6)) return given;
  if (sex === 'male' && rng.chance(0.5)) return `${rng.pick(['MOH.', 'MUHAMMAD', 'ABD.'])} ${given}`;
  return rng.chance(0.5) ? `${given} ${rng.pick(LAST[sex])}` : `${rng.pick(ISLAMIC_PREFIX[sex])} ${given}`;
}

function baliName(rng: Rng, sex: SexName): string {
  const prefix =
    sex === 'female' && rng.chance(0.4) ? 'NI LUH' : `${rng.pick(BALI.prefix[sex])} ${rng.pick(BALI.order)}`;
  return `${prefix} ${rng.pick(BALI.given[sex])}`;
}

function christianName(rng: Rng, sex: SexName, birthYear: number, ethnicity: Ethnicity): string {
  const baptismal = rng.pick(CHRISTIAN[sex]);
  if (ethnicity === 'Bali') return `${baptismal} ${baliName(rng, sex).split(' ').slice(-2).join(' ')}`;
  return `${baptismal} ${javaneseName(rng, sex, Math.max(birthYear, 1965))}`;
}

/** A full name in the style of the person's background and generation. */
export function personName(rng: Rng, input: NameInput): string {
  const { sex, birthYear, ethnicity, religion } = input;
  if (religion === 2 || religion === 3) return christianName(rng, sex, birthYear, ethnicity);
  if (religion === 4) return baliName(rng, sex);
  if (ethnicity === 'Madura') return maduraName(rng, sex, birthYear);
  return javaneseName(rng, sex, birthYear);
}

/** Number of distinct name parts (docs/BENCHMARKS.md says "about 250"). */
export const NAME_PART_COUNT = new Set([
  ...Object.values(TRADITIONAL).flat(),
  ...Object.values(FIRST).flat(),
  ...Object.values(ISLAMIC_PREFIX).flat(),
  ...Object.values(LAST).flat(),
  ...Object.values(MADURA).flat(),
  ...BALI.order,
  ...Object.values(BALI.given).flat(),
  ...Object.values(CHRISTIAN).flat(),
]).size;
