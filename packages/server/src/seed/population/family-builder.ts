// Who lives together: one household holds one family (KK) or, less often, two (a young couple living with the
// parents). Family types and ages are drawn so that the village as a whole gets Indonesia's population pyramid:
// couples with children born to mothers aged about 19-40, grown children leaving home, elderly widows living
// alone or with a grandchild, a widowed parent moving in. SHDK (KK_LEVEL) codes: 1 head, 3 wife, 4 child,
// 6 grandchild, 7 parent, 8 parent-in-law, 9 other relative. STATUS_KAWIN: 1 single, 2 married, 3 divorced,
// 4 widowed.
import { addDays, ageOn, birthDateForAge, REFERENCE_DATE } from './dates.ts';
import type { Ethnicity } from './names.ts';
import { type Rng, weightedTable, type WeightedTable } from './prng.ts';
import { RELIGION_BY_ETHNICITY } from './person-attributes.ts';

export type SexWord = 'male' | 'female';

export interface PersonDraft {
  sex: SexWord;
  birthDate: string;
  age: number;
  relationship: number;
  maritalStatus: number;
  ethnicity: Ethnicity;
  religion: number;
  /** Parents in the same household (their names and NIKs are copied onto the child's record). */
  father?: PersonDraft;
  mother?: PersonDraft;
  marriageDate?: string;
  /** Set when this person must be the demo citizen (fixed birth date, local NIK, no data problems). */
  demoCitizen?: boolean;
  name?: string;
}

export interface FamilyDraft {
  members: PersonDraft[];
}

interface Context {
  rng: Rng;
  ethnicity: WeightedTable<Ethnicity>;
}

const bands = (entries: [number, number, number][]) =>
  weightedTable(entries.map(([from, to, weight]) => [[from, to] as const, weight] as const));
const COUPLE_HEAD_AGE = bands([[22, 29, 10], [30, 39, 22], [40, 49, 28], [50, 59, 23], [60, 69, 13], [70, 82, 6]]); // prettier-ignore
const ELDERLY_AGE = bands([[60, 69, 45], [70, 79, 40], [80, 92, 15]]); // prettier-ignore
const FAMILY_TYPE = weightedTable([
  ['couple', 76],
  ['singleParent', 10],
  ['elderlyAlone', 7],
  ['youngSingle', 4],
] as const);

function ageIn(rng: Rng, table: WeightedTable<readonly [number, number]>) {
  const [from, to] = rng.draw(table);
  return rng.int(from, to);
}

function person(
  ctx: Context,
  age: number,
  sex: SexWord,
  relationship: number,
  maritalStatus: number,
  like?: PersonDraft,
): PersonDraft {
  const ethnicity = like?.ethnicity ?? ctx.rng.draw(ctx.ethnicity);
  const religion = like?.religion ?? ctx.rng.draw(RELIGION_BY_ETHNICITY[ethnicity]);
  return {
    sex,
    age,
    birthDate: birthDateForAge(age, ctx.rng.next()),
    relationship,
    maritalStatus,
    ethnicity,
    religion,
  };
}

/** Children still at home, oldest first, for a mother of `motherAge` (births spaced 2-5 years). */
function children(
  ctx: Context,
  motherAge: number,
  father: PersonDraft | undefined,
  mother: PersonDraft | undefined,
  like: PersonDraft,
) {
  const { rng } = ctx;
  const motherBirthYear = 2026 - motherAge;
  const births =
    motherBirthYear < 1960
      ? rng.int(3, 6)
      : motherBirthYear < 1975
        ? rng.int(2, 5)
        : rng.int(1, 3) + (rng.chance(0.3) ? 1 : 0);
  const kids: PersonDraft[] = [];
  let motherAgeAtBirth = rng.int(19, 27);
  for (let i = 0; i < births && motherAgeAtBirth <= 42; i++) {
    const age = motherAge - motherAgeAtBirth;
    if (age < 0) break;
    const stays = age < 18 ? 0.98 : age < 23 ? 0.85 : age < 28 ? 0.55 : age < 36 ? 0.2 : 0.04;
    if (rng.chance(stays)) {
      const marital = age >= 25 && rng.chance(0.08) ? 3 : 1;
      const child = person(ctx, age, rng.chance(0.51) ? 'male' : 'female', 4, marital, like);
      if (father) child.father = father;
      if (mother) child.mother = mother;
      kids.push(child);
    }
    motherAgeAtBirth += rng.int(2, 5);
  }
  return kids.slice(-4);
}

/**
 * A young wife's drawn marriage age can lie ahead of her: such a couple married within the year before the
 * reference date, spread by the drawn day so couples do not share one date. No extra draw, so every other
 * family of a seed stays as it was.
 */
function recentPast(drawn: string): string {
  const spread = (Number(drawn.slice(5, 7)) - 1) * 28 + Number(drawn.slice(8, 10));
  return addDays(REFERENCE_DATE, -(14 + spread));
}

