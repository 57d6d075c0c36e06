// Cek Bansos under load (issue 13 §1): the public look-up over HTTP on the real route, the app started on a
// loopback port, driven by separate load processes (http-load-driver.ts) with 50 clients and varied, realistic
// questions: real residents' names from across the regency, most with a typo, some cut to their first two
// words, and NIK + name and KK + head's name look-ups. The yardstick is a bare primary-key look-up route
// registered in the bench's app only (never in production), served by the same stack (Fastify, zod, the rate
// limit hook, the response schema) in the same run. Proof of work is off and the limits out of reach for the
// load; then, on a fresh app with the default limits, bursts of 10× a limit must get fast 429s while the bare
// route, measured by another load process at the same moment, keeps its latency.
import os from 'node:os';
import { sql } from 'kysely';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { maskPublicName } from '@smart-kampung/domain';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig, type CekBansosConfig } from '../packages/server/src/config.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { publicRoute } from '../packages/server/src/http/route-access.ts';
import { Rng } from '../packages/server/src/seed/population/prng.ts';
import type { LoadRequest, LoadResult } from './http-load-driver.ts';
import { cpuDelta, databaseCpuMs, drive, startDriver } from './http-load.ts';

export const CLIENTS = 50;
export const WARM_UP_MS = 2_000;
/** Each route run unmeasured this long before any row: the first rows would otherwise pay for the server's
 * JIT, every pooled connection preparing its statements and PostgreSQL's cold caches (the mix, measured
 * first among the look-ups, paid 60 % more server CPU per request than any of its parts measured after it). */
export const PRE_WARM_MS = 5_000;
export const DURATION_MS = 10_000;
const PROBE_CLIENTS = 5;
const LOOKUP = '/api/public/cek-bansos/lookup';
const BARE = '/api/public/bench/resident';
const SAMPLE = 3_000;
/** How long each burst lasts: half the limits' minute, so the limits' windows hold the whole burst. */
export const BURST_SECONDS = 30;

/** The people of the "50 people" scenario each ask again this many seconds after their last question, on
 * average: a person picks a village and types a name, so even a hurried one takes a few seconds. */
export const PERSON_THINK_SECONDS = 2;

export type LookupScenario =
  'bare' | 'mix' | 'name' | 'nik' | 'kk' | 'bare-paced' | 'mix-paced' | 'mix-people';

export interface LoadRow {
  scenario: LookupScenario;
  /** Open loop at this rate (requests a second, whatever the answers); closed loop when undefined. */
  ratePerSecond?: number;
  result: LoadResult;
  /** CPU per request (ms): server process, PostgreSQL's backends, load process. */
  cpu: { server: number; database: number; driver: number };
}

export interface BurstRow {
  limit: 'address' | 'village';
  /** The limit per minute, and the burst's rate (10× it). */
  perMinute: number;
  ratePerSecond: number;
  burst: LoadResult;
  probeAlone: LoadResult;
  probeDuring: LoadResult;
}

export interface CekBansosResults {
  load: LoadRow[];
  bursts: BurstRow[];
  questions: { name: number; nik: number; kk: number; villages: number; receiving: number };
  loadAverage: { before: number[]; after: number[] };
}

interface SampledResident {
  id: string;
  village_code: string;
  full_name: string;
  nik: string;
  relationship: number | null;
  kk_number: string | null;
  receives: boolean;
}

/** Present residents across the regency in a stable pseudo-random order, and whether a program reaches them. */
async function sampleResidents(database: Database, limit: number, village?: string) {
  const { rows } = await sql<SampledResident>`
    WITH sample AS (
      SELECT r.id, r.village_code, r.full_name, r.nik, r.relationship, r.family_id
      FROM resident r
      WHERE r.status_code = 1 ${village ? sql`AND r.village_code = ${village}` : sql``}
      ORDER BY hashtext(r.id::text || 'cek-bansos') LIMIT ${limit})
    SELECT s.id, s.village_code, s.full_name, s.nik, s.relationship, f.kk_number,
      EXISTS (SELECT 1 FROM assistance_enrolment e WHERE e.village_code = s.village_code
                AND (e.resident_id = s.id OR e.family_id = s.family_id OR e.household_id = f.household_id))
        AS receives
    FROM sample s LEFT JOIN family f ON f.village_code = s.village_code AND f.id = s.family_id`.execute(
    database.db,
  );
  return rows;
}

