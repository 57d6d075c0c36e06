// The server's side of the embedded database: PGlite runs in a worker thread (pglite-worker.ts) and this
// object stands in for it towards Kysely's PGlite dialect (query, transaction, close).
//
// Why a worker: PGlite executes each statement synchronously on the calling thread, and PostgreSQL's
// statement_timeout is accepted but never fires in its WebAssembly build (it relies on timer signals).
// In the server's own thread one long statement would stop every request, /api/health included, and
// nothing could interrupt it. Here each statement is timed on this thread; one that overruns its limit is
// answered with PostgreSQL's statement-timeout error (57014), the worker is terminated (an open transaction
// dies with it, as in a crash: nothing half-written) and a new worker reopens the data directory.
// An in-memory database (tests) cannot be reopened: it is then reported lost.
import { Worker } from 'node:worker_threads';
import type { PGlite, PGliteQueryResults, PGliteTransaction } from 'kysely';
import {
  fromPlainError,
  type PgliteWorkerData,
  type QueryResult,
  type WorkerReply,
  type WorkerRequest,
} from './pglite-protocol.ts';
import { STATEMENT_TIMEOUT_CODE, statementTimeoutChange } from './statement-timeout.ts';

export interface PgliteHostOptions {
  dataDir?: string;
  loadDataDir?: Blob;
  /** Per statement; 0: no limit. `SET [LOCAL] statement_timeout` changes it as on PostgreSQL. */
  statementTimeoutMs: number;
}

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Runs functions one after another, in call order. */
class Queue {
  #tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}

const databaseError = (code: string, message: string) =>
  Object.assign(new Error(message), { name: 'DatabaseError', code, severity: 'ERROR' });

export class PgliteHost implements PGlite {
  ready = false;
  closed = false;
  readonly waitReady: Promise<void>;
  #worker: Worker | undefined;
  #workerReady: Promise<void>;
  #inFlight: { id: number; worker: Worker; settle: (reply: WorkerReply | Error) => void } | undefined;
  #nextId = 0;
  /** One request at a time reaches the worker, so a statement's clock starts when it starts. */
  readonly #requests = new Queue();
  /** A transaction holds the database from BEGIN to COMMIT, as PGlite's own transaction() does. */
  readonly #transactions = new Queue();
  /** Bumped when a worker is replaced: a transaction begun on an older one has been lost. */
  #generation = 0;
  #sessionTimeoutMs: number;
  #localTimeoutMs: number | undefined;
  #lost: Error | undefined;

  /** The worker is up and the database open (a statement may be running: this does not wait for it). */
  get available(): boolean {
    return this.ready && !this.closed && !this.#lost && this.#worker !== undefined;
  }

