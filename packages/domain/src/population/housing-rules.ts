// The Regsosek 2022 form asks some housing questions only after certain answers (section III): the land
// title only for a house the family owns (301b after 301a = 1), the installed power only for metered PLN
// electricity (307b after 307a = 1), the toilet type only when the family has a toilet (309b after 309a = 1-3).
// A follow-up answered where the form skips it contradicts the answer before it. An unanswered question
// contradicts nothing: villages fill what they know.

export interface HousingAnswers {
  house_ownership?: number | null;
  land_title?: number | null;
  lighting_source?: number | null;
  electricity_power?: number | null;
  toilet_facility?: number | null;
  toilet_type?: number | null;
}

export interface HousingContradiction {
  /** The follow-up question answered where the form skips it. */
  field: 'land_title' | 'electricity_power' | 'toilet_type';
  message: { id: string; en: string };
}

const FOLLOW_UPS = [
  {
    field: 'land_title',
    parent: 'house_ownership',
    asked: (answer: number) => answer === 1,
    message: {
      id: 'Bukti kepemilikan tanah hanya diisi bila bangunan milik sendiri (301a = 1).',
      en: 'The land title is only asked for a house the family owns (301a = 1).',
    },
  },
  {
    field: 'electricity_power',
    parent: 'lighting_source',
    asked: (answer: number) => answer === 1,
    message: {
      id: 'Daya listrik hanya diisi bila penerangan dari listrik PLN dengan meteran (307a = 1).',
      en: 'The installed power is only asked for metered PLN electricity (307a = 1).',
    },
  },
  {
    field: 'toilet_type',
    parent: 'toilet_facility',
    asked: (answer: number) => answer >= 1 && answer <= 3,
    message: {
      id: 'Jenis kloset hanya diisi bila keluarga punya fasilitas buang air besar (309a = 1, 2, atau 3).',
      en: 'The toilet type is only asked when the family has a toilet facility (309a = 1, 2 or 3).',
    },
  },
] as const;

export function housingContradictions(answers: HousingAnswers): HousingContradiction[] {
  return FOLLOW_UPS.filter(({ field, parent, asked }) => {
    const parentAnswer = answers[parent];
    const followUp = answers[field];
    return (
      followUp !== null &&
      followUp !== undefined &&
      parentAnswer !== null &&
      parentAnswer !== undefined &&
      !asked(parentAnswer)
    );
  }).map(({ field, message }) => ({ field, message }));
}
