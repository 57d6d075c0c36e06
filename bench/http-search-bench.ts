// Search under load, over HTTP, on the real routes: the server is the app itself on a loopback port, signed
// in as a regency-wide reader, and a separate load process (http-load-driver.ts, undici) sends varied,
// realistic queries: every NIK different, and names as people type them (full names, one-letter typos,
// the first two name parts). The yardstick is a trivial signed-in route of the same server in the same run
// (GET /api/auth/me: session look-up and one profile read), at the same number of clients.
import os from 'node:os';
import { sql } from 'kysely';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { hashSecret } from '../packages/server/src/modules/auth/password.ts';
import { Rng } from '../packages/server/src/seed/population/prng.ts';
import type { LoadResult } from './http-load-driver.ts';
import { cpuDelta, databaseCpuMs, drive } from './http-load.ts';
import { searchTerms } from './query-bench.ts';

const PASSWORD = 'bench-password-123';
const WARM_UP_MS = 2_000;
const DURATION_MS = 10_000;

export type SearchRoute = 'trivial' | 'nik' | 'name';

export interface LoadScenario {
  route: SearchRoute;
  clients: number;
  result: LoadResult;
  /** CPU time per request (ms) of the server process and of PostgreSQL's backends for this database: unlike
   * rates and latencies, barely moved by other work on a shared machine. */
  cpu: { server: number; database: number; driver: number };
}

export interface HttpSearchResults {
  scenarios: LoadScenario[];
  distinctNames: number;
  distinctNiks: number;
}

