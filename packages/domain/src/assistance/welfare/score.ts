// Scores one unit under one model: the points of every variable that holds, times its weight; the reasons
// (largest first); and the variables whose facts are missing. A missing fact is never guessed: the score is
// then the points proven so far and the unit is marked incomplete.
import type { UnitFacts } from './facts.ts';
import { welfareVariable, type WelfareModel } from './model.ts';

export interface ScoreReason {
  variable: string;
  points: number;
}

export interface CriteriaVerdict {
  met: number;
  known: number;
  /** true: met reaches the threshold; false: it cannot, even if every missing one were met; null: undecided. */
  poor: boolean | null;
}

export interface UnitScore {
  score: number;
  reasons: ScoreReason[];
  missing: string[];
  complete: boolean;
  /** Criteria models only. */
  verdict?: CriteriaVerdict;
}

/** points × weight in hundredths, so sums of weighted points stay exact (score is numeric(8,2)). */
const hundredths = (points: number, weight: number) => Math.round(points * weight * 100);

export function scoreUnit(model: WelfareModel, facts: UnitFacts): UnitScore {
  const reasons: (ScoreReason & { order: number })[] = [];
  const missing: string[] = [];
  let total = 0;
  let met = 0;
  model.definition.variables.forEach((entry, order) => {
    const variable = welfareVariable(entry.variable);
    if (!variable) throw new Error(`welfare model ${model.id}: unknown variable ${entry.variable}`);
    const holds = variable.evaluate(facts);
    if (holds === null) {
      missing.push(entry.variable);
      return;
    }
    if (!holds) return;
    met += 1;
    const points = hundredths(entry.points, entry.weight);
    if (points === 0) return;
    total += points;
    reasons.push({ variable: entry.variable, points: points / 100, order });
  });
  // Largest contribution first; equal ones in the model's order (stable, so the same facts read the same).
  reasons.sort((a, b) => b.points - a.points || a.order - b.order);
  const result: UnitScore = {
    score: total / 100,
    reasons: reasons.map(({ variable, points }) => ({ variable, points })),
    missing,
    complete: missing.length === 0,
  };
  if (model.kind === 'criteria') {
    const threshold = model.definition.threshold ?? model.definition.variables.length;
    const known = model.definition.variables.length - missing.length;
    const poor = met >= threshold ? true : met + missing.length < threshold ? false : null;
    result.verdict = { met, known, poor };
  }
  return result;
}

/** "Lantai tanah +6" in the language asked for. */
export function reasonText(reason: ScoreReason, language: 'id' | 'en'): string {
  const label = welfareVariable(reason.variable)?.label[language] ?? reason.variable;
  const number = Math.abs(reason.points).toString();
  const shown = language === 'id' ? number.replace('.', ',') : number;
  return `${label} ${reason.points < 0 ? '−' : '+'}${shown}`;
}
