// Every unit of a program's target unit in an area, evaluated against an eligibility in one set-based
// statement: its decile in the latest finished ranking run, each condition's value (condition-sql.ts), whether
// it holds an open enrolment, and the verdict in three-valued logic (null: the missing facts decide). The
// counts, the lists and the what-if all read this one statement, so they cannot disagree.
import { sql, type RawBuilder } from 'kysely';
import type { Eligibility, EligibilityUnit } from '@smart-kampung/domain';
import { inArea } from '../../../platform/area/in-area.ts';
import { anyMember, memberRule, unitCondition } from './condition-sql.ts';

export interface UnitsQuery {
  programId: string;
  unit: EligibilityUnit;
  eligibility: Eligibility;
  /** The area whose units are read (a village, district or the regency). */
  area: string;
  /** The date ages are counted on. */
  asOf: string;
}

/** The latest finished ranking run: its deciles are the households' current ones. */
export const latestRun = sql`(SELECT id FROM welfare_ranking_run WHERE status = 'done'
  ORDER BY finished_at DESC NULLS LAST, started_at DESC, id LIMIT 1)`;

const READS_WELFARE = new Set(['severe_disability', 'chronic_illness', 'no_jkn']);

/** The units that an open enrolment in program `code` reaches: itself, what contains it, what it contains. */
function reachedBy(code: string | undefined, unit: EligibilityUnit, area: string) {
  const open = sql`e.program_id = (SELECT id FROM assistance_program WHERE code = ${code ?? ''})
    AND e.status <> 'exited' AND ${inArea('e.village_code', area)}`;
  switch (unit) {
    case 'household':
      return sql`SELECT e.village_code, e.household_id AS unit_id FROM assistance_enrolment e WHERE ${open} AND e.household_id IS NOT NULL
        UNION SELECT f.village_code, f.household_id FROM assistance_enrolment e
          JOIN family f ON f.village_code = e.village_code AND f.id = e.family_id WHERE ${open} AND f.household_id IS NOT NULL
        UNION SELECT f.village_code, f.household_id FROM assistance_enrolment e
          JOIN resident r ON r.village_code = e.village_code AND r.id = e.resident_id
          JOIN family f ON f.village_code = r.village_code AND f.id = r.family_id WHERE ${open} AND f.household_id IS NOT NULL`;
    case 'family':
      return sql`SELECT e.village_code, e.family_id AS unit_id FROM assistance_enrolment e WHERE ${open} AND e.family_id IS NOT NULL
        UNION SELECT f.village_code, f.id FROM assistance_enrolment e
          JOIN family f ON f.village_code = e.village_code AND f.household_id = e.household_id WHERE ${open}
        UNION SELECT r.village_code, r.family_id FROM assistance_enrolment e
          JOIN resident r ON r.village_code = e.village_code AND r.id = e.resident_id WHERE ${open} AND r.family_id IS NOT NULL`;
    case 'resident':
      return sql`SELECT e.village_code, e.resident_id AS unit_id FROM assistance_enrolment e WHERE ${open} AND e.resident_id IS NOT NULL
        UNION SELECT r.village_code, r.id FROM assistance_enrolment e
          JOIN resident r ON r.village_code = e.village_code AND r.family_id = e.family_id WHERE ${open}
        UNION SELECT r.village_code, r.id FROM assistance_enrolment e
          JOIN family f ON f.village_code = e.village_code AND f.household_id = e.household_id
          JOIN resident r ON r.village_code = f.village_code AND r.family_id = f.id WHERE ${open}`;
  }
}

/** The unit's own open enrolment in the program (one at most: the partial unique indexes). */
const UNIT_COLUMN = { household: 'household_id', family: 'family_id', resident: 'resident_id' } as const;

