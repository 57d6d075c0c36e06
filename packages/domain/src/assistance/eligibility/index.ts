// Eligibility as data (issue 12 §3): the condition catalogue, the eligibility shape and its checks.
export * from './facts.ts';
export * from './conditions.ts';
export * from './eligibility.ts';
