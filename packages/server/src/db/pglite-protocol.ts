// Messages between the PGlite worker thread (pglite-worker.ts) and the thread that serves requests
// (pglite-host.ts). Errors cross as plain objects: structured cloning would drop a DatabaseError's code.

export interface PgliteWorkerData {
  dataDir?: string;
  /** A data-directory tarball to start from (test templates). */
  loadDataDir?: ArrayBuffer;
}

export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  | { id: number; op: 'exec'; sql: string }
  /** COMMIT, answering whether PostgreSQL rolled back instead (the transaction had failed). */
  | { id: number; op: 'commit' }
  | { id: number; op: 'dump' }
  | { id: number; op: 'close' };

export interface QueryResult {
  rows: unknown[];
  affectedRows?: number;
  fields: { name: string; dataTypeID: number }[];
}

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'init-failed'; error: PlainError }
  | { id: number; ok: true; value: unknown }
  /**
   * fatal: the PostgreSQL backend in the worker can no longer be trusted (its WebAssembly stack overflowed
   * or it aborted); the host discards the worker and starts a new one.
   */
  | { id: number; ok: false; error: PlainError; fatal: boolean };

export type PlainError = { message: string; name: string } & Record<string, unknown>;

/**
 * A PGlite error carries the statement and its parameters (PGlite attaches `query` and `params`); both may
 * hold personal data and neither may reach a log, so they are left behind here.
 */
const LEFT_BEHIND = new Set(['query', 'params', 'queryOptions', 'stack']);

export function toPlainError(error: unknown): PlainError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const plain: PlainError = { name: error.name, message: error.message };
  for (const [key, value] of Object.entries(error)) {
    if (LEFT_BEHIND.has(key) || typeof value === 'function') continue;
    if (value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) plain[key] = value;
  }
  return plain;
}

export function fromPlainError(plain: PlainError): Error {
  const { message, name, ...fields } = plain;
  return Object.assign(new Error(message), fields, { name });
}