const PUBLIC_NAME = /^\p{L}[\p{L}\p{M} .,'’-]*$/u;

/** A name as a citizen types it: lower case, a letter dropped, doubled or two swapped, or only two words. */
function typed(name: string, rng: Rng, way: number): string {
  const lower = name.toLowerCase();
  const at = rng.int(1, Math.max(1, lower.length - 3));
  const variants = [
    lower,
    lower.slice(0, at) + lower.slice(at + 1),
    lower.slice(0, at) + lower[at] + lower.slice(at),
    lower.slice(0, at) + (lower[at + 1] ?? '') + lower[at] + lower.slice(at + 2),
    lower.split(' ').slice(0, 2).join(' '),
  ];
  const variant = variants[way % variants.length]!.replace(/\s+/g, ' ').trim();
  return variant.length >= 3 && PUBLIC_NAME.test(variant) ? variant : name;
}

function lookupRequest(body: object, address?: string): LoadRequest {
  return {
    method: 'POST',
    path: LOOKUP,
    body: JSON.stringify(body),
    ...(address ? { headers: { 'x-forwarded-for': address } } : {}),
  };
}

/** The questions: 60 % by name (four in five with a typo or cut short), 20 % NIK + name, 20 % KK + head. */
function questions(sample: SampledResident[]) {
  const rng = new Rng('bench-cek-bansos');
  const heads = sample.filter((r) => r.relationship === 1 && r.kk_number);
  const byName = sample.map((r, i) =>
    lookupRequest({ village: r.village_code, name: typed(r.full_name, rng, i) }),
  );
  const byNik = sample.map((r) => lookupRequest({ village: r.village_code, nik: r.nik, name: r.full_name }));
  const byKk = heads.map((r) =>
    lookupRequest({ village: r.village_code, kk: r.kk_number, name: r.full_name.toLowerCase() }),
  );
  const mix: LoadRequest[] = [];
  for (let i = 0; i < sample.length; i++) {
    const slot = i % 10;
    mix.push(slot < 6 ? byName[i]! : slot < 8 ? byNik[i]! : byKk[i % byKk.length]!);
  }
  return { mix, name: byName, nik: byNik, kk: byKk };
}

/** The app as production builds it, plus the bench's own bare primary-key route; listening on loopback. */
async function serve(database: Database, cekBansos: CekBansosConfig, trustProxy: boolean) {
  const config = {
    ...loadConfig({ LOG_LEVEL: 'warn', AUDIT_ANCHOR_DIR: `${os.tmpdir()}/sk-bench-audit-${process.pid}` }),
    webDistDir: '/nonexistent',
    cekBansos,
  };
  const previous = process.env.TRUST_PROXY;
  process.env.TRUST_PROXY = String(trustProxy); // buildApp reads it, as the server does at start
  const app = await buildApp(database, config);
  if (previous === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = previous;
  app.withTypeProvider<ZodTypeProvider>().post(
    BARE,
    {
      // Out of reach: this route is the yardstick, and the probe beside the bursts.
      config: { access: publicRoute(), rateLimit: { max: 1_000_000_000, timeWindow: '1 minute' } },
      schema: {
        hide: true,
        body: z.object({ village: z.string(), id: z.uuid() }),
        response: { 200: z.object({ name: z.string().nullable() }) },
      },
    },
    async (request) => {
      const row = await sql<{ full_name: string }>`
        SELECT full_name FROM resident WHERE village_code = ${request.body.village} AND id = ${request.body.id}`.execute(
        app.db,
      );
      const name = row.rows[0]?.full_name;
      return { name: name ? maskPublicName(name) : null };
    },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { app, origin };
}

const bareRequests = (sample: SampledResident[]): LoadRequest[] =>
  sample.map((r) => ({
    method: 'POST',
    path: BARE,
    body: JSON.stringify({ village: r.village_code, id: r.id }),
  }));

/** Waits, if needed, so that a burst (after its load processes boot) ends within the village limit's minute. */
async function withinOneMinute() {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < BURST_SECONDS * 1000 + 6_000) await new Promise((resolve) => setTimeout(resolve, left + 200));
}

export async function cekBansosBench(
  database: Database,
  log: (line: string) => void,
): Promise<CekBansosResults> {
  const loadAverageBefore = os.loadavg();
  const sample = await sampleResidents(database, SAMPLE);
  const asked = questions(sample);
  const bare = bareRequests(sample);
  const load: LoadRow[] = [];
  const unlimited = {
    proofOfWork: false,
    perAddressPerMinute: 1_000_000_000,
    perVillagePerMinute: 1_000_000_000,
  };
  const open = await serve(database, unlimited, false);
  try {
    const plans: [LookupScenario, LoadRequest[], number?][] = [
      ['bare', bare],
      ['mix', asked.mix],
      ['name', asked.name],
      ['nik', asked.nik],
      ['kk', asked.kk],
    ];
    for (const requests of [bare, asked.mix])
      await drive({
        origin: open.origin,
        cookie: '',
        requests,
        clients: CLIENTS,
        warmUpMs: 0,
        durationMs: PRE_WARM_MS,
      });
    for (let i = 0; i < plans.length; i++) {
      const [scenario, requests, ratePerSecond] = plans[i]!;
      const databaseBefore = await databaseCpuMs(database);
      const serverBefore = process.cpuUsage();
      const result = await drive({
        origin: open.origin,
        cookie: '',
        requests,
        clients: CLIENTS,
        warmUpMs: WARM_UP_MS,
        durationMs: DURATION_MS,
        ...(ratePerSecond ? { ratePerSecond, total: Math.round((ratePerSecond * DURATION_MS) / 1000) } : {}),
      });
      const server = process.cpuUsage(serverBefore);
      const cpu = {
        server: (server.user + server.system) / 1000 / result.sent,
        database: cpuDelta(databaseBefore, await databaseCpuMs(database)) / result.sent,
        driver: result.cpuMs / result.sent,
      };
      load.push({ scenario, result, cpu, ratePerSecond });
      if (scenario === 'mix') {
        // Latency below saturation: both routes offered half the look-up's closed-loop rate, open loop.
        const offered = result.perSecond / 2;
        plans.push(['bare-paced', bare, offered], ['mix-paced', asked.mix, offered]);
        // 50 people at the page at once, as the issue's "50 concurrent clients" are when they are people: each
        // asks every PERSON_THINK_SECONDS, so the look-up is offered 50 ÷ that a second whatever the answers.
        plans.push(['mix-people', asked.mix, CLIENTS / PERSON_THINK_SECONDS]);
      }
      log(
        `Cek Bansos ${scenario}, ${CLIENTS} clients: ${result.perSecond.toFixed(0)}/s, p50 ${result.p50.toFixed(1)} ms, ` +
          `p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.failures} not 200; CPU per ` +
          `request: server ${cpu.server.toFixed(2)} ms, PostgreSQL ${cpu.database.toFixed(2)} ms, load ${cpu.driver.toFixed(2)} ms`,
      );
    }
  } finally {
    await open.app.close();
  }

  const limits = loadConfig({}).cekBansos; // the defaults a deployment runs with
  const guarded = { ...limits, proofOfWork: false };
  const village = sample[0]!.village_code;
  const ofVillage = await sampleResidents(database, 300, village);
  const rng = new Rng('bench-cek-bansos-burst');
  const bursts: BurstRow[] = [];
  const burstPlans: [BurstRow['limit'], number, (i: number) => LoadRequest][] = [
    // One address asks about anyone anywhere: the per-address limit.
    [
      'address',
      limits.perAddressPerMinute,
      (i) => ({ ...asked.mix[i % asked.mix.length]!, headers: { 'x-forwarded-for': '198.51.100.7' } }),
    ],
    // Every request from another address, all about one village: the per-village limit.
    [
      'village',
      limits.perVillagePerMinute,
      (i) => {
        const r = ofVillage[i % ofVillage.length]!;
        const address = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
        return lookupRequest({ village, name: typed(r.full_name, rng, i) }, address);
      },
    ],
  ];
  for (const [limit, perMinute, request] of burstPlans) {
    // 10× the limit's rate, sent as a bot sends (open loop), for BURST_SECONDS: the first `perMinute` pass.
    const ratePerSecond = (perMinute * 10) / 60;
    const total = Math.round(ratePerSecond * BURST_SECONDS);
    const requests = Array.from({ length: total }, (_, i) => request(i));
    const guardedApp = await serve(database, guarded, true);
    try {
      const probe = { origin: guardedApp.origin, cookie: '', requests: bare, clients: PROBE_CLIENTS };
      const probeAlone = await drive({ ...probe, warmUpMs: 1_000, durationMs: 10_000 });
      await withinOneMinute();
      // Both load processes boot (about a second each on a busy machine), then meet at `startAt`.
      const startAt = Date.now() + 4_000;
      const during = startDriver({ ...probe, warmUpMs: 0, durationMs: 0, untilStopped: true, startAt });
      const burst = await drive({
        origin: guardedApp.origin,
        cookie: '',
        requests,
        // A bot does not wait for a free connection: enough that no request queues in the load process.
        clients: Math.min(total, 1_000),
        warmUpMs: 0,
        durationMs: 0,
        total,
        ratePerSecond,
        startAt,
      });
      during.stop();
      const probeDuring = await during.result;
      bursts.push({ limit, perMinute, ratePerSecond, burst, probeAlone, probeDuring });
      const s = burst.byStatus;
      log(
        `Cek Bansos burst on the ${limit} limit (${perMinute}/min) at ${ratePerSecond.toFixed(0)}/s: ${total} requests in ` +
          `${burst.seconds.toFixed(1)} s, ${s['200']?.count ?? 0} × 200, ${s['429']?.count ?? 0} × 429 (p50 ` +
          `${s['429']?.p50.toFixed(1)} ms, p99 ${s['429']?.p99.toFixed(1)} ms); bare route p50/p99 ` +
          `${probeAlone.p50.toFixed(1)}/${probeAlone.p99.toFixed(1)} ms alone, ${probeDuring.p50.toFixed(1)}/${probeDuring.p99.toFixed(1)} ms during`,
      );
    } finally {
      await guardedApp.app.close();
    }
  }
  return {
    load,
    bursts,
    questions: {
      name: asked.name.length,
      nik: asked.nik.length,
      kk: asked.kk.length,
      villages: new Set(sample.map((r) => r.village_code)).size,
      receiving: sample.filter((r) => r.receives).length / sample.length,
    },
    loadAverage: { before: loadAverageBefore, after: os.loadavg() },
  };
}
