// The load generator of the HTTP search benchmark, run as its own process (`node --import tsx`) so its work
// never shares an event loop with the server it measures. undici's Pool keeps one keep-alive connection per
// client; each client sends its next request when the previous answer has been read in full (a closed loop,
// as operators at their desks do). Reads a LoadPlan as JSON on stdin, writes a LoadResult as JSON on stdout.
import { Pool } from 'undici';

export interface LoadPlan {
  origin: string;
  cookie: string;
  /** Request paths, taken in turn by all clients together. */
  paths: string[];
  clients: number;
  warmUpMs: number;
  durationMs: number;
}

export interface LoadResult {
  /** Requests answered in the measured period. */
  requests: number;
  /** Requests answered in all, warm-up included: what the CPU figures are divided by. */
  sent: number;
  /** Answers that were not 200: a wrong run, reported rather than hidden. */
  failures: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** CPU time (ms) this load process used in all, warm-up included: it shares the machine's cores too. */
  cpuMs: number;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

async function run(plan: LoadPlan): Promise<LoadResult> {
  const cpuBefore = process.cpuUsage();
  const pool = new Pool(plan.origin, { connections: plan.clients, pipelining: 1 });
  let next = 0;
  let failures = 0;
  let answered = 0;
  const times: number[] = [];
  const started = performance.now();
  const measureFrom = started + plan.warmUpMs;
  const end = measureFrom + plan.durationMs;
  const client = async () => {
    while (performance.now() < end) {
      const path = plan.paths[next++ % plan.paths.length]!;
      const sent = performance.now();
      const { statusCode, body } = await pool.request({
        path,
        method: 'GET',
        headers: { cookie: plan.cookie },
      });
      await body.text();
      const done = performance.now();
      answered += 1;
      if (sent < measureFrom) continue;
      if (statusCode !== 200) failures += 1;
      times.push(done - sent);
    }
  };
  await Promise.all(Array.from({ length: plan.clients }, client));
  const seconds = (performance.now() - measureFrom) / 1000;
  await pool.close();
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    sent: answered,
    failures,
    seconds,
    perSecond: times.length / seconds,
    p50: at(times, 50),
    p95: at(times, 95),
    p99: at(times, 99),
    max: times.at(-1) ?? NaN,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

process.stdout.write(JSON.stringify(await run(JSON.parse(await readStdin()) as LoadPlan)));
