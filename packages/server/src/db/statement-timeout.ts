// How long one SQL statement of the server may run before it is stopped: a slow or runaway statement answers
// an error instead of holding a connection (PostgreSQL) or the whole embedded database (PGlite) for ever.
// PostgreSQL enforces `statement_timeout` itself; PGlite cannot (see pglite-host.ts), so its host reads the
// same SET statements and enforces them by replacing its worker thread.
import { sql } from 'kysely';
import type { Db } from './database.ts';

/** STATEMENT_TIMEOUT_MS unset: 30 s, far above any statement of an ordinary request. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;
/** For the statements of an import's commit (statistics of a whole village in one transaction). */
export const LONG_STATEMENT_TIMEOUT_MS = 10 * 60_000;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };
const SET_TIMEOUT =
  /^\s*SET\s+(LOCAL\s+|SESSION\s+)?statement_timeout\s*(?:=|TO)\s*'?\s*(\d+)\s*(ms|s|min|h)?\s*'?\s*;?\s*$/i;
const RESET_TIMEOUT = /^\s*RESET\s+statement_timeout\s*;?\s*$/i;

export type TimeoutChange = { scope: 'local' | 'session'; ms: number } | { scope: 'reset' };

/** What a statement does to the statement time limit, if it is a plain SET or RESET of it. */
export function statementTimeoutChange(statement: string): TimeoutChange | undefined {
  if (RESET_TIMEOUT.test(statement)) return { scope: 'reset' };
  const match = SET_TIMEOUT.exec(statement);
  if (!match) return undefined;
  const ms = Number(match[2]) * UNIT_MS[(match[3] ?? 'ms').toLowerCase()]!;
  return { scope: match[1]?.trim().toUpperCase() === 'LOCAL' ? 'local' : 'session', ms };
}

/**
 * Lets each statement of the current transaction run up to `ms` (0: no limit), on both engines. Only for
 * work an operator started knowingly and waits for, such as committing an import.
 */
export async function allowLongStatements(trx: Db, ms = LONG_STATEMENT_TIMEOUT_MS) {
  await sql`SET LOCAL statement_timeout = ${sql.raw(String(Math.max(0, Math.trunc(ms))))}`.execute(trx);
}

/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout (PGlite's host uses it too). */
export const STATEMENT_TIMEOUT_CODE = '57014';

export function isStatementTimeout(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === STATEMENT_TIMEOUT_CODE
  );
}
