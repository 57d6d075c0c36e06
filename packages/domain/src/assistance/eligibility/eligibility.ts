// A program's eligibility as data: a decile threshold and conditions from the catalogue, all or any of which
// must hold. Stored in assistance_program.eligibility; checked here field by field (id + en messages) before
// it is saved or tried in a what-if; evaluated in three-valued logic so that missing facts give "unknown",
// never a guess.
import type { Label } from '../program.ts';
import { CONDITION_IDS, conditionDefinition, type ConditionId, type ConditionParams } from './conditions.ts';
import { allOf, anyOf, type Truth, type EligibilityUnitFacts } from './facts.ts';

export interface EligibilityCondition {
  id: ConditionId;
  params?: ConditionParams;
}

export interface Eligibility {
  /** Households in this decile or poorer (1 = poorest); null: no threshold. */
  maxDecile: number | null;
  conditions: EligibilityCondition[];
  /** 'all': every condition must hold; 'any': one is enough. The threshold always applies. */
  combine: 'all' | 'any';
}

export const MAX_CONDITIONS = 12;

export interface EligibilityFieldError {
  /** Dotted path in the eligibility, e.g. "conditions.1.params.age". */
  field: string;
  message: Label;
}

export type EligibilityCheck =
  { ok: true; eligibility: Eligibility } | { ok: false; errors: EligibilityFieldError[] };

const say = (id: string, en: string): Label => ({ id, en });
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

/** Whether the eligibility says anything at all (a program without one has no targeting lists). */
export function isEligibilityDefined(eligibility: Eligibility): boolean {
  return eligibility.maxDecile !== null || eligibility.conditions.length > 0;
}

function checkParams(
  id: ConditionId,
  raw: unknown,
  at: string,
  errors: EligibilityFieldError[],
): ConditionParams {
  const specs = conditionDefinition(id).params;
  const given = raw === undefined || raw === null ? {} : raw;
  if (!isRecord(given)) {
    errors.push({
      field: `${at}.params`,
      message: say('Parameter harus berupa objek', 'Parameters must be an object'),
    });
    return {};
  }
  const params: ConditionParams = {};
  for (const key of Object.keys(given)) {
    if (!specs.some((spec) => spec.name === key))
      errors.push({
        field: `${at}.params.${key}`,
        message: say('Syarat ini tidak memakai parameter tersebut', 'This condition takes no such parameter'),
      });
  }
  for (const spec of specs) {
    const value = given[spec.name];
    const field = `${at}.params.${spec.name}`;
    if (spec.kind === 'integer') {
      if (value === undefined) {
        params[spec.name as 'age' | 'decile'] = spec.default;
      } else if (!isWhole(value) || value < spec.min || value > spec.max) {
        errors.push({
          field,
          message: say(
            `${spec.label.id} harus bilangan bulat ${spec.min}–${spec.max}`,
            `${spec.label.en} must be a whole number from ${spec.min} to ${spec.max}`,
          ),
        });
      } else params[spec.name as 'age' | 'decile'] = value;
    } else if (typeof value !== 'string' || !/^[A-Z0-9][A-Z0-9_-]{0,29}$/.test(value)) {
      errors.push({
        field,
        message: say('Pilih programnya (kode program)', 'Choose the program (its code)'),
      });
    } else params.program = value;
  }
  return params;
}

/** Reads and checks an eligibility (from a request or the database); the stored default `{"conditions": []}` reads as none. */
export function checkEligibility(input: unknown): EligibilityCheck {
  const errors: EligibilityFieldError[] = [];
  if (!isRecord(input))
    return {
      ok: false,
      errors: [{ field: '', message: say('Syarat kelayakan tidak terbaca', 'Eligibility is unreadable') }],
    };
  for (const key of Object.keys(input))
    if (!['maxDecile', 'conditions', 'combine'].includes(key))
      errors.push({ field: key, message: say('Kolom ini tidak dikenal', 'Unknown field') });

  let maxDecile: number | null = null;
  if (input.maxDecile !== undefined && input.maxDecile !== null) {
    if (!isWhole(input.maxDecile) || input.maxDecile < 1 || input.maxDecile > 10)
      errors.push({
        field: 'maxDecile',
        message: say('Desil harus 1 sampai 10', 'The decile must be 1 to 10'),
      });
    else maxDecile = input.maxDecile;
  }

  const combine = input.combine ?? 'all';
  if (combine !== 'all' && combine !== 'any')
    errors.push({
      field: 'combine',
      message: say('Pilih "semua" atau "salah satu"', 'Choose "all" or "any"'),
    });

  const conditions: EligibilityCondition[] = [];
  const rawConditions = input.conditions ?? [];
  if (!Array.isArray(rawConditions)) {
    errors.push({
      field: 'conditions',
      message: say('Daftar syarat tidak terbaca', 'The conditions are unreadable'),
    });
  } else if (rawConditions.length > MAX_CONDITIONS) {
    errors.push({
      field: 'conditions',
      message: say(`Paling banyak ${MAX_CONDITIONS} syarat`, `At most ${MAX_CONDITIONS} conditions`),
    });
  } else {
    const seen = new Set<string>();
    rawConditions.forEach((raw: unknown, i) => {
      const at = `conditions.${i}`;
      if (!isRecord(raw) || !CONDITION_IDS.includes(raw.id as ConditionId)) {
        errors.push({
          field: `${at}.id`,
          message: say('Syarat ini tidak ada di katalog', 'No such condition in the catalogue'),
        });
        return;
      }
      const id = raw.id as ConditionId;
      for (const key of Object.keys(raw))
        if (key !== 'id' && key !== 'params')
          errors.push({ field: `${at}.${key}`, message: say('Kolom ini tidak dikenal', 'Unknown field') });
      const params = checkParams(id, raw.params, at, errors);
      const key = JSON.stringify([id, params]);
      if (seen.has(key))
        errors.push({
          field: at,
          message: say('Syarat ini sudah dipilih', 'This condition is already chosen'),
        });
      seen.add(key);
      conditions.push(Object.keys(params).length > 0 ? { id, params } : { id });
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, eligibility: { maxDecile, conditions, combine: combine as 'all' | 'any' } };
}

/** What an eligibility says about one unit, with the reasons a list shows. */
export interface EligibilityVerdict {
  /** null: the facts that would decide are missing (an unranked household, an unanswered question). */
  eligible: Truth;
  /** The threshold's answer (null: no threshold, or the household is not ranked). */
  decileHolds: Truth;
  conditions: { id: ConditionId; params?: ConditionParams; holds: Truth }[];
}

export function evaluateEligibility(
  eligibility: Eligibility,
  facts: EligibilityUnitFacts,
  context: { asOf: string },
): EligibilityVerdict {
  const conditions = eligibility.conditions.map((condition) => ({
    ...condition,
    holds: conditionDefinition(condition.id).holds(facts, condition.params ?? {}, context),
  }));
  const decileHolds =
    eligibility.maxDecile === null || facts.decile === null ? null : facts.decile <= eligibility.maxDecile;
  const combined =
    eligibility.combine === 'all'
      ? allOf(conditions.map((c) => c.holds))
      : anyOf(conditions.map((c) => c.holds));
  const byConditions = conditions.length === 0 ? true : combined;
  const threshold = eligibility.maxDecile === null ? true : decileHolds;
  return { eligible: allOf([threshold, byConditions]), decileHolds, conditions };
}