/** Signs a regency-wide reader in and returns the session cookie. */
async function signIn(database: Database, origin: string): Promise<string> {
  await database.db
    .insertInto('app_user')
    .values({
      id: '00000000-0000-4000-8000-00000000b002',
      username: 'bench.search',
      display_name: 'Bench search',
      password_hash: await hashSecret(PASSWORD),
      role: 'regency_admin',
      area_code: '35.10',
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const login = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench.search', password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`bench sign-in failed: ${login.status} ${await login.text()}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
}

export async function httpSearchBench(
  database: Database,
  log: (line: string) => void,
): Promise<HttpSearchResults> {
  const config = {
    ...loadConfig({ LOG_LEVEL: 'warn', AUDIT_ANCHOR_DIR: `${os.tmpdir()}/sk-bench-audit-${process.pid}` }),
    webDistDir: '/nonexistent',
  };
  const app = await buildApp(database, config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const cookie = await signIn(database, origin);
    // 1,000 residents in a stable pseudo-random order: their NIKs, and their names as people type them.
    const sample = await sql<{ nik: string; full_name: string }>`
      SELECT nik, full_name FROM resident ORDER BY hashtext(nik || 'http') LIMIT 1000`.execute(database.db);
    const niks = sample.rows.map((r) => r.nik);
    const terms = searchTerms(
      sample.rows.map((r) => r.full_name),
      new Rng('bench-http-search'),
    );
    const paths: Record<SearchRoute, string[]> = {
      trivial: ['/api/auth/me'],
      nik: niks.map((nik) => `/api/population/residents?q=${nik}`),
      name: terms.map((term) => `/api/population/residents?q=${encodeURIComponent(term)}&limit=20`),
    };
    const scenarios: LoadScenario[] = [];
    for (const clients of [1, 10]) {
      for (const route of ['trivial', 'nik', 'name'] as const) {
        const databaseBefore = await databaseCpuMs(database);
        const serverBefore = process.cpuUsage();
        const result = await drive({
          origin,
          cookie,
          paths: paths[route],
          clients,
          warmUpMs: WARM_UP_MS,
          durationMs: DURATION_MS,
        });
        const server = process.cpuUsage(serverBefore);
        const cpu = {
          server: (server.user + server.system) / 1000 / result.sent,
          database: cpuDelta(databaseBefore, await databaseCpuMs(database)) / result.sent,
          driver: result.cpuMs / result.sent,
        };
        scenarios.push({ route, clients, result, cpu });
        log(
          `HTTP ${route}, ${clients} client(s): ${result.perSecond.toFixed(0)}/s, p50 ${result.p50.toFixed(1)} ms, ` +
            `p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.failures} failed; ` +
            `CPU per request: server ${cpu.server.toFixed(2)} ms, PostgreSQL ${cpu.database.toFixed(2)} ms, ` +
            `load process ${cpu.driver.toFixed(2)} ms`,
        );
      }
    }
    return { scenarios, distinctNames: new Set(terms).size, distinctNiks: new Set(niks).size };
  } finally {
    await app.close();
  }
}

const fixed = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

/** The markdown section: each route at 1 and 10 clients, with the targets of issue 11 §3. */
export function httpSearchReport(engine: string, results: HttpSearchResults): string {
  const find = (route: SearchRoute, clients: number) =>
    results.scenarios.find((s) => s.route === route && s.clients === clients)?.result;
  const verdict = (met: boolean) => (met ? 'yes' : '**no**');
  const targets = (route: SearchRoute, clients: number, r: LoadResult): [string, string] => {
    const trivial = find('trivial', clients);
    if (route === 'nik') {
      const half = trivial ? r.perSecond >= trivial.perSecond / 2 : false;
      return ['p95 ≤ 10 ms, rate ≥ ½ trivial', verdict(r.p95 <= 10 && half)];
    }
    if (route === 'name' && clients === 1) return ['p95 ≤ 100 ms', verdict(r.p95 <= 100)];
    if (route === 'name') return ['≥ 200/s', verdict(r.perSecond >= 200)];
    return ['(yardstick)', ''];
  };
  const label: Record<SearchRoute, string> = {
    trivial: 'Trivial signed-in route (`GET /api/auth/me`)',
    nik: `NIK search (\`q\` = a whole NIK; ${results.distinctNiks.toLocaleString('en')} different NIKs)`,
    name: `Name search (${results.distinctNames.toLocaleString('en')} different terms, \`limit=20\`)`,
  };
  const rows = results.scenarios.map(({ route, clients, result: r, cpu }) => {
    const trivial = find('trivial', clients);
    const [target, met] = targets(route, clients, r);
    return [
      label[route],
      String(clients),
      `${Math.round(r.perSecond).toLocaleString('en')}/s`,
      trivial && route !== 'trivial' ? (r.perSecond / trivial.perSecond).toFixed(2) : '',
      `${fixed(r.p50)} / ${fixed(r.p95)} / ${fixed(r.p99)} ms`,
      `${cpu.server.toFixed(2)} / ${cpu.database.toFixed(2)} / ${cpu.driver.toFixed(2)} ms`,
      // What the route could reach with the cores to itself: every core-second spent on its CPU per request.
      `${Math.round((os.cpus().length * 1000) / (cpu.server + cpu.database + cpu.driver)).toLocaleString('en')}/s`,
      String(r.failures),
      target,
      met,
    ];
  });
  const header = [
    'Route',
    'Clients',
    'Rate',
    'Rate ÷ trivial',
    'p50 / p95 / p99',
    'CPU per request: server / PostgreSQL / load process',
    'CPU ceiling',
    'Not 200',
    'Target',
    'Met',
  ];
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  return `## Search over HTTP under load, ${engine}

${table}

- Closed loop: each client sends its next request when the previous answer is read; ${WARM_UP_MS / 1000} s warm-up, then ${DURATION_MS / 1000} s measured per row. Load from a separate process (undici Pool, keep-alive); the server is the app on a loopback port, signed in as a regency admin (searches are regency-wide).
- CPU per request: the server process's, PostgreSQL's backends of this database (from /proc) and the load process's own, warm-up included. On a machine shared with other work these hold where rates and latencies do not: ${os.cpus().length} cores give at most ${os.cpus().length * 1000} ms of CPU per second, so a route needing s + d + l ms per request can reach at most ${os.cpus().length * 1000} ÷ (s + d + l) requests a second with the machine to itself (the "CPU ceiling"; switching between the processes costs some of it).
- Machine: ${os.cpus().length} cores shared by the server, PostgreSQL and the load process (and whatever else runs), load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} at the end.
`;
}
