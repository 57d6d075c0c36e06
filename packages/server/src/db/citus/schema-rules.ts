// The rules that keep the schema distributable by Citus (docs/ARCHITECTURE.md, "Scale-out"), checked against
// the real catalogue by the schema test on every `npm test` and by `npm run citus:distribute` before it
// touches anything. Each rule mirrors a refusal Citus 13 gives (or a convention the app relies on), so a new
// table that breaks one fails here, on PGlite and PostgreSQL, long before a cluster sees it.
import type { Db } from '../database.ts';
import { readSchemaCatalog, type CatalogForeignKey, type SchemaCatalog } from './catalog-queries.ts';
import { readPlacement, type TablePlacement } from './placement.ts';

export const SCHEMA_RULES = {
  'every-table-placed':
    'every table is listed once in src/db/citus/placement.sql (one line: village, reference, directory or coordinator)',
  'placed-table-exists': 'placement.sql lists only tables that exist',
  'village-has-village-code':
    'a village table has a village_code column; a table without one is a reference, directory or coordinator table',
  'village-distributed-by-village-code': 'a village table is distributed by village_code',
  'village-code-first-in-primary-key': 'a village table has a primary key whose first column is village_code',
  'village-code-first-in-unique':
    'every unique constraint and unique index of a village table starts with village_code',
  'directory-key-first':
    'a directory table has a primary key, and it and every unique key start with its distribution column',
  'village-foreign-key-carries-village-code':
    'a foreign key between village tables pairs village_code with village_code, in the same position',
  'foreign-key-target':
    'village and directory tables reference only village (colocated) or reference tables; reference tables only reference tables; coordinator tables only coordinator or reference tables',
  'foreign-key-keeps-distribution-column':
    'a foreign key over a distribution column has no ON DELETE SET NULL/SET DEFAULT and no ON UPDATE CASCADE/SET NULL/SET DEFAULT',
  'no-triggers':
    'village, directory and reference tables have no triggers (Citus distributes none); write from the application instead',
} as const;

export type SchemaRule = keyof typeof SCHEMA_RULES;

export interface RuleViolation {
  rule: SchemaRule;
  table: string;
  /** "[rule] table: what is wrong" then the rule itself, for a test failure or the CLI. */
  message: string;
}

/** Tables whose rows are spread over the workers; the others are whole on each node or on the coordinator. */
const DISTRIBUTED = new Set(['village', 'directory']);

export function schemaRuleViolations(catalog: SchemaCatalog, placements: TablePlacement[]): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const fail = (rule: SchemaRule, table: string, what: string) =>
    violations.push({ rule, table, message: `[${rule}] ${table}: ${what}. Rule: ${SCHEMA_RULES[rule]}.` });
  const placementOf = new Map(placements.map((p) => [p.table, p]));
  const tables = new Map(catalog.tables.map((t) => [t.name, t]));

  for (const table of catalog.tables)
    if (!placementOf.has(table.name)) fail('every-table-placed', table.name, 'not listed in placement.sql');
  for (const placement of placements)
    if (!tables.has(placement.table))
      fail('placed-table-exists', placement.table, 'listed in placement.sql but not in the schema');

  for (const placement of placements) {
    const table = tables.get(placement.table);
    if (!table) continue;
    const keys = catalog.uniqueKeys.filter((k) => k.table === table.name);
    const primary = keys.find((k) => k.primary);
    if (placement.placement === 'village') {
      if (!table.hasVillageCode)
        fail('village-has-village-code', table.name, 'placed as village, has no village_code');
      if (placement.distributionColumn !== 'village_code')
        fail('village-distributed-by-village-code', table.name, `placed by ${placement.distributionColumn}`);
      if (primary?.columns[0] !== 'village_code')
        fail(
          'village-code-first-in-primary-key',
          table.name,
          primary ? `primary key is (${primary.columns.join(', ')})` : 'no primary key',
        );
      for (const key of keys)
        if (!key.primary && key.columns[0] !== 'village_code')
          fail('village-code-first-in-unique', table.name, `${key.name} is on (${key.columns.join(', ')})`);
    }
    if (placement.placement === 'directory') {
      const column = placement.distributionColumn;
      if (primary?.columns[0] !== column)
        fail(
          'directory-key-first',
          table.name,
          primary ? `primary key is (${primary.columns.join(', ')})` : 'no primary key',
        );
      for (const key of keys)
        if (!key.primary && key.columns[0] !== column)
          fail('directory-key-first', table.name, `${key.name} is on (${key.columns.join(', ')})`);
    }
    if (placement.placement !== 'coordinator')
      for (const trigger of catalog.triggers.filter((t) => t.table === table.name))
        fail('no-triggers', table.name, `trigger ${trigger.name} on a ${placement.placement} table`);
  }

  for (const fk of catalog.foreignKeys) {
    const from = placementOf.get(fk.table);
    const to = placementOf.get(fk.referencedTable);
    if (!from || !to) continue;
    if (!targetAllowed(from.placement, to.placement))
      fail(
        'foreign-key-target',
        fk.table,
        `${fk.name} from a ${from.placement} table references ${to.placement} table ${fk.referencedTable}`,
      );
    else if (from.placement === 'village' && to.placement === 'village' && !pairsVillageCode(fk))
      fail(
        'village-foreign-key-carries-village-code',
        fk.table,
        `${fk.name} is (${fk.columns.join(', ')}) -> ${fk.referencedTable} (${fk.referencedColumns.join(', ')})`,
      );
    if (
      DISTRIBUTED.has(from.placement) &&
      fk.columns.includes(from.distributionColumn ?? '') &&
      changesKey(fk)
    )
      fail(
        'foreign-key-keeps-distribution-column',
        fk.table,
        `${fk.name} would change ${from.distributionColumn} on delete or update`,
      );
  }
  return violations;
}

function targetAllowed(from: TablePlacement['placement'], to: TablePlacement['placement']) {
  switch (from) {
    case 'village':
      return to === 'village' || to === 'reference';
    case 'directory':
    case 'reference':
      return to === 'reference';
    case 'coordinator':
      return to === 'coordinator' || to === 'reference';
  }
}

function pairsVillageCode(fk: CatalogForeignKey) {
  const position = fk.columns.indexOf('village_code');
  return position >= 0 && fk.referencedColumns[position] === 'village_code';
}

/** SET NULL / SET DEFAULT on delete, CASCADE / SET NULL / SET DEFAULT on update (pg_constraint codes). */
function changesKey(fk: CatalogForeignKey) {
  return ['n', 'd'].includes(fk.onDelete) || ['c', 'n', 'd'].includes(fk.onUpdate);
}

/** Reads the catalogue and placement.sql of this database and checks every rule. */
export async function checkSchemaRules(db: Db): Promise<RuleViolation[]> {
  return schemaRuleViolations(await readSchemaCatalog(db), await readPlacement(db));
}