function parts(query: UnitsQuery) {
  const { unit, eligibility, asOf, area } = query;
  const rules = eligibility.conditions.map((c) => memberRule(c.id, c.params ?? {}, asOf));
  const readsWelfare = eligibility.conditions.some((c) => READS_WELFARE.has(c.id));
  const needs = (id: string) => eligibility.conditions.some((c) => c.id === id);
  const memberAggregates = rules.map((rule, i) =>
    rule ? sql`, ${anyMember(rule)} AS ${sql.ref(`c${i}`)}` : sql``,
  );
  const memberColumn = (i: number): RawBuilder<boolean | null> | null => {
    const rule = rules[i];
    if (!rule) return null;
    return unit === 'resident' ? rule : sql`${sql.ref(`m.c${i}`)}`;
  };
  const conditionColumns = eligibility.conditions.map(
    (c, i) =>
      sql`, ${unitCondition(c.id, c.params ?? {}, unit, memberColumn(i), `recv${i}`)} AS ${sql.ref(`c${i}`)}`,
  );
  const received = eligibility.conditions.flatMap((c, i) =>
    c.id === 'not_receiving' ? [{ alias: `recv${i}`, body: reachedBy(c.params?.program, unit, area) }] : [],
  );
  return { rules, readsWelfare, needs, memberAggregates, conditionColumns, received };
}

const welfareJoin = (reads: boolean) =>
  reads
    ? sql`LEFT JOIN resident_welfare rw ON rw.village_code = r.village_code AND rw.resident_id = r.id`
    : sql``;

/** Present people under each active family's roof: its household's, or its own when it has none. */
const roofOf = (area: string) => sql`SELECT f.village_code, f.id AS family_id,
    CASE WHEN f.household_id IS NULL THEN COALESCE(fn.n, 0)
      ELSE COALESCE(sum(fn.n) OVER (PARTITION BY f.village_code, f.household_id), 0) END AS n
  FROM family f LEFT JOIN (SELECT r.village_code, r.family_id, count(*)::int AS n FROM resident r
      WHERE r.status_code = 1 AND ${inArea('r.village_code', area)} GROUP BY 1, 2) fn
    ON fn.village_code = f.village_code AND fn.family_id = f.id
  WHERE f.active AND ${inArea('f.village_code', area)}`;