  constructor(private readonly options: PgliteHostOptions) {
    this.#sessionTimeoutMs = options.statementTimeoutMs;
    this.#workerReady = this.waitReady = (async () => {
      const tarball = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
      await this.#start(tarball);
      this.ready = true;
    })();
  }

  #start(loadDataDir?: ArrayBuffer): Promise<void> {
    const workerData: PgliteWorkerData = {
      ...(this.options.dataDir ? { dataDir: this.options.dataDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
    };
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
      workerData,
      transferList: loadDataDir ? [loadDataDir] : [],
    });
    this.#worker = worker;
    return new Promise<void>((resolve, reject) => {
      let started = false;
      worker.on('message', (reply: WorkerReply) => {
        if (!('kind' in reply)) {
          if (this.#inFlight?.id === reply.id && this.#inFlight.worker === worker)
            this.#inFlight.settle(reply);
        } else if (reply.kind === 'ready') {
          started = true;
          resolve();
        } else {
          reject(fromPlainError(reply.error));
          void worker.terminate();
        }
      });
      const died = (error: Error) => {
        reject(error);
        // A worker that never opened the database is not restarted: the next request reports why.
        if (!started || worker !== this.#worker) return;
        const inFlight = this.#inFlight;
        this.#replaceWorker();
        inFlight?.settle(error);
      };
      worker.on('error', died);
      worker.on('exit', (code) => died(new Error(`the PGlite worker stopped (exit code ${code})`)));
    });
  }

  /** Terminates the worker and, once it has stopped, opens the data directory again in a new one. */
  #replaceWorker() {
    this.#generation += 1;
    this.#localTimeoutMs = undefined;
    const old = this.#worker;
    this.#worker = undefined;
    const stopped = old ? old.terminate().then(() => undefined) : Promise.resolve();
    if (!this.options.dataDir) {
      this.#lost = new Error(
        'The in-memory PGlite database was discarded after a statement had to be stopped',
      );
      this.#workerReady = stopped;
      return;
    }
    this.#workerReady = stopped.then(() => this.#start());
    // A failed restart surfaces to the next request, which awaits the same promise.
    this.#workerReady.catch(() => undefined);
  }

  #send(request: Request, timed: boolean): Promise<unknown> {
    return this.#requests.run(async () => {
      await this.#workerReady;
      if (this.#lost) throw this.#lost;
      if (this.closed && request.op !== 'close') throw new Error('PGlite is closed');
      const worker = this.#worker!;
      const id = ++this.#nextId;
      const limit = timed ? (this.#localTimeoutMs ?? this.#sessionTimeoutMs) : 0;
      return new Promise((resolve, reject) => {
        const timer =
          limit > 0
            ? setTimeout(() => {
                this.#inFlight = undefined;
                this.#replaceWorker();
                reject(databaseError(STATEMENT_TIMEOUT_CODE, 'canceling statement due to statement timeout'));
              }, limit)
            : undefined;
        this.#inFlight = {
          id,
          worker,
          settle: (reply) => {
            clearTimeout(timer);
            this.#inFlight = undefined;
            if (reply instanceof Error) return reject(reply);
            if (!('id' in reply)) return;
            if (reply.ok) return resolve(reply.value);
            if (reply.fatal) this.#replaceWorker();
            reject(fromPlainError(reply.error));
          },
        };
        const message: WorkerRequest = { ...request, id };
        worker.postMessage(message);
      });
    });
  }

  /** Follows SET/RESET statement_timeout, so the limit is the one PostgreSQL would apply. */
  #noteTimeoutChange(statement: string, inTransaction: boolean) {
    const change = statementTimeoutChange(statement);
    if (!change) return;
    if (change.scope === 'reset') {
      this.#sessionTimeoutMs = this.options.statementTimeoutMs;
      this.#localTimeoutMs = undefined;
    } else if (change.scope === 'session') this.#sessionTimeoutMs = change.ms;
    else if (inTransaction) this.#localTimeoutMs = change.ms;
  }

  async #query<T>(statement: string, params: unknown[], inTransaction: boolean) {
    const result = (await this.#send({ op: 'query', sql: statement, params }, true)) as QueryResult;
    this.#noteTimeoutChange(statement, inTransaction);
    return result as PGliteQueryResults<T>;
  }

  query<T>(statement: string, params: unknown[] = []): Promise<PGliteQueryResults<T>> {
    return this.#transactions.run(() => this.#query<T>(statement, params, false));
  }

  /** A multi-statement script (migrations); `timed: false` lets it run as long as it needs. */
  exec(script: string, options: { timed?: boolean } = {}): Promise<unknown> {
    return this.#transactions.run(() => this.#send({ op: 'exec', sql: script }, options.timed ?? true));
  }

  transaction<T>(callback: (tx: PGliteTransaction & { closed: boolean }) => Promise<T>): Promise<T> {
    return this.#transactions.run(async () => {
      await this.#send({ op: 'exec', sql: 'BEGIN' }, true);
      const generation = this.#generation;
      let closed = false;
      const usable = () => {
        if (closed) throw new Error('Transaction is closed');
        if (generation !== this.#generation)
          throw databaseError('25P02', 'current transaction is aborted: the database was restarted');
      };
      const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
        closed = true;
        if (generation !== this.#generation) {
          if (statement === 'ROLLBACK') return;
          throw databaseError('25P02', 'the transaction was lost when the database was restarted');
        }
        if (statement === 'ROLLBACK') return void (await this.#send({ op: 'exec', sql: 'ROLLBACK' }, true));
        const { rolledBack } = (await this.#send({ op: 'commit' }, true)) as { rolledBack: boolean };
        if (rolledBack) throw databaseError('25P02', 'Transaction was rolled back instead of committed');
      };
      const tx = {
        query: <R>(statement: string, params: unknown[] = []) => {
          usable();
          return this.#query<R>(statement, params, true);
        },
        rollback: async () => {
          usable();
          await end('ROLLBACK');
        },
        get closed() {
          return closed;
        },
      };
      try {
        const result = await callback(tx);
        if (!closed) await end('COMMIT');
        return result;
      } catch (error) {
        if (!closed) await end('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        this.#localTimeoutMs = undefined;
      }
    });
  }

  async dumpDataDir(): Promise<Blob> {
    const buffer = (await this.#transactions.run(() => this.#send({ op: 'dump' }, false))) as ArrayBuffer;
    return new Blob([buffer]);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.#send({ op: 'close' }, false);
    } catch {
      // A worker that cannot close cleanly is stopped below all the same.
    } finally {
      const worker = this.#worker;
      this.#worker = undefined;
      await worker?.terminate();
    }
  }
}
