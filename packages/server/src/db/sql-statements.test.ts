import { describe, expect, it } from 'vitest';
import { splitStatements } from './sql-statements.ts';

const texts = async (sqlText: string) => (await splitStatements(sqlText)).map((s) => s.sql);

describe('splitStatements', () => {
  it('keeps semicolons inside dollar quotes, strings, quoted names and comments where they belong', async () => {
    const script = [
      `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; RETURN 2; END; $$;`,
      `DO $body$ BEGIN RAISE NOTICE 'a;b'; END $body$;`,
      `SELECT 'it''s; fine', E'back\\'slash;', "odd;name" FROM t; -- trailing; comment`,
      `/* a /* nested; */ comment */ SELECT 2`,
    ].join('\n');
    expect(await texts(script)).toEqual([
      `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; RETURN 2; END; $$`,
      `DO $body$ BEGIN RAISE NOTICE 'a;b'; END $body$`,
      `SELECT 'it''s; fine', E'back\\'slash;', "odd;name" FROM t`,
      `SELECT 2`,
    ]);
  });

  it('cuts at the right place after non-ASCII text, and tells the line each statement starts on', async () => {
    const statements = await splitStatements(
      `-- Penduduk • résumé…\nCOMMENT ON TABLE t IS 'Nomor rumah tangga – ü';\n\nSELECT 1;`,
    );
    expect(statements).toEqual([
      { sql: `COMMENT ON TABLE t IS 'Nomor rumah tangga – ü'`, line: 2 },
      { sql: 'SELECT 1', line: 4 },
    ]);
  });

  it('finds no statement in comments alone', async () => {
    expect(await texts('-- nothing here;\n/* nor; here */\n')).toEqual([]);
  });

  it('refuses a syntax error with its line, before anything runs', async () => {
    await expect(splitStatements('SELECT 1;\nSELEC 2;')).rejects.toThrow(
      /SQL syntax error \(line 2\): syntax error at or near "SELEC"/,
    );
  });
});