/** The unit rows with their condition columns (before the verdict). */
function unitRows(query: UnitsQuery): RawBuilder<unknown> {
  const { unit, area, programId } = query;
  const p = parts(query);
  const ctes = [sql`run AS ${latestRun}`, ...p.received.map((r) => sql`${sql.ref(r.alias)} AS (${r.body})`)];
  const receivedJoins = p.received.map(
    (r) => sql`LEFT JOIN ${sql.ref(r.alias)} ON ${sql.ref(`${r.alias}.village_code`)} = u.village_code
      AND ${sql.ref(`${r.alias}.unit_id`)} = u.id`,
  );
  const enrolment = sql`LEFT JOIN assistance_enrolment e0 ON e0.village_code = u.village_code AND e0.program_id = ${programId}
    AND ${sql.ref(`e0.${UNIT_COLUMN[unit]}`)} = u.id AND e0.status <> 'exited'`;
  const decile = (
    household: RawBuilder<unknown>,
  ) => sql`LEFT JOIN household_decile d ON d.village_code = u.village_code
    AND d.run_id = (SELECT id FROM run) AND d.household_id = ${household}`;
  const head = sql`u.village_code, u.id AS unit_id, d.decile, (e0.id IS NOT NULL) AS enrolled, e0.status AS enrolment_status`;

  // The member aggregate is read only when a condition needs it (a regency's residents are the costly rows).
  const membersRead = p.rules.some(Boolean) || (unit === 'family' && p.needs('female_head'));
  const memberJoin = membersRead
    ? sql`LEFT JOIN m ON m.village_code = u.village_code AND m.unit_id = u.id`
    : sql``;
  if (unit === 'household') {
    if (membersRead)
      ctes.push(sql`m AS (SELECT f.village_code, f.household_id AS unit_id, count(*)::int AS n ${sql.join(p.memberAggregates, sql``)}
      FROM family f JOIN resident r ON r.village_code = f.village_code AND r.family_id = f.id AND r.status_code = 1
      ${welfareJoin(p.readsWelfare)}
      WHERE f.active AND f.household_id IS NOT NULL AND ${inArea('f.village_code', area)} GROUP BY 1, 2)`);
    if (p.needs('lost_livelihood'))
      ctes.push(sql`lost AS (SELECT f.village_code, f.household_id AS unit_id,
        ${anyMember(sql`fw.lost_livelihood`)} AS value
        FROM family f LEFT JOIN family_welfare fw ON fw.village_code = f.village_code AND fw.family_id = f.id
        WHERE f.active AND f.household_id IS NOT NULL AND ${inArea('f.village_code', area)} GROUP BY 1, 2)`);
    return sql`WITH ${sql.join(ctes)}
      SELECT ${head}, u.id AS household_id ${sql.join(p.conditionColumns, sql``)}
      FROM household u ${decile(sql`u.id`)} ${enrolment} ${memberJoin}
      ${p.needs('lost_livelihood') ? sql`LEFT JOIN lost ON lost.village_code = u.village_code AND lost.unit_id = u.id` : sql``}
      ${p.needs('female_head') ? sql`LEFT JOIN resident head ON head.village_code = u.village_code AND head.id = u.head_resident_id AND head.status_code = 1` : sql``}
      ${sql.join(receivedJoins, sql` `)}
      WHERE ${inArea('u.village_code', area)}`;
  }

  const needsRoof = p.needs('elderly_alone');
  if (needsRoof) ctes.push(sql`roof AS (${roofOf(area)})`);
  const lostJoin = (family: RawBuilder<unknown>) =>
    p.needs('lost_livelihood')
      ? sql`LEFT JOIN (SELECT village_code, family_id AS unit_id, lost_livelihood AS value FROM family_welfare) lost
          ON lost.village_code = u.village_code AND lost.unit_id = ${family}`
      : sql``;

  if (unit === 'family') {
    if (membersRead)
      ctes.push(sql`m AS (SELECT r.village_code, r.family_id AS unit_id, count(*)::int AS n,
        bool_or(r.relationship = 1) AS has_head, bool_or(r.relationship = 1 AND r.sex = 2) AS head_female
        ${sql.join(p.memberAggregates, sql``)}
      FROM resident r ${welfareJoin(p.readsWelfare)}
      WHERE r.status_code = 1 AND r.family_id IS NOT NULL AND ${inArea('r.village_code', area)} GROUP BY 1, 2)`);
    return sql`WITH ${sql.join(ctes)}
      SELECT ${head}, u.household_id ${sql.join(p.conditionColumns, sql``)}
      FROM family u ${decile(sql`u.household_id`)} ${enrolment} ${memberJoin}
      ${needsRoof ? sql`LEFT JOIN roof ON roof.village_code = u.village_code AND roof.family_id = u.id` : sql``}
      ${lostJoin(sql`u.id`)}
      ${sql.join(receivedJoins, sql` `)}
      WHERE u.active AND ${inArea('u.village_code', area)}`;
  }

  // A resident unit: the person is the row (`r` and `u` name the same resident).
  return sql`WITH ${sql.join(ctes)}
    SELECT ${head}, f.household_id ${sql.join(p.conditionColumns, sql``)}
    FROM resident u
    JOIN resident r ON r.village_code = u.village_code AND r.id = u.id
    LEFT JOIN family f ON f.village_code = u.village_code AND f.id = u.family_id
    ${welfareJoin(p.readsWelfare)}
    ${decile(sql`f.household_id`)} ${enrolment}
    ${needsRoof ? sql`LEFT JOIN roof ON roof.village_code = u.village_code AND roof.family_id = u.family_id` : sql``}
    ${lostJoin(sql`u.family_id`)}
    ${sql.join(receivedJoins, sql` `)}
    WHERE u.status_code = 1 AND ${inArea('u.village_code', area)}`;
}

/** The verdict over the condition columns: the threshold and all (or any) of the conditions, SQL's logic. */
function verdict(eligibility: Eligibility) {
  const threshold =
    eligibility.maxDecile === null ? sql`true` : sql`(x.decile <= ${eligibility.maxDecile}::int)`;
  const columns = eligibility.conditions.map((_, i) => sql.ref(`x.c${i}`));
  const combined =
    columns.length === 0
      ? sql`true`
      : sql`(${sql.join(columns, eligibility.combine === 'all' ? sql` AND ` : sql` OR `)})`;
  return sql<boolean | null>`(${threshold} AND ${combined})`;
}

/** Every unit of the area with its decile, conditions (c0, c1 …), enrolment and verdict (`eligible`). */
export function evaluatedUnits(query: UnitsQuery): RawBuilder<unknown> {
  return sql`SELECT x.*, ${verdict(query.eligibility)} AS eligible FROM (${unitRows(query)}) x`;
}
