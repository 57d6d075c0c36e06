// Runs in a worker thread: generates villages and serialises them as COPY text while the main thread streams
// the previous ones into PostgreSQL, so generation (Node) and ingest (the database) use both cores. The loader
// hands back a credit for every village it takes, which keeps at most a few villages in flight.
import { parentPort, workerData } from 'node:worker_threads';
import { generateVillages, type GenerationRequest } from './village-generation.ts';
import { prepareVillage, transferables } from './prepared-village.ts';

const VILLAGES_AHEAD = 3;

const port = parentPort!;
let credits = VILLAGES_AHEAD;
let wake: (() => void) | undefined;
port.on('message', () => {
  credits++;
  wake?.();
});

const steps = generateVillages(workerData as GenerationRequest);
for (;;) {
  while (credits <= 0) await new Promise<void>((resolve) => (wake = resolve));
  const next = steps.next();
  if (next.done) break;
  const step = next.value;
  if (step.kind === 'skipped') {
    port.postMessage(step);
    continue;
  }
  credits--;
  const prepared = prepareVillage(step.batch);
  port.postMessage(
    { kind: 'prepared', label: step.label, position: step.position, prepared },
    transferables(prepared),
  );
}
port.postMessage({ kind: 'done' });
port.close();
