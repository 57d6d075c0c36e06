// The schema test of issue #15: the migrated schema keeps the Citus rules and placement.sql places every
// table; a table that breaks a rule fails with a message naming it. Runs on PGlite and PostgreSQL alike;
// CI has no Citus, so this is what keeps the scale-out claim true as modules are added.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-database.ts';
import type { Database } from '../database.ts';
import { readSchemaCatalog } from './catalog-queries.ts';
import { readPlacement, type TablePlacement } from './placement.ts';
import { checkSchemaRules, schemaRuleViolations, type SchemaRule } from './schema-rules.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const run = async (...statements: string[]) => {
  for (const statement of statements) await sql.raw(statement).execute(database.db);
};

describe('the migrated schema', () => {
  it('keeps every rule, with every table placed in placement.sql', async () => {
    expect((await checkSchemaRules(database.db)).map((v) => v.message)).toEqual([]);
  });

  it('places every table holding village_code as a village table, but for the two named exceptions', async () => {
    const catalog = await readSchemaCatalog(database.db);
    const placement = new Map((await readPlacement(database.db)).map((p) => [p.table, p.placement]));
    const elsewhere = catalog.tables
      .filter((t) => t.hasVillageCode && placement.get(t.name) !== 'village')
      .map((t) => `${t.name}: ${placement.get(t.name)}`);
    // citizen_login: unique on user and NIK digest, not on a village; resident_nik: unique on NIK.
    expect(elsewhere).toEqual(['citizen_login: reference', 'resident_nik: directory']);
  });

  it('has no trigger on resident: name words are written by the application', async () => {
    const { triggers } = await readSchemaCatalog(database.db);
    expect(triggers.map((t) => `${t.table}.${t.name}`).sort()).toEqual([
      'audit_log.audit_log_append_only',
      'audit_log.audit_log_no_truncate',
    ]);
  });
});

/** The violations once `table` exists and is placed by one more line, as a developer would add it. */
async function violationsWith(
  table: string,
  placement: TablePlacement['placement'] | null,
  ddl: string[],
  distributionColumn: string | null = placement === 'village' ? 'village_code' : null,
) {
  await run(...ddl);
  try {
    const placements = await readPlacement(database.db);
    const extra = placement ? [{ table, placement, distributionColumn }] : [];
    return schemaRuleViolations(await readSchemaCatalog(database.db), [...placements, ...extra]);
  } finally {
    await run(`DROP TABLE ${table} CASCADE`);
  }
}

const village = `village_code text NOT NULL REFERENCES region (code)`;

// A real coordinator (CITUS_TEST_NODES) already refuses some of these tables as they are created.
describe.skipIf(inject('dbTemplate').kind === 'citus')(
  'a deliberately wrong table fails with the rule it breaks',
  () => {
    it.each<[string, TablePlacement['placement'] | null, string[], SchemaRule]>([
      ['is not placed', null, ['CREATE TABLE wrong_t (id int PRIMARY KEY)'], 'every-table-placed'],
      [
        'is a village table without village_code',
        'village',
        ['CREATE TABLE wrong_t (id uuid PRIMARY KEY)'],
        'village-has-village-code',
      ],
      [
        'has village_code second in its primary key',
        'village',
        [`CREATE TABLE wrong_t (${village}, id uuid, PRIMARY KEY (id, village_code))`],
        'village-code-first-in-primary-key',
      ],
      [
        'has no primary key',
        'village',
        [`CREATE TABLE wrong_t (${village}, id uuid)`],
        'village-code-first-in-primary-key',
      ],
      [
        'is unique on a column without village_code',
        'village',
        [`CREATE TABLE wrong_t (${village}, id uuid, nik text UNIQUE, PRIMARY KEY (village_code, id))`],
        'village-code-first-in-unique',
      ],
      [
        'has a unique index on an expression',
        'village',
        [
          `CREATE TABLE wrong_t (${village}, id uuid, name text, PRIMARY KEY (village_code, id))`,
          'CREATE UNIQUE INDEX wrong_t_name_idx ON wrong_t (lower(name), village_code)',
        ],
        'village-code-first-in-unique',
      ],
      [
        'references a village table without pairing village_code',
        'village',
        [
          `CREATE TABLE wrong_t (${village}, id uuid, home_village text, household_id uuid,
           PRIMARY KEY (village_code, id),
           FOREIGN KEY (home_village, household_id) REFERENCES household (village_code, id))`,
        ],
        'village-foreign-key-carries-village-code',
      ],
      [
        'sets village_code to null when its family goes',
        'village',
        [
          `CREATE TABLE wrong_t (village_code text, id uuid, family_id uuid, PRIMARY KEY (village_code, id),
           FOREIGN KEY (village_code, family_id) REFERENCES family (village_code, id) ON DELETE SET NULL)`,
        ],
        'foreign-key-keeps-distribution-column',
      ],
      [
        'has a trigger',
        'village',
        [
          `CREATE TABLE wrong_t (${village}, id uuid, PRIMARY KEY (village_code, id))`,
          `CREATE FUNCTION wrong_t_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
          'CREATE TRIGGER wrong_t_touch BEFORE INSERT ON wrong_t FOR EACH ROW EXECUTE FUNCTION wrong_t_touch()',
        ],
        'no-triggers',
      ],
      [
        'is a reference table pointing at a resident by foreign key',
        'reference',
        [
          `CREATE TABLE wrong_t (id uuid PRIMARY KEY, village_code text, resident_id uuid,
           FOREIGN KEY (village_code, resident_id) REFERENCES resident (village_code, id))`,
        ],
        'foreign-key-target',
      ],
      [
        'is a village table referencing the coordinator-only audit trail',
        'village',
        [
          `CREATE TABLE wrong_t (${village}, id uuid, audit_seq bigint REFERENCES audit_log (seq),
           PRIMARY KEY (village_code, id))`,
        ],
        'foreign-key-target',
      ],
    ])('a table that %s', async (_what, placement, ddl, rule) => {
      const violations = await violationsWith('wrong_t', placement, ddl);
      expect(violations.map((v) => v.rule)).toContain(rule);
      const message = violations.find((v) => v.rule === rule)!.message;
      expect(message).toMatch(new RegExp(`^\\[${rule}\\] wrong_t: `));
    });

    it('a directory unique on something before its own key', async () => {
      const violations = await violationsWith(
        'wrong_t',
        'directory',
        [
          'CREATE TABLE wrong_t (kk text PRIMARY KEY, village_code text, family_id uuid, UNIQUE (family_id, kk))',
        ],
        'kk',
      );
      expect(violations.map((v) => v.message)).toEqual([
        expect.stringMatching(
          /^\[directory-key-first\] wrong_t: wrong_t_family_id_kk_key is on \(family_id, kk\)/,
        ),
      ]);
    });

    it('a placed table that does not exist', async () => {
      const violations = schemaRuleViolations(await readSchemaCatalog(database.db), [
        ...(await readPlacement(database.db)),
        { table: 'no_such_table', placement: 'reference', distributionColumn: null },
      ]);
      expect(violations.map((v) => v.message)).toEqual([
        expect.stringMatching(/^\[placed-table-exists\] no_such_table: listed in placement.sql/),
      ]);
    });
  },
);
