// The markdown section of the Cek Bansos load bench, with the targets of issue 13 §1: the look-up at 50
// clients reaches at least a quarter of the bare primary-key route's rate with p99 ≤ 100 ms, and bursts of 10×
// a limit get fast 429s while the bare route's latency stays as it was.
import os from 'node:os';
import {
  BURST_SECONDS,
  CLIENTS,
  DURATION_MS,
  PERSON_THINK_SECONDS,
  PRE_WARM_MS,
  WARM_UP_MS,
  type CekBansosResults,
  type LookupScenario,
} from './cek-bansos-bench.ts';
import type { LoadResult, StatusLatency } from './http-load-driver.ts';

const fixed = (value: number) =>
  Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0);
const percentiles = (r: Pick<LoadResult, 'p50' | 'p95' | 'p99'> | StatusLatency | undefined) =>
  r ? `${fixed(r.p50)} / ${fixed(r.p95)} / ${fixed(r.p99)} ms` : '–';
const verdict = (met: boolean) => (met ? 'yes' : '**no**');
const table = (header: string[], rows: string[][]) =>
  [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');

export function cekBansosReport(engine: string, results: CekBansosResults): string {
  const q = results.questions;
  const label: Record<LookupScenario, string> = {
    bare: 'Bare primary-key route (bench only: one `resident` row by its key, name masked)',
    mix: `Cek Bansos look-up, the mix (60 % name, 20 % NIK + name, 20 % KK + head)`,
    name: `by name only (${q.name.toLocaleString('en')} questions)`,
    nik: `by NIK + name only (${q.nik.toLocaleString('en')})`,
    kk: `by KK + head's name only (${q.kk.toLocaleString('en')})`,
    'bare-paced': 'Bare route, offered half the mix’s rate (open loop)',
    'mix-paced': 'Look-up mix, offered half its own rate (open loop)',
    'mix-people': `Look-up mix, ${CLIENTS} people each asking every ${PERSON_THINK_SECONDS} s (open loop)`,
  };
  const bare = results.load.find((row) => row.scenario === 'bare')?.result;
  const loadRows = results.load.map(({ scenario, result: r, cpu, ratePerSecond }) => {
    const closed = ratePerSecond === undefined;
    const ratio = bare && closed && scenario !== 'bare' ? r.perSecond / bare.perSecond : undefined;
    const target =
      scenario === 'mix'
        ? '≥ ¼ bare, p99 ≤ 100 ms'
        : scenario === 'mix-paced' || scenario === 'mix-people'
          ? 'p99 ≤ 100 ms'
          : scenario === 'bare'
            ? '(yardstick)'
            : '';
    const met =
      scenario === 'mix'
        ? `rate ${verdict((ratio ?? 0) >= 0.25)}, p99 ${verdict(r.p99 <= 100)}`
        : scenario === 'mix-paced' || scenario === 'mix-people'
          ? verdict(r.p99 <= 100)
          : '';
    return [
      label[scenario],
      `${Math.round(r.perSecond).toLocaleString('en')}/s`,
      ratio === undefined ? '' : ratio.toFixed(2),
      percentiles(r),
      `${cpu.server.toFixed(2)} / ${cpu.database.toFixed(2)} / ${cpu.driver.toFixed(2)} ms`,
      `${Math.round((os.cpus().length * 1000) / (cpu.server + cpu.database + cpu.driver)).toLocaleString('en')}/s`,
      String(r.failures),
      target,
      met,
    ];
  });
  const burstRows = results.bursts.map(
    ({ limit, perMinute, ratePerSecond, burst, probeAlone, probeDuring }) => {
      const ok = burst.byStatus['200'];
      const limited = burst.byStatus['429'];
      const other = Object.entries(burst.byStatus)
        .filter(([status]) => status !== '200' && status !== '429')
        .map(([status, s]) => `${s.count} × ${status}`)
        .join(', ');
      return [
        limit === 'address'
          ? `one address; limit ${perMinute}/min per address`
          : `a new address each time, one village; limit ${perMinute}/min per village`,
        `${burst.sent.toLocaleString('en')} at ${ratePerSecond.toFixed(0)}/s, done in ${burst.seconds.toFixed(1)} s`,
        `${ok?.count ?? 0} × 200, ${limited?.count ?? 0} × 429${other ? `, ${other}` : ''}`,
        percentiles(limited),
        percentiles(ok),
        `${percentiles(probeAlone)} (${Math.round(probeAlone.perSecond)}/s)`,
        `${percentiles(probeDuring)} (${Math.round(probeDuring.perSecond)}/s)`,
      ];
    },
  );
  const avg = (l: number[]) => l.map((v) => v.toFixed(1)).join(' / ');
  return `## Cek Bansos under load, ${engine}

${table(
  [
    'Route (50 clients)',
    'Rate',
    '÷ bare',
    'p50 / p95 / p99',
    'CPU per request: server / PostgreSQL / load',
    'CPU ceiling',
    'Not 200',
    'Target',
    'Met',
  ],
  loadRows,
)}

Bursts at 10× a limit's rate for ${BURST_SECONDS} s (sent as a bot sends: one request every 1/rate s whatever
the answers), each on a fresh app with the default limits (proof of work still off), while another load process
measures the bare route with 5 clients (closed loop); the same probe alone for 10 s just before:

${table(
  [
    'Burst',
    'Requests',
    'Answers',
    '429: p50 / p95 / p99',
    '200: p50 / p95 / p99',
    'Bare route alone',
    'Bare route during the burst',
  ],
  burstRows,
)}

- Questions: real present residents of ${q.villages} villages in a stable pseudo-random order (${Math.round(q.receiving * 100)} % of them reached by a program); names as typed: lower case, a letter dropped, doubled or two swapped, or the first two words only; NIK + the name as registered; KK + the head's name in lower case. Before the rows, the bare route and the mix each run ${PRE_WARM_MS / 1000} s unmeasured (JIT, every pooled connection's prepared statements, caches). Each 50-client row: ${WARM_UP_MS / 1000} s warm-up, then ${DURATION_MS / 1000} s measured, closed loop (each of the ${CLIENTS} clients sends its next request when the answer is read), from a separate process (undici, keep-alive) to the app on a loopback port. Proof of work off, limits out of reach (\`CEK_BANSOS_PROOF_OF_WORK=off\` and limits for the bench only).
- CPU per request: the server process's, PostgreSQL's backends of this database (from /proc) and the load process's, warm-up included; the CPU ceiling is ${os.cpus().length} cores ÷ their sum.
- Machine: ${os.cpus().length} cores shared with other work; load average ${avg(results.loadAverage.before)} before, ${avg(results.loadAverage.after)} at the end.
`;
}
