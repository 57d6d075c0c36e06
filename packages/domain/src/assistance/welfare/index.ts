// Welfare scores (issue 12): facts of a unit, the scoring models as data, scoring and deciles.
export * from './facts.ts';
export * from './variable.ts';
export * from './score-variables.ts';
export * from './bps-criteria.ts';
export * from './model.ts';
export * from './score.ts';
export * from './deciles.ts';
