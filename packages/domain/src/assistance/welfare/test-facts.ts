// Builders of unit facts for the welfare tests: a decent house and an adult working head unless told.
import type { AssetFacts, FamilyFacts, HousingFacts, MemberFacts, UnitFacts } from './facts.ts';

let next = 0;

export const decentHousing = (changes: Partial<HousingFacts> = {}): HousingFacts => ({
  floorAreaM2: 80,
  floorMaterial: 2,
  wallMaterial: 1,
  roofMaterial: 2,
  drinkingWaterSource: 3,
  lightingSource: 1,
  electricityPower: 3,
  cookingFuel: 4,
  toiletFacility: 1,
  ...changes,
});

export const member = (changes: Partial<MemberFacts> = {}): MemberFacts => ({
  id: `m${(next += 1)}`,
  age: 40,
  sex: 1,
  relationship: 4,
  education: 5,
  occupation: 15,
  disability: 7,
  welfare: { workedLastWeek: 1, workStatus: 4, chronicIllness: 1, difficulty: null },
  ...changes,
});

export const ownsEverything = (changes: Partial<AssetFacts> = {}): AssetFacts => ({
  motorcycle: true,
  refrigerator: true,
  gold: true,
  car: false,
  motorBoat: false,
  livestock: 2,
  lostLivelihood: false,
  ...changes,
});

export const ownsNothing = (changes: Partial<AssetFacts> = {}): AssetFacts => ({
  motorcycle: false,
  refrigerator: false,
  gold: false,
  car: false,
  motorBoat: false,
  livestock: 0,
  lostLivelihood: false,
  ...changes,
});

/** A head (relationship 1) and, unless told, a wife and a child of 10. */
export function family(
  members: MemberFacts[] = [
    member({ relationship: 1 }),
    member({ relationship: 3, sex: 2 }),
    member({ relationship: 4, age: 10, occupation: 3 }),
  ],
  assets: AssetFacts | null = ownsEverything(),
): FamilyFacts {
  return { members, assets };
}

export function unit(changes: Partial<UnitFacts> = {}): UnitFacts {
  const members = changes.members ?? family().members;
  return {
    housing: decentHousing(),
    members,
    head: members.find((m) => m.relationship === 1) ?? null,
    assets: ownsEverything(),
    ...changes,
  };
}
