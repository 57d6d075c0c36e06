// The facts a welfare score reads, for one unit (a household or a family). Every fact may be unknown (null):
// a score never guesses one, it lists the variables it could not decide as missing.
//
// A household's facts aggregate its families: the housing is the household's own (Regsosek section III),
// its members are all present residents of its active families, and an asset counts when any family owns
// it (livestock summed). A family's facts are its own members and assets plus its household's housing.

/** Regsosek 2022 section III as the household table keeps it (codes of population/housing-codes.ts). */
export interface HousingFacts {
  /** 302, m² */
  floorAreaM2: number | null;
  /** 303 */
  floorMaterial: number | null;
  /** 304 */
  wallMaterial: number | null;
  /** 305 */
  roofMaterial: number | null;
  /** 306a */
  drinkingWaterSource: number | null;
  /** 307a */
  lightingSource: number | null;
  /** 307b, first meter */
  electricityPower: number | null;
  /** 308 */
  cookingFuel: number | null;
  /** 309a */
  toiletFacility: number | null;
}

/** Regsosek section IV of one member (resident_welfare), where recorded. */
export interface MemberWelfareFacts {
  /** 416a: 1 worked last week, 2 did not */
  workedLastWeek: number | null;
  /** 418: 1–8 (6, 7 casual workers, 8 unpaid family worker) */
  workStatus: number | null;
  /** 430: 1 none, 2–18 a chronic illness */
  chronicIllness: number | null;
  /** 428a–j: 1 cannot at all … 4 no difficulty */
  difficulty: readonly number[] | null;
}

/** One present member: registry columns plus section IV. */
export interface MemberFacts {
  id: string;
  /** Whole years on the day the facts were gathered (the registry always has a birth date). */
  age: number;
  /** 1 male, 2 female */
  sex: number;
  /** SHDK: 1 head of family */
  relationship: number | null;
  /** Pendidikan dalam KK (1 none … 3 primary school … 10 doctorate) */
  education: number | null;
  /** Pekerjaan (OpenSID code list) */
  occupation: number | null;
  /** Cacat: 1–6 a disability, 7 none */
  disability: number | null;
  welfare: MemberWelfareFacts | null;
}

/** Regsosek section V (family_welfare) as the scores read it. */
export interface AssetFacts {
  motorcycle: boolean | null;
  refrigerator: boolean | null;
  gold: boolean | null;
  car: boolean | null;
  motorBoat: boolean | null;
  /** Head of cattle, buffalo, horses, pigs and goats together. */
  livestock: number | null;
  lostLivelihood: boolean | null;
}

export interface UnitFacts {
  /** null: the unit has no housing record (a family not under any roof). */
  housing: HousingFacts | null;
  members: readonly MemberFacts[];
  /** The head of the household (kepala rumah tangga) or of the family; null when not known. */
  head: MemberFacts | null;
  assets: AssetFacts;
}

export interface FamilyFacts {
  members: readonly MemberFacts[];
  /** null: no section V recorded for the family. */
  assets: AssetFacts | null;
}

export const UNKNOWN_ASSETS: AssetFacts = {
  motorcycle: null,
  refrigerator: null,
  gold: null,
  car: null,
  motorBoat: null,
  livestock: null,
  lostLivelihood: null,
};

/** Owned by any: yes if one says yes; no only when every one says no; otherwise unknown. */
export function anyOwns(values: readonly (boolean | null)[]): boolean | null {
  if (values.some((value) => value === true)) return true;
  if (values.length > 0 && values.every((value) => value === false)) return false;
  return null;
}

/** Livestock summed; an unknown family leaves the sum unknown unless the known ones already own some. */
export function sumLivestock(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  const total = known.reduce((sum, value) => sum + value, 0);
  if (known.length === values.length && values.length > 0) return total;
  return total > 0 ? total : null;
}

export function mergeAssets(families: readonly (AssetFacts | null)[]): AssetFacts {
  const all = families.map((assets) => assets ?? UNKNOWN_ASSETS);
  const flags = (key: 'motorcycle' | 'refrigerator' | 'gold' | 'car' | 'motorBoat' | 'lostLivelihood') =>
    anyOwns(all.map((assets) => assets[key]));
  return {
    motorcycle: flags('motorcycle'),
    refrigerator: flags('refrigerator'),
    gold: flags('gold'),
    car: flags('car'),
    motorBoat: flags('motorBoat'),
    livestock: sumLivestock(all.map((assets) => assets.livestock)),
    lostLivelihood: flags('lostLivelihood'),
  };
}

/** The head of a family: its member whose relationship is 1 (kepala keluarga). */
export function familyHead(members: readonly MemberFacts[]): MemberFacts | null {
  return members.find((member) => member.relationship === 1) ?? null;
}

/** A family's facts: its own members and assets under its household's housing (null when it has none). */
export function familyUnitFacts(family: FamilyFacts, housing: HousingFacts | null): UnitFacts {
  return {
    housing,
    members: family.members,
    head: familyHead(family.members),
    assets: family.assets ?? UNKNOWN_ASSETS,
  };
}

/**
 * A household's facts: its housing, every present member of its active families, assets any family owns.
 * The head is the household's recorded head (kepala rumah tangga) when that resident is a present member;
 * without one, the head of its only family; otherwise unknown.
 */
export function householdUnitFacts(
  housing: HousingFacts,
  headResidentId: string | null,
  families: readonly FamilyFacts[],
): UnitFacts {
  const members = families.flatMap((family) => family.members);
  const recorded = headResidentId === null ? undefined : members.find((m) => m.id === headResidentId);
  const head = recorded ?? (families.length === 1 ? familyHead(families[0]!.members) : null);
  return {
    housing,
    members,
    head,
    assets: families.length === 0 ? UNKNOWN_ASSETS : mergeAssets(families.map((family) => family.assets)),
  };
}
