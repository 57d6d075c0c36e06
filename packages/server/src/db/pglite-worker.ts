// The embedded database in a worker thread of its own. PGlite runs PostgreSQL as WebAssembly on the thread
// that calls it, synchronously: a statement that runs long would stop every other request of the server,
// and PostgreSQL's statement_timeout never fires in PGlite (no timer signals in its single-threaded build).
// Here a long statement only occupies this thread; the host (pglite-host.ts) times each statement and
// terminates the thread when it overruns.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import {
  toPlainError,
  type PgliteWorkerData,
  type WorkerReply,
  type WorkerRequest,
} from './pglite-protocol.ts';

const port = parentPort!;
const options = workerData as PgliteWorkerData;
const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

/**
 * PostgreSQL's C stack lives partly on the JavaScript engine's own stack in WebAssembly, about 1 MB, far
 * less than the 2 MB PostgreSQL's own depth check allows: a deeply nested statement overflows it, V8 throws
 * a RangeError through PostgreSQL's frames, and PGlite swallows it and carries on with a backend left half
 * way through a statement (wrong rows, then statements that never return). PGlite offers no hook for this,
 * so its main-loop entry point is wrapped to notice the overflow; the host then replaces this worker.
 */
let overflowed = false;
function watchForStackOverflow(pglite: PGlite) {
  const mod = (pglite as unknown as { mod?: Record<string, unknown> }).mod;
  const loopOnce = mod?._PostgresMainLoopOnce;
  if (!mod || typeof loopOnce !== 'function') return;
  mod._PostgresMainLoopOnce = (...args: unknown[]) => {
    try {
      return (loopOnce as (...a: unknown[]) => unknown)(...args);
    } catch (error) {
      if (error instanceof RangeError) overflowed = true;
      throw error;
    }
  };
}

async function answer(
  pglite: PGlite,
  request: WorkerRequest,
): Promise<{ value: unknown; transfer?: ArrayBuffer[] }> {
  switch (request.op) {
    case 'query': {
      const { rows, affectedRows, fields } = await pglite.query(request.sql, request.params);
      return { value: { rows, affectedRows, fields } };
    }
    case 'exec': {
      const results = await pglite.exec(request.sql);
      return { value: results.map(({ rows, affectedRows, fields }) => ({ rows, affectedRows, fields })) };
    }
    case 'commit': {
      // A transaction whose statement failed is rolled back by COMMIT; PGlite reports the command tag.
      const [result] = (await pglite.exec('COMMIT')) as { command?: string }[];
      return { value: { rolledBack: result?.command === 'ROLLBACK' } };
    }
    case 'dump': {
      const buffer = await (await pglite.dumpDataDir('none')).arrayBuffer();
      return { value: buffer, transfer: [buffer] };
    }
    case 'close':
      await pglite.close();
      return { value: null };
  }
}

async function main() {
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: new Blob([options.loadDataDir]) } : {}),
      extensions: { pg_trgm },
      // bigint and numeric come back as strings by default; counts are small, so parse int8 as a number.
      // Calendar dates stay ISO strings (a JS Date would shift them by the server's time zone).
      parsers: { 20: (value: string) => Number(value), 1082: (value: string) => value },
    });
  } catch (error) {
    post({ kind: 'init-failed', error: toPlainError(error) });
    return;
  }
  watchForStackOverflow(pglite);
  // One request at a time, in arrival order: the host sends the next only after this one's answer.
  port.on('message', (request: WorkerRequest) => {
    overflowed = false;
    answer(pglite, request).then(
      ({ value, transfer }) => {
        if (overflowed) post({ id: request.id, ok: false, error: stackOverflow(), fatal: true });
        else post({ id: request.id, ok: true, value }, transfer);
      },
      (error: unknown) => {
        // A WebAssembly trap (out of memory, unreachable) leaves PostgreSQL's state undefined as well.
        const fatal = overflowed || (error instanceof Error && error.name === 'RuntimeError');
        post({ id: request.id, ok: false, error: overflowed ? stackOverflow() : toPlainError(error), fatal });
      },
    );
  });
  post({ kind: 'ready' });
}

function stackOverflow() {
  return {
    name: 'DatabaseError',
    code: '54001',
    severity: 'ERROR',
    message: 'stack depth limit exceeded: the statement is nested too deeply for PGlite',
  };
}

await main();
