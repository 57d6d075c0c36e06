// The load generator of the HTTP benchmarks, run as its own process (`node --import tsx`) so its work never
// shares an event loop with the server it measures. undici's Pool keeps one keep-alive connection per client;
// each client sends its next request when the previous answer has been read in full (a closed loop, as
// operators at their desks do). Reads a LoadPlan as JSON on stdin (one line), writes a LoadResult as JSON on
// stdout. A plan ends after its measured period, after `total` requests (a burst), or, with `untilStopped`,
// when its stdin closes (a probe measuring another route while a burst runs).
import { Pool } from 'undici';

/** One request as the driver sends it; `body` is sent as JSON. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadPlan {
  origin: string;
  cookie: string;
  /** GET paths, taken in turn by all clients together (or `requests`). */
  paths?: string[];
  /** Requests, taken in turn by all clients together. */
  requests?: LoadRequest[];
  clients: number;
  warmUpMs: number;
  durationMs: number;
  /** A burst: send exactly this many requests (no warm-up), however long it takes. */
  total?: number;
  /** With `total`: an open loop, one request every 1/ratePerSecond s whatever the answers (as a bot sends),
   * instead of each client waiting for its answer. */
  ratePerSecond?: number;
  /** Run until stdin closes instead of for `durationMs`. */
  untilStopped?: boolean;
  /** Wall-clock time (Date.now()) the measured period starts: a burst's clients wait for it, another plan's
   * requests before it are warm-up. Two load processes started together meet at it, whenever each booted. */
  startAt?: number;
}

/** Latencies (ms) of the answers with one status. */
export interface StatusLatency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadResult {
  /** Requests answered in the measured period. */
  requests: number;
  /** Requests answered in all, warm-up included: what the CPU figures are divided by. */
  sent: number;
  /** Answers that were not 200: a wrong run, reported rather than hidden (a burst expects 429s). */
  failures: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** The measured answers by status code. */
  byStatus: Record<string, StatusLatency>;
  /** CPU time (ms) this load process used in all, warm-up included: it shares the machine's cores too. */
  cpuMs: number;
}

/** The plan (the first line of stdin), and a promise of stdin's end. */
function readPlan(): Promise<{ plan: LoadPlan; stopped: Promise<void> }> {
  return new Promise((resolve, reject) => {
    let text = '';
    let planned = false;
    const stopped = new Promise<void>((done) => process.stdin.once('end', done));
    const take = (json: string) => {
      planned = true;
      try {
        resolve({ plan: JSON.parse(json) as LoadPlan, stopped });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    process.stdin.on('data', (chunk: Buffer) => {
      if (planned) return;
      text += chunk.toString('utf8');
      const newline = text.indexOf('\n');
      if (newline >= 0) take(text.slice(0, newline));
    });
    process.stdin.once('end', () => {
      if (!planned) take(text);
    });
  });
}

const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

function latencies(times: number[]): StatusLatency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: at(sorted, 50),
    p95: at(sorted, 95),
    p99: at(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
}

async function run(plan: LoadPlan, stopped: Promise<void>): Promise<LoadResult> {
  const cpuBefore = process.cpuUsage();
  const pool = new Pool(plan.origin, { connections: plan.clients, pipelining: 1 });
  const requests: LoadRequest[] =
    plan.requests ?? (plan.paths ?? []).map((path) => ({ method: 'GET' as const, path }));
  let stop = false;
  if (plan.untilStopped) void stopped.then(() => (stop = true));
  let next = 0;
  let failures = 0;
  let answered = 0;
  const times: number[] = [];
  const byStatus = new Map<number, number[]>();
  const started = performance.now();
  const measureFrom =
    plan.startAt !== undefined
      ? started + Math.max(0, plan.startAt - Date.now())
      : plan.total === undefined
        ? started + plan.warmUpMs
        : started;
  if (plan.total !== undefined && measureFrom > started)
    await new Promise((resolve) => setTimeout(resolve, measureFrom - started));
  const end = measureFrom + plan.durationMs;
  const more = () =>
    plan.total !== undefined ? next < plan.total : plan.untilStopped ? !stop : performance.now() < end;
  const one = async (request: LoadRequest) => {
    const sent = performance.now();
    const { statusCode, body } = await pool.request({
      path: request.path,
      method: request.method,
      headers: {
        cookie: plan.cookie,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...request.headers,
      },
      body: request.body,
    });
    await body.text();
    const done = performance.now();
    answered += 1;
    if (sent < measureFrom) return;
    if (statusCode !== 200) failures += 1;
    times.push(done - sent);
    const ofStatus = byStatus.get(statusCode) ?? [];
    ofStatus.push(done - sent);
    byStatus.set(statusCode, ofStatus);
  };
  const client = async () => {
    while (more()) await one(requests[next++ % requests.length]!);
  };
  const paced = async () => {
    const sends: Promise<void>[] = [];
    for (let i = 0; i < plan.total!; i++) {
      const due = measureFrom + (i * 1000) / plan.ratePerSecond!;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      sends.push(one(requests[i % requests.length]!));
    }
    await Promise.all(sends);
  };
  if (plan.ratePerSecond !== undefined && plan.total !== undefined) await paced();
  else await Promise.all(Array.from({ length: plan.clients }, client));
  const seconds = (performance.now() - measureFrom) / 1000;
  await pool.close();
  const cpu = process.cpuUsage(cpuBefore);
  const all = latencies(times);
  return {
    requests: times.length,
    sent: answered,
    failures,
    seconds,
    perSecond: times.length / seconds,
    p50: all.p50,
    p95: all.p95,
    p99: all.p99,
    max: all.max,
    byStatus: Object.fromEntries([...byStatus].map(([status, ms]) => [String(status), latencies(ms)])),
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

const { plan, stopped } = await readPlan();
process.stdout.write(JSON.stringify(await run(plan, stopped)));
