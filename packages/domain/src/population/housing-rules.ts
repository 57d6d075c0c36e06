// The Regsosek 2022 form asks some housing questions only after certain answers (section III): the land
// title only for a house the family owns (301b after 301a = 1), the distance to a waste holding place only for
// wells and springs (306b after 306a = 4-8), the installed power of each meter only for metered PLN electricity
// (307b1-3 after 307a = 1), the toilet type only when the family has a toilet (309b after 309a = 1-3).
// A follow-up answered where the form skips it contradicts the answer before it. An unanswered question
// contradicts nothing: villages fill what they know.

export interface HousingAnswers {
  house_ownership?: number | null;
  land_title?: number | null;
  drinking_water_source?: number | null;
  water_waste_distance?: number | null;
  lighting_source?: number | null;
  electricity_power?: number | null;
  electricity_power_2?: number | null;
  electricity_power_3?: number | null;
  toilet_facility?: number | null;
  toilet_type?: number | null;
}

export interface HousingContradiction {
  /** The follow-up question answered where the form skips it. */
  field:
    | 'land_title'
    | 'water_waste_distance'
    | 'electricity_power'
    | 'electricity_power_2'
    | 'electricity_power_3'
    | 'toilet_type';
  message: { id: string; en: string };
}

export interface HousingFollowUp {
  field: HousingContradiction['field'];
  parent: 'house_ownership' | 'drinking_water_source' | 'lighting_source' | 'toilet_facility';
  /** The parent's answers after which the form asks the follow-up. */
  askedAfter: readonly number[];
  message: { id: string; en: string };
}

export const HOUSING_FOLLOW_UPS: readonly HousingFollowUp[] = [
  {
    field: 'land_title',
    parent: 'house_ownership',
    askedAfter: [1],
    message: {
      id: 'Bukti kepemilikan tanah hanya diisi bila bangunan milik sendiri (301a = 1).',
      en: 'The land title is only asked for a house the family owns (301a = 1).',
    },
  },
  {
    field: 'water_waste_distance',
    parent: 'drinking_water_source',
    askedAfter: [4, 5, 6, 7, 8],
    message: {
      id: 'Jarak ke tempat penampungan tinja hanya diisi bila air minum dari sumur atau mata air (306a = 4-8).',
      en: 'The distance to a waste holding place is only asked for wells and springs (306a = 4-8).',
    },
  },
  ...(['electricity_power', 'electricity_power_2', 'electricity_power_3'] as const).map((field) => ({
    field,
    parent: 'lighting_source' as const,
    askedAfter: [1],
    message: {
      id: 'Daya listrik hanya diisi bila penerangan dari listrik PLN dengan meteran (307a = 1).',
      en: 'The installed power is only asked for metered PLN electricity (307a = 1).',
    },
  })),
  {
    field: 'toilet_type',
    parent: 'toilet_facility',
    askedAfter: [1, 2, 3],
    message: {
      id: 'Jenis kloset hanya diisi bila keluarga punya fasilitas buang air besar (309a = 1, 2, atau 3).',
      en: 'The toilet type is only asked when the family has a toilet facility (309a = 1, 2 or 3).',
    },
  },
];

export function housingContradictions(answers: HousingAnswers): HousingContradiction[] {
  return HOUSING_FOLLOW_UPS.filter(({ field, parent, askedAfter }) => {
    const parentAnswer = answers[parent];
    const followUp = answers[field];
    return (
      followUp !== null &&
      followUp !== undefined &&
      parentAnswer !== null &&
      parentAnswer !== undefined &&
      !askedAfter.includes(parentAnswer)
    );
  }).map(({ field, message }) => ({ field, message }));
}
