// Reads spreadsheets in a worker thread (read-worker.ts) and hands back their rows, or the operator's message
// when a file is not the template. The server's event loop stays free for other requests meanwhile. One
// worker is kept warm (starting one costs more than reading a village's file) and serves one file at a time;
// a worker that runs out of memory or time on a crafted file is ended and the next read starts a fresh one.
import { Worker } from 'node:worker_threads';
import type { FileFormat } from './file-format.ts';
import { yieldToEventLoop } from '../event-loop.ts';
import {
  ImportFileError,
  type Bilingual,
  type RawRow,
  type SheetContents,
  type SheetLayout,
} from './read-sheet.ts';

export interface ReadRequest {
  id: number;
  content: Uint8Array;
  format: FileFormat;
  layout: SheetLayout;
  sniffRows?: number;
}

export type ReadResult = { id: number } & (
  | { kind: 'read'; sheet: Omit<SheetContents, 'rows'>; chunks: string[] }
  | { kind: 'refused'; failure: Bilingual }
  | { kind: 'crashed'; message: string }
);

const workerUrl = new URL('./read-worker.mjs', import.meta.url);
/** A crafted file (a zip bomb, a sheet of a million styled cells) ends the worker, never the server. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 1536 };
const READ_TIMEOUT_MS = 180_000;

const tooHeavy: Bilingual = {
  id: 'Berkas terlalu berat untuk dibaca (terlalu besar atau rusak). Simpan ulang hanya lembar datanya, atau bagi berkas per dusun.',
  en: 'The file is too heavy to read (too large or damaged). Save only its data sheet again, or split the file by dusun.',
};

/** The rows of the chunks, parsed one chunk per turn of the event loop. */
async function assemble(
  sheet: Omit<SheetContents, 'rows'>,
  chunks: readonly string[],
): Promise<SheetContents> {
  const rows: RawRow[] = [];
  for (const chunk of chunks) {
    rows.push(...(JSON.parse(chunk) as RawRow[]));
    await yieldToEventLoop();
  }
  return { ...sheet, rows };
}

interface Pending {
  resolve(contents: SheetContents): void;
  reject(error: Error): void;
}

class SheetWorker {
  private readonly worker = new Worker(workerUrl, { resourceLimits: WORKER_LIMITS });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  ended = false;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (result: ReadResult) => this.settle(result));
    this.worker.on('error', (error: Error & { code?: string }) =>
      this.end(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ImportFileError(tooHeavy) : error),
    );
    this.worker.on('exit', (code) => this.end(new Error(`sheet reader stopped with exit code ${code}`)));
  }

  read(request: Omit<ReadRequest, 'id'>): Promise<SheetContents> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.end(new ImportFileError(tooHeavy)), READ_TIMEOUT_MS);
      this.pending.set(id, {
        resolve: (contents) => (clearTimeout(timer), resolve(contents)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      // While a file is being read the worker keeps the process alive; idle, it does not.
      this.worker.ref();
      this.worker.postMessage({ id, ...request });
    });
  }

  private settle(result: ReadResult) {
    const pending = this.pending.get(result.id);
    this.pending.delete(result.id);
    if (this.pending.size === 0) this.worker.unref();
    if (!pending) return;
    if (result.kind === 'read')
      assemble(result.sheet, result.chunks).then(
        (contents) => pending.resolve(contents),
        (error: Error) => pending.reject(error),
      );
    else if (result.kind === 'refused') pending.reject(new ImportFileError(result.failure));
    else pending.reject(new Error(`sheet reader failed: ${result.message}`));
  }

  /** Fails every read in flight and stops the worker; the next read starts a new one. */
  private end(error: Error) {
    if (this.ended) return;
    this.ended = true;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    void this.worker.terminate();
  }
}

let shared: SheetWorker | undefined;

export function readSheetInWorker<H extends string>(
  content: Buffer,
  format: FileFormat,
  layout: SheetLayout<H>,
  options: { sniffRows?: number } = {},
): Promise<SheetContents<H>> {
  if (!shared || shared.ended) shared = new SheetWorker();
  return shared.read({
    content: new Uint8Array(content),
    format,
    layout,
    ...(options.sniffRows ? { sniffRows: options.sniffRows } : {}),
  }) as Promise<SheetContents<H>>;
}
