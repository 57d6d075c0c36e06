// The distribution step (`npm run citus:distribute`): checks the schema rules, then runs placement.sql and
// distribute.sql in one transaction, statement by statement, on the Citus coordinator.
import { sql } from 'kysely';
import type { Db } from '../database.ts';
import { DISTRIBUTE_FILE, fileStatements, PLACEMENT_FILE } from './placement.ts';
import { checkSchemaRules } from './schema-rules.ts';

export class SchemaRulesBroken extends Error {
  constructor(readonly messages: string[]) {
    super(`The schema breaks the Citus rules, nothing was distributed:\n${messages.join('\n')}`);
  }
}

/** Distributes what is not distributed yet; refuses, untouched, a schema that breaks a rule. */
export async function distributeTables(db: Db) {
  const violations = await checkSchemaRules(db);
  if (violations.length > 0) throw new SchemaRulesBroken(violations.map((v) => v.message));
  const statements = [...(await fileStatements(PLACEMENT_FILE)), ...(await fileStatements(DISTRIBUTE_FILE))];
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await sql.raw(statement.sql).execute(trx);
  });
}

export interface DistributedTable {
  table: string;
  /** hash: spread over the workers; reference: whole on every node; local: a coordinator table in the metadata. */
  method: 'hash' | 'reference' | 'local';
  column: string | null;
  colocation: number;
}

/** Citus's own record of the distributed tables (pg_dist_partition), for the CLI's summary and the tests. */
export async function distributedTables(db: Db): Promise<DistributedTable[]> {
  const { rows } = await sql<DistributedTable>`
    SELECT p.logicalrelid::regclass::text AS "table",
           CASE WHEN p.partmethod = 'h' THEN 'hash' WHEN p.repmodel = 't' THEN 'reference' ELSE 'local' END AS method,
           CASE WHEN p.partmethod = 'h' THEN column_to_column_name(p.logicalrelid, p.partkey) END AS "column",
           p.colocationid AS colocation
    FROM pg_dist_partition p ORDER BY 1`.execute(db);
  return rows;
}