/** Husband, wife (ages a few years apart), their children and sometimes a parent or grandchildren. */
function coupleFamily(ctx: Context, headAge: number, wifeBirthDate?: string): FamilyDraft {
  const { rng } = ctx;
  const head = person(ctx, headAge, 'male', 1, 2);
  const wifeAge = Math.max(17, headAge - Math.round(4 + 3 * rng.normal()));
  const wife = person(ctx, wifeAge, 'female', 3, 2, head);
  if (rng.chance(0.12)) wife.ethnicity = rng.draw(ctx.ethnicity);
  if (wifeBirthDate)
    Object.assign(wife, { birthDate: wifeBirthDate, age: ageOn(wifeBirthDate), demoCitizen: true });
  const kids = children(ctx, wife.age, head, wife, head);
  const firstChild = kids[0];
  const drawn = addDays(wife.birthDate, Math.round((rng.int(17, 26) + rng.next()) * 365.25));
  const beforeFirstChild = firstChild ? addDays(firstChild.birthDate, -rng.int(300, 700)) : drawn;
  const marriedAt = drawn < beforeFirstChild ? drawn : beforeFirstChild;
  head.marriageDate = wife.marriageDate = marriedAt < REFERENCE_DATE ? marriedAt : recentPast(marriedAt);
  const members = [head, wife, ...kids];
  if (headAge < 55 && rng.chance(0.08)) {
    const parentAge = Math.min(95, headAge + rng.int(22, 35));
    const relationship = rng.chance(0.5) ? 7 : 8;
    if (rng.chance(0.2)) {
      members.push(
        person(ctx, parentAge, 'male', relationship, 2, head),
        person(ctx, parentAge - 3, 'female', relationship, 2, head),
      );
    } else {
      members.push(person(ctx, parentAge, rng.chance(0.7) ? 'female' : 'male', relationship, 4, head));
    }
  }
  if (headAge >= 50 && rng.chance(0.15)) {
    for (let i = rng.int(1, 2); i > 0; i--)
      members.push(person(ctx, rng.int(0, 12), rng.chance(0.5) ? 'male' : 'female', 6, 1, head));
  }
  if (rng.chance(0.015))
    members.push(person(ctx, rng.int(15, 30), rng.chance(0.5) ? 'male' : 'female', 9, 1, head));
  return { members };
}

function singleParentFamily(ctx: Context): FamilyDraft {
  const { rng } = ctx;
  const female = rng.chance(0.8);
  const age = rng.int(28, 75);
  const head = person(ctx, age, female ? 'female' : 'male', 1, age > 45 || rng.chance(0.4) ? 4 : 3);
  const kids = children(
    ctx,
    female ? age : Math.max(20, age - 4),
    female ? undefined : head,
    female ? head : undefined,
    head,
  );
  return { members: [head, ...kids] };
}

function elderlyAloneFamily(ctx: Context): FamilyDraft {
  const { rng } = ctx;
  const r = rng.next();
  const head = person(
    ctx,
    ageIn(rng, ELDERLY_AGE),
    rng.chance(0.7) ? 'female' : 'male',
    1,
    r < 0.85 ? 4 : r < 0.95 ? 3 : 1,
  );
  const members = [head];
  if (rng.chance(0.2)) {
    for (let i = rng.int(1, 2); i > 0; i--)
      members.push(person(ctx, rng.int(3, 17), rng.chance(0.5) ? 'male' : 'female', 6, 1, head));
  }
  return { members };
}

function youngSingleFamily(ctx: Context): FamilyDraft {
  const { rng } = ctx;
  return {
    members: [
      person(ctx, rng.int(19, 40), rng.chance(0.65) ? 'male' : 'female', 1, rng.chance(0.85) ? 1 : 3),
    ],
  };
}

/** A young couple sharing the house of an older family: usually a married son or daughter. */
function joinedFamily(ctx: Context, host: FamilyDraft): FamilyDraft {
  const { rng } = ctx;
  const hostHead = host.members[0]!;
  const hostWife = host.members.find((m) => m.relationship === 3);
  const family = coupleFamily(ctx, Math.min(38, Math.max(20, hostHead.age - rng.int(22, 30))));
  family.members = family.members.filter((m) => m.relationship <= 4).slice(0, 4);
  const [head, wife] = family.members;
  // The child of the host family is either the new head (a son) or his wife (a daughter).
  const ownChild = rng.chance(0.6) ? head! : wife!;
  if (hostHead.sex === 'male') ownChild.father = hostHead;
  const hostMother = hostHead.sex === 'female' ? hostHead : hostWife;
  if (hostMother) ownChild.mother = hostMother;
  return family;
}

export interface HouseholdOptions {
  /** The first household of the demo village holds the demo citizen as the wife. */
  demoWifeBirthDate?: string;
}

/** One household: a main family and, in about 8% of households, a second family. */
export function buildHousehold(
  rng: Rng,
  ethnicity: WeightedTable<Ethnicity>,
  options: HouseholdOptions = {},
) {
  const ctx = { rng, ethnicity };
  if (options.demoWifeBirthDate) return [coupleFamily(ctx, 38, options.demoWifeBirthDate)];
  const type = rng.draw(FAMILY_TYPE);
  const main =
    type === 'couple'
      ? coupleFamily(ctx, ageIn(rng, COUPLE_HEAD_AGE))
      : type === 'singleParent'
        ? singleParentFamily(ctx)
        : type === 'elderlyAlone'
          ? elderlyAloneFamily(ctx)
          : youngSingleFamily(ctx);
  const head = main.members[0]!;
  return head.age >= 45 && rng.chance(0.16) ? [main, joinedFamily(ctx, main)] : [main];
}
