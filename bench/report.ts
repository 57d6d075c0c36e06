// The benchmark report: one markdown table of ratios against the database's own raw speed in the same run,
// with the targets, then the machine and the load's own notes.
import os from 'node:os';
import type { ImportResult } from './import-bench.ts';
import type { Latency } from './measure.ts';
import type { QueryResults } from './query-bench.ts';

export interface ReportInput {
  engine: string;
  engineVersion: string;
  scale: string;
  date: string;
  importResult: ImportResult;
  queries: QueryResults;
  totalSeconds: number;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const latency = (l: Latency) => `p50 ${ms(l.p50)} ms / p95 ${ms(l.p95)} ms`;
const seconds = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const rate = (rowsPerSecond: number) => `${Math.round(rowsPerSecond).toLocaleString('en')} rows/s`;
const verdict = (met: boolean) => (met ? 'yes' : '**no**');

export function markdownReport(input: ReportInput): string {
  const { importResult: imp, queries: q } = input;
  const rows: string[][] = [
    [
      'Import: app load path vs raw COPY into a bare table',
      rate(imp.appRowsPerSecond),
      rate(imp.rawBare.rowsPerSecond),
      (imp.appRowsPerSecond / imp.rawBare.rowsPerSecond).toFixed(2),
      'ratio ≥ 0.5',
      verdict(imp.appRowsPerSecond / imp.rawBare.rowsPerSecond >= 0.5),
    ],
    [
      "Import: app load path vs raw COPY into a copy of resident's indexes",
      rate(imp.appRowsPerSecond),
      rate(imp.rawIndexed.rowsPerSecond),
      (imp.appRowsPerSecond / imp.rawIndexed.rowsPerSecond).toFixed(2),
      '(context)',
      '',
    ],
    [
      'NIK look-up (resident_nik → resident) vs primary-key lookup',
      latency(q.nik.app),
      latency(q.nik.raw),
      (q.nik.app.p95 / q.nik.raw.p95).toFixed(1),
      'p95 < 20 ms',
      verdict(q.nik.app.p95 < 20),
    ],
    [
      'Name search (searchResidents), regency-wide vs btree equality lookup',
      latency(q.nameRegency.app),
      latency(q.nameRegency.raw),
      (q.nameRegency.app.p95 / q.nameRegency.raw.p95).toFixed(0),
      'p95 < 100 ms',
      verdict(q.nameRegency.app.p95 < 100),
    ],
    [
      `Name search (searchResidents), district ${q.nameDistrict.district} only`,
      latency(q.nameDistrict.app),
      latency(q.nameRegency.raw),
      (q.nameDistrict.app.p95 / q.nameRegency.raw.p95).toFixed(0),
      'p95 < 100 ms',
      verdict(q.nameDistrict.app.p95 < 100),
    ],
    [
      'Regency statistics (SUM over population_stat) vs count(*) over resident',
      latency(q.stats.app),
      latency(q.stats.raw),
      (q.stats.app.p95 / q.stats.raw.p95).toFixed(2),
      'p95 < 500 ms',
      verdict(q.stats.app.p95 < 500),
    ],
  ];
  const header = ['Benchmark', 'App', 'Raw baseline (same run)', 'Ratio', 'Target', 'Met'];
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const load = imp.load;
  const memory = Math.round(os.totalmem() / 2 ** 30);
  return `# Benchmark ${input.date}, ${input.engine}, ${input.scale} scale

${table}

Ratios: import = app rows/s ÷ raw rows/s (higher is better); queries = app p95 ÷ raw p95 (lower is better).

- Data: ${load.residents.toLocaleString('en')} residents, ${load.families.toLocaleString('en')} families, ${load.households.toLocaleString('en')} households in ${load.loadedVillages} village(s).
- App load: ${seconds(load.seconds)} s via \`${load.method}\` (generation, households, families, residents, resident_nik, per-village statistics); raw COPY of the same resident rows: ${seconds(imp.rawBare.seconds)} s into a bare table, ${seconds(imp.rawIndexed.seconds)} s into a table with resident's indexes.
${imp.notes.map((n) => `- Load: ${n}\n`).join('')}- Latencies: ${q.nik.app.samples} NIK look-ups, ${q.nameRegency.app.samples} name searches (full names, names with a typo, first two name parts), ${q.stats.app.samples} statistics queries; one client, sequential, after a warm-up.
- Machine: ${os.cpus().length} cores, ${memory} GB RAM, Node ${process.version}, ${input.engineVersion}, ${os.platform()} ${os.arch()}.
- Whole run: ${input.totalSeconds.toFixed(0)} s.
`;
}
