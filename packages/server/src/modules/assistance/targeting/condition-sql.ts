// Each eligibility condition of the domain catalogue (packages/domain/src/assistance/eligibility/conditions.ts)
// as one SQL expression, in SQL's three-valued logic: the domain rule and its expression answer true, false or
// null alike (condition-sql.test.ts runs both on the same households). A member condition is an expression over
// one present resident `r` and their Regsosek section IV row `rw`, read for a household or family through
// `anyMember` (true if one member holds, false if all fail, else unknown); the others are read per unit from
// the columns units.ts provides (`m` the member aggregate, `head`, `lost`, `roof`, `d` the decile).
import { sql, type RawBuilder } from 'kysely';
import type { ConditionId, ConditionParams, EligibilityUnit } from '@smart-kampung/domain';
import { CHRONIC_ILLNESS_NONE } from '@smart-kampung/domain';

type Bool = RawBuilder<boolean | null>;

/** The date `years` whole years before the reference date (PostgreSQL clamps 29 February as the domain does). */
const yearsBefore = (asOf: string, years: number) =>
  sql`(${asOf}::date - make_interval(years => ${years}::int))::date`;

/** Member rules: one present resident `r`, their section IV row `rw` (null when not asked). */
export const memberSql = {
  pregnant: () => sql<boolean>`(r.pregnant IS NOT DISTINCT FROM 1)`,
  /** Aged 0–6 (a birth date after the reference date counts as a newborn). */
  youngChild: (asOf: string) => sql<boolean>`(r.birth_date > ${yearsBefore(asOf, 7)})`,
  schoolAge: (asOf: string) =>
    sql<boolean>`(r.birth_date <= ${yearsBefore(asOf, 7)} AND r.birth_date > ${yearsBefore(asOf, 19)})`,
  agedAtLeast: (asOf: string, age: number) => sql<boolean>`(r.birth_date <= ${yearsBefore(asOf, age)})`,
  /** 428a–i answered 1 or 2 (428j, how often sad, is not read), or a registry disability (cacat 1–6). */
  severeDisability: () =>
    sql<boolean | null>`(CASE WHEN (rw.difficulty[1:9] && ARRAY[1, 2]::int2[]) OR r.disability <> 7 THEN true
      WHEN rw.difficulty IS NOT NULL OR r.disability = 7 THEN false END)`,
  chronicIllness: () => sql<boolean | null>`(rw.chronic_illness <> ${CHRONIC_ILLNESS_NONE})`,
  /** No JKN: 431a without its JKN bits (1, 2, 4; 99 unknown) or registry asuransi 1/99, unless either shows JKN. */
  noJkn: () =>
    sql<
      boolean | null
    >`(CASE WHEN (rw.health_insurance <> 99 AND (rw.health_insurance & 7) <> 0) OR r.insurance IN (2, 3, 4)
      THEN false WHEN rw.health_insurance <> 99 OR r.insurance IN (1, 99) THEN true END)`,
};

/** A member rule over a group of members: true if one holds, false if all fail, else unknown. */
export const anyMember = (expression: RawBuilder<boolean | null>) =>
  sql<
    boolean | null
  >`(CASE WHEN bool_or(${expression}) THEN true WHEN bool_and((${expression}) IS NOT NULL) THEN false END)`;

/** The member rule each member condition uses, or null for conditions read per unit. */
export function memberRule(id: ConditionId, params: ConditionParams, asOf: string): Bool | null {
  switch (id) {
    case 'pregnant_member':
      return memberSql.pregnant();
    case 'young_child':
      return memberSql.youngChild(asOf);
    case 'school_age_child':
      return memberSql.schoolAge(asOf);
    case 'elderly_member':
      return memberSql.agedAtLeast(asOf, params.age ?? 70);
    case 'elderly_alone':
      return memberSql.agedAtLeast(asOf, params.age ?? 60);
    case 'severe_disability':
      return memberSql.severeDisability();
    case 'chronic_illness':
      return memberSql.chronicIllness();
    case 'no_jkn':
      return memberSql.noJkn();
    case 'female_head':
    case 'lost_livelihood':
    case 'not_receiving':
    case 'decile_at_most':
      return null;
  }
}

/**
 * A condition's value for one unit, from the columns units.ts joins: `m` the unit's member aggregate (a
 * household's or family's; absent when nobody is present), `roof` the people under a family's or resident's
 * roof, `head` a household's head, `lost` the lost-livelihood answer, `d` the decile, and the anti-join of the
 * program the condition names. `member` is the condition's member column (`m.c<i>`; for a resident, the rule
 * on the person).
 */
export function unitCondition(
  id: ConditionId,
  params: ConditionParams,
  unit: EligibilityUnit,
  member: Bool | null,
  receivedAlias: string,
): Bool {
  switch (id) {
    case 'elderly_alone':
      // Alone: the unit is one present person, and nobody else lives under its roof.
      if (unit === 'household') return sql`COALESCE(m.n = 1 AND ${member!}, false)`;
      if (unit === 'family') return sql`COALESCE(m.n = 1 AND roof.n = 1 AND ${member!}, false)`;
      // A resident of no active family lives alone as far as the registry knows.
      return sql`COALESCE(COALESCE(roof.n, 1) = 1 AND ${member!}, false)`;
    case 'female_head':
      if (unit === 'household') return sql`(CASE WHEN head.id IS NOT NULL THEN head.sex = 2 END)`;
      if (unit === 'family') return sql`(CASE WHEN m.has_head THEN m.head_female END)`;
      return sql`(CASE WHEN r.relationship IS NOT NULL THEN r.relationship = 1 AND r.sex = 2 END)`;
    case 'lost_livelihood':
      // A household with no family under its roof has none that lost anything; a family without section V is unknown.
      if (unit === 'family') return sql`lost.value`;
      if (unit === 'resident') return sql`(CASE WHEN r.family_id IS NULL THEN false ELSE lost.value END)`;
      return sql`(CASE WHEN lost.unit_id IS NULL THEN false ELSE lost.value END)`;
    case 'not_receiving':
      return sql`(${sql.ref(`${receivedAlias}.unit_id`)} IS NULL)`;
    case 'decile_at_most':
      return sql`(d.decile <= ${params.decile ?? 4}::int)`;
    case 'pregnant_member':
    case 'young_child':
    case 'school_age_child':
    case 'elderly_member':
    case 'severe_disability':
    case 'chronic_illness':
    case 'no_jkn':
      return unit === 'resident'
        ? member!
        : sql`(CASE WHEN m.unit_id IS NULL THEN false ELSE ${member!} END)`;
  }
}
