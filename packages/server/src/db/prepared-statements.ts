// Prepared (named) statements on PostgreSQL, for the few statements sent on almost every request. A name
// search is one long statement (a dozen CTEs); parsing, analysing and planning it cost PostgreSQL about
// 2.5 ms of CPU per search at regency scale, a quarter of the whole search. Sent as a named statement, each
// pooled connection parses it once and PostgreSQL may keep its plan (a generic plan replaces the per-call
// one only when its estimated cost is no worse: PostgreSQL's plan_cache_mode "auto").
//
// Only statements marked with `preparedStatement` are prepared: a prepared statement stays on its
// connection until the connection closes, so the statements of imports, exports and other rare or
// one-off work are sent as before. PGlite ignores the mark (a comment).
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';

const MARK = '/* prepared */';

/** Appended to a statement (`query.modifyEnd(preparedStatement)`): send it as a named, prepared statement. */
export const preparedStatement = sql.raw(MARK);

/** Distinct marked statement texts named so far, at most; past it, marked statements are sent unnamed. */
const MAX_NAMED = 500;
const names = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMED) {
    // Named by the text itself: node-postgres refuses one name for two texts, and a hash never does that.
    name = `sk_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
}

/** The pool as Kysely's PostgresDialect uses it, with marked statements sent as named ones. */
export function preparingPool(pool: pg.Pool): pg.Pool {
  const connect = async () => {
    const client = await pool.connect();
    return new Proxy(client, {
      get(target, property, receiver) {
        if (property !== 'query') return Reflect.get(target, property, receiver) as unknown;
        return (text: unknown, values?: unknown[]) => {
          const name = typeof text === 'string' && text.endsWith(MARK) ? nameOf(text) : undefined;
          return name === undefined
            ? target.query(text as string, values)
            : target.query({ name, text: text as string, values });
        };
      },
    });
  };
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property === 'connect') return connect;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
