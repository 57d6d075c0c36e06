// A scoring model as data: which variables count, their points and the weights the regency sets. The model
// is stored versioned (welfare_model, id 'name@version'); changing a weight makes version N+1, so every
// score and ranking run names the rules that made it. The variables' logic lives in code (score-variables.ts,
// bps-criteria.ts) and is looked up by id.
import { BPS_CRITERIA, BPS_POOR_THRESHOLD } from './bps-criteria.ts';
import { DEFAULT_SCORE_POINTS, SCORE_VARIABLES } from './score-variables.ts';
import type { WelfareVariable } from './variable.ts';

export type WelfareModelKind = 'score' | 'criteria';

export interface ModelVariable {
  variable: string;
  points: number;
  /** What the regency sets: 0 switches a variable off, 1 keeps its points, 2 doubles them. */
  weight: number;
}

export interface WelfareModelDefinition {
  variables: ModelVariable[];
  /** Criteria models: criteria met from which a unit is poor. */
  threshold?: number;
}

export interface WelfareModel {
  id: string;
  kind: WelfareModelKind;
  name: string;
  definition: WelfareModelDefinition;
}

export const SCORE_MODEL_NAME = 'skor-kesejahteraan';
export const CRITERIA_MODEL_NAME = 'bps-14';
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 5;

export const VARIABLES_OF: Readonly<Record<WelfareModelKind, readonly WelfareVariable[]>> = {
  score: SCORE_VARIABLES,
  criteria: BPS_CRITERIA,
};

const byId = new Map([...SCORE_VARIABLES, ...BPS_CRITERIA].map((variable) => [variable.id, variable]));

export function welfareVariable(id: string): WelfareVariable | undefined {
  return byId.get(id);
}

export const DEFAULT_SCORE_MODEL: WelfareModel = {
  id: `${SCORE_MODEL_NAME}@1`,
  kind: 'score',
  name: 'Skor kesejahteraan kabupaten',
  definition: {
    variables: SCORE_VARIABLES.map((v) => ({
      variable: v.id,
      points: DEFAULT_SCORE_POINTS[v.id]!,
      weight: 1,
    })),
  },
};

export const BPS_14_MODEL: WelfareModel = {
  id: `${CRITERIA_MODEL_NAME}@1`,
  kind: 'criteria',
  name: '14 kriteria rumah tangga miskin (BPS)',
  definition: {
    variables: BPS_CRITERIA.map((v) => ({ variable: v.id, points: 1, weight: 1 })),
    threshold: BPS_POOR_THRESHOLD,
  },
};

export const DEFAULT_WELFARE_MODELS: readonly WelfareModel[] = [DEFAULT_SCORE_MODEL, BPS_14_MODEL];

/** 'skor-kesejahteraan@3' → { name, version: 3 }. */
export function modelVersion(id: string): { name: string; version: number } {
  const at = id.lastIndexOf('@');
  return { name: id.slice(0, at), version: Number(id.slice(at + 1)) };
}

/** A weight the regency may set: 0 to 5 in steps of 0.01. */
export function isValidWeight(weight: number): boolean {
  return (
    Number.isFinite(weight) &&
    weight >= WEIGHT_MIN &&
    weight <= WEIGHT_MAX &&
    Math.abs(Math.round(weight * 100) - weight * 100) < 1e-9
  );
}

export type WeightProblem = { variable: string; problem: 'unknown_variable' | 'invalid_weight' };

/** What is wrong with new weights for `model` (unknown variables, weights out of range); empty when fine. */
export function weightProblems(
  model: WelfareModel,
  weights: Readonly<Record<string, number>>,
): WeightProblem[] {
  const known = new Set(model.definition.variables.map((v) => v.variable));
  const problems: WeightProblem[] = [];
  for (const [variable, weight] of Object.entries(weights)) {
    if (!known.has(variable)) problems.push({ variable, problem: 'unknown_variable' });
    else if (!isValidWeight(weight)) problems.push({ variable, problem: 'invalid_weight' });
  }
  return problems;
}

/** The next version of `model` with `weights` changed (variables not named keep theirs). */
export function withWeights(model: WelfareModel, weights: Readonly<Record<string, number>>): WelfareModel {
  const { name, version } = modelVersion(model.id);
  return {
    ...model,
    id: `${name}@${version + 1}`,
    definition: {
      ...model.definition,
      variables: model.definition.variables.map((v) => ({ ...v, weight: weights[v.variable] ?? v.weight })),
    },
  };
}

/** Reads a stored definition back; throws on anything the code cannot score (a corrupt row is a bug). */
export function parseModelDefinition(kind: WelfareModelKind, raw: unknown): WelfareModelDefinition {
  const value = raw as Partial<WelfareModelDefinition> | null;
  if (!value || !Array.isArray(value.variables)) throw new Error('welfare model: variables missing');
  const variables = value.variables.map((entry: Partial<ModelVariable>) => {
    const variable = String(entry.variable);
    if (!VARIABLES_OF[kind].some((v) => v.id === variable))
      throw new Error(`welfare model: unknown variable ${variable}`);
    if (typeof entry.points !== 'number' || !isValidWeight(Number(entry.weight)))
      throw new Error(`welfare model: bad points or weight for ${variable}`);
    return { variable, points: entry.points, weight: Number(entry.weight) };
  });
  return value.threshold === undefined ? { variables } : { variables, threshold: Number(value.threshold) };
}
