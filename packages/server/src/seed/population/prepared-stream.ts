// The main thread's side of the generation worker: an async iterable of prepared villages. The worker is
// terminated when the consumer stops early (an error in the load) and its failures surface here.
import { Worker } from 'node:worker_threads';
import type { PreparedVillage } from './prepared-village.ts';
import type { GenerationRequest, SkippedStep } from './village-generation.ts';

export type PreparedStep =
  { kind: 'prepared'; label: string; position: number; prepared: PreparedVillage } | SkippedStep;

type WorkerMessage = PreparedStep | { kind: 'done' };

export async function* preparedInWorker(request: GenerationRequest): AsyncGenerator<PreparedStep> {
  const worker = new Worker(new URL('./generation-worker.mjs', import.meta.url), { workerData: request });
  const inbox: WorkerMessage[] = [];
  let failure: Error | undefined;
  let notify: (() => void) | undefined;
  const wakeUp = () => {
    notify?.();
    notify = undefined;
  };
  worker.on('message', (message: WorkerMessage) => {
    inbox.push(message);
    wakeUp();
  });
  worker.on('error', (error) => {
    failure = error;
    wakeUp();
  });
  worker.on('exit', (code) => {
    if (code !== 0) failure ??= new Error(`generation worker exited with code ${code}`);
    inbox.push({ kind: 'done' });
    wakeUp();
  });
  try {
    for (;;) {
      while (inbox.length === 0 && !failure) await new Promise<void>((resolve) => (notify = resolve));
      if (failure) throw failure;
      const message = inbox.shift()!;
      if (message.kind === 'done') return;
      if (message.kind === 'prepared') worker.postMessage('credit');
      yield message;
    }
  } finally {
    await worker.terminate();
  }
}
