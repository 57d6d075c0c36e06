// The benchmark report: one markdown table of ratios against the database's own raw speed in the same run,
// with the targets, then the machine and the load's own notes.
import os from 'node:os';
import type { ImportResult } from './import-bench.ts';
import type { Latency } from './measure.ts';
import type { QueryResults } from './query-bench.ts';
import type { VillageTableResults } from './village-table-bench.ts';

export interface ReportInput {
  engine: string;
  engineVersion: string;
  scale: string;
  date: string;
  importResult: ImportResult;
  queries: QueryResults;
  villageTable: VillageTableResults;
  totalSeconds: number;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const latency = (l: Latency) => `p50 ${ms(l.p50)} ms / p95 ${ms(l.p95)} ms`;
const seconds = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const rate = (rowsPerSecond: number) => `${Math.round(rowsPerSecond).toLocaleString('en')} rows/s`;
const verdict = (met: boolean) => (met ? 'yes' : '**no**');

function importRow(
  label: string,
  imp: ReportInput['importResult'],
  raw: { rowsPerSecond: number },
  target?: string,
): string[] {
  const ratio = imp.appRowsPerSecond / raw.rowsPerSecond;
  return [
    label,
    rate(imp.appRowsPerSecond),
    rate(raw.rowsPerSecond),
    ratio.toFixed(2),
    target ?? '(context)',
    target ? verdict(ratio >= 0.5) : '',
  ];
}

export function markdownReport(input: ReportInput): string {
  const { importResult: imp, queries: q, villageTable: v } = input;
  const rows: string[][] = [
    importRow(
      'Import: app load vs raw COPY of the same rows (4 tables) into bare tables',
      imp,
      imp.rawAllBare,
      'ratio ≥ 0.5',
    ),
    importRow(
      'Import: app load vs raw COPY of the resident rows alone into a bare table',
      imp,
      imp.rawBare,
      'ratio ≥ 0.5 (strict reading)',
    ),
    importRow(
      "Import: app load vs raw COPY of the resident rows into a table with resident's indexes",
      imp,
      imp.rawIndexed,
    ),
    importRow(
      "Import: app load vs the database's floor (raw COPY of the same rows + building the registry's indexes on them)",
      imp,
      { rowsPerSecond: imp.load.residents / (imp.rawAllBare.seconds + imp.rawIndexBuildSeconds) },
    ),
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
    [
      `Village table (villageComparison), regency: ${v.villages} villages vs counting them from the registry per request`,
      latency(v.regency),
      latency(v.raw),
      (v.regency.p95 / v.raw.p95).toFixed(3),
      'p95 < 200 ms',
      verdict(v.regency.p95 < 200),
    ],
    [
      `Village table (villageComparison), district ${v.districtCode}`,
      latency(v.district),
      latency(v.raw),
      (v.district.p95 / v.raw.p95).toFixed(3),
      'p95 < 200 ms',
      verdict(v.district.p95 < 200),
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
- App load: ${seconds(load.seconds)} s via \`${load.method}\` (households, families, NIK claims, residents and their name dictionary, indexes and foreign keys, per-village statistics; ${load.method === 'copy-bulk' ? 'one transaction, indexes rebuilt at the end' : 'one transaction per village, indexes kept up as rows arrive'}), after generating the villages in ${seconds(load.generationSeconds ?? 0)} s. Raw COPY of the same rows: ${seconds(imp.rawAllBare.seconds)} s for all four tables into bare tables, ${seconds(imp.rawBare.seconds)} s for the resident rows alone, ${seconds(imp.rawIndexed.seconds)} s for the resident rows into a table with resident's indexes; building the registry's keys and indexes on the raw copies: ${seconds(imp.rawIndexBuildSeconds)} s.
${imp.notes.map((n) => `- Load: ${n}\n`).join('')}- Latencies: ${q.nik.app.samples} NIK look-ups, ${q.nameRegency.app.samples} name searches (full names, names with a typo, first two name parts), ${q.stats.app.samples} statistics queries, ${v.regency.samples} village tables per area; one client, sequential, after a warm-up.
- Machine: ${os.cpus().length} cores, ${memory} GB RAM, Node ${process.version}, ${input.engineVersion}, ${os.platform()} ${os.arch()}.
- Whole run: ${input.totalSeconds.toFixed(0)} s.
`;
}
