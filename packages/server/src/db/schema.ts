// Row types are generated from the migrated schema by `npm run db:types` (kysely-codegen); this file only
// re-exports them so imports stay stable when the generator's output changes shape.
export type * from './schema.generated.ts';
