// Public API of the population registry rules: pure functions and static data, no I/O.
export * from './age.ts';
export * from './calendar.ts';
export * from './code-lists.ts';
export * from './district.ts';
export * from './event-dates.ts';
export * from './family.ts';
export * from './generate-nik.ts';
export * from './housing-codes.ts';
export * from './housing-columns.ts';
export * from './housing-rules.ts';
export * from './issues.ts';
export * from './kk.ts';
export * from './mask.ts';
export * from './nik.ts';
export * from './registry-batch.ts';
export * from './sex.ts';
