// Village letters: numbering, the signing matrix, the template format. The catalogue data is its own entry
// point (@smart-kampung/domain/letters/catalogue), so the web app loads it only where it is shown.
export * from './number-format.ts';
export * from './positions.ts';
export * from './signing.ts';
export * from './template.ts';
export * from './signed-record.ts';
export * from './offline-verify.ts';
export * from './request-flow.ts';
export * from './requirements.ts';
export * from './service-level.ts';
export * from './holidays.ts';
