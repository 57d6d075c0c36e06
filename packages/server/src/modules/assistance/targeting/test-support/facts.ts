// The test world (world.ts) read as the domain's facts: what each household, family or resident is, by the
// rules the domain documents (facts.ts). The SQL is never consulted here, so a test comparing the two can fail.
import type { EligibilityUnit, EligibilityMemberFacts, EligibilityUnitFacts } from '@smart-kampung/domain';
import type { World, WorldFamily, WorldHousehold, WorldPerson } from './world.ts';

const present = (p: WorldPerson) => (p.status ?? 1) === 1;
const active = (f: WorldFamily) => f.active ?? true;

export function memberFacts(p: WorldPerson): EligibilityMemberFacts {
  return {
    birthDate: p.birthDate,
    sex: p.sex ?? 1,
    pregnant: p.pregnant ?? null,
    relationship: p.relationship === undefined ? 1 : p.relationship,
    disability: p.disability === undefined ? 7 : p.disability,
    insurance: p.insurance === undefined ? 2 : p.insurance,
    difficulty: p.welfare?.difficulty ?? null,
    chronicIllness: p.welfare?.chronicIllness ?? null,
    healthInsurance: p.welfare?.healthInsurance ?? null,
  };
}

const lostOf = (f: WorldFamily) => (f.lostLivelihood === 'no row' ? null : (f.lostLivelihood ?? null));

function openPrograms(world: World, keys: readonly string[]) {
  return [
    ...new Set(
      (world.enrolments ?? [])
        .filter((e) => (e.status ?? 'active') !== 'exited' && keys.includes(e.unit))
        .map((e) => e.program),
    ),
  ];
}

interface Place {
  household: WorldHousehold | null;
  family: WorldFamily;
}

function places(world: World): Place[] {
  return [
    ...world.households.flatMap((household) => household.families.map((family) => ({ household, family }))),
    ...(world.looseFamilies ?? []).map((family) => ({ household: null, family })),
  ];
}

function roofOf(place: Place): number {
  const families = place.household ? place.household.families.filter(active) : [place.family];
  return families.flatMap((f) => f.members).filter(present).length;
}

/** The facts of every unit of this kind in the world, by key (residents: present ones only, as targeting reads). */
export function factsOf(world: World, unit: EligibilityUnit): Map<string, EligibilityUnitFacts> {
  const facts = new Map<string, EligibilityUnitFacts>();
  if (unit === 'household') {
    for (const h of world.households) {
      const members = h.families
        .filter(active)
        .flatMap((f) => f.members)
        .filter(present);
      const headPerson = h.families.flatMap((f) => f.members).find((p) => p.key === h.head && present(p));
      const inside = [
        ...h.families.map((f) => f.key),
        ...h.families.flatMap((f) => f.members.map((p) => p.key)),
      ];
      facts.set(h.key, {
        unit,
        decile: h.decile ?? null,
        members: members.map(memberFacts),
        roofMembers: members.length,
        head: headPerson ? memberFacts(headPerson) : null,
        lostLivelihood: h.families.filter(active).map(lostOf),
        programsReceived: openPrograms(world, [h.key, ...inside]),
      });
    }
    return facts;
  }
  for (const place of places(world)) {
    const { family, household } = place;
    const outer = household ? [household.key] : [];
    if (unit === 'family') {
      if (!active(family)) continue;
      const members = family.members.filter(present);
      const head = members.find((p) => (p.relationship === undefined ? 1 : p.relationship) === 1);
      facts.set(family.key, {
        unit,
        decile: household?.decile ?? null,
        members: members.map(memberFacts),
        roofMembers: roofOf(place),
        head: head ? memberFacts(head) : null,
        lostLivelihood: [lostOf(family)],
        programsReceived: openPrograms(world, [family.key, ...outer, ...family.members.map((p) => p.key)]),
      });
      continue;
    }
    for (const person of family.members.filter(present))
      facts.set(person.key, {
        unit,
        decile: household?.decile ?? null,
        members: [memberFacts(person)],
        roofMembers: active(family) ? roofOf(place) : 1,
        head: null,
        lostLivelihood: [lostOf(family)],
        programsReceived: openPrograms(world, [person.key, family.key, ...outer]),
      });
  }
  return facts;
}
