// Importing a 20,000-resident OpenSID file through the real HTTP API, as an operator does: upload, wait for
// the check, save, wait for the commit. Meanwhile a separate process asks /api/health every 150 ms, so the
// worst answer time shows whether the import stalls the server; the process's memory is sampled. The commit's
// rows/s are set against the database's own raw speed in the same run: one INSERT … SELECT of the very rows
// the import wrote into a bare table.
import { spawn } from 'node:child_process';
import os from 'node:os';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { Database } from '../packages/server/src/db/database.ts';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { hashSecret } from '../packages/server/src/modules/auth/password.ts';
import { residentRow } from '../packages/server/src/modules/population/resident-import/test-fixtures.ts';
import { TEMPLATE_HEADERS } from '../packages/server/src/modules/population/resident-import/template-columns.ts';

export const FILE_ROWS = 20_000;
const VILLAGE = '35.10.01.2001';
const PASSWORD = 'bench-password-123';

export interface FileImportResult {
  rows: number;
  fileBytes: number;
  checkSeconds: number;
  commitSeconds: number;
  rawCopySeconds: number;
  health: { idleP50: number; worstDuringCheck: number; worstDuringCommit: number; samples: number };
  /** GET /api/config, which reads the database: what any other database-backed request waits. */
  databaseRead: { worstDuringCheck: number; worstDuringCommit: number };
  peakRssGrowthMb: number;
}

/** 5,000 families of four with distinct NIKs (birth dates spread over ten years, serials from 7001). */
async function residentFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data Penduduk');
  sheet.addRow([...TEMPLATE_HEADERS]);
  const day = (n: number) => new Date(Date.UTC(1970, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  for (let family = 0; family < FILE_ROWS / 4; family += 1) {
    const kk = `351001${String(110000 + (family % 890000)).padStart(6, '0')}${String(1 + Math.floor(family / 890000) + (family % 9000)).padStart(4, '0')}`;
    const address = {
      alamat: `Jl. Uji No. ${family}`,
      dusun: 'Krajan',
      rw: '001',
      rt: String(1 + (family % 9)).padStart(3, '0'),
    };
    const members = [
      { name: `Kepala Uji ${family}`, level: 1, female: false, offset: 3650 },
      { name: `Istri Uji ${family}`, level: 3, female: true, offset: 4380 },
      { name: `Anak Satu ${family}`, level: 4, female: true, offset: 12000 },
      { name: `Anak Dua ${family}`, level: 4, female: false, offset: 13000 },
    ];
    members.forEach((member, m) => {
      const index = family * 4 + m;
      const birth = day(member.offset + (family % 3000));
      const serial = 7001 + Math.floor(family / 3000);
      const row = residentRow(
        kk,
        { name: member.name, birth, female: member.female, level: member.level },
        serial,
        index,
        address,
      );
      sheet.addRow(TEMPLATE_HEADERS.map((header) => row[header] ?? null));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A separate process polling /api/health: its answer times are not delayed by this process's own work. */
function startPoller(url: string, everyMs: number) {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const samples=[];let stop=false;process.stdin.on('data',d=>{if(String(d).includes('mark'))samples.push('mark');else stop=true;});process.stdin.resume();
(async()=>{while(!stop){const t=performance.now();try{await fetch(${JSON.stringify(url)});}catch{}samples.push(performance.now()-t);await new Promise(r=>setTimeout(r,${everyMs}));}process.stdout.write(JSON.stringify(samples));process.exit(0);})();`,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const done = new Promise<(number | 'mark')[]>((resolve) =>
    child.on('exit', () => resolve(JSON.parse(out || '[]'))),
  );
  return {
    mark: () => child.stdin.write('mark\n'),
    stop: async () => {
      child.stdin.write('stop\n');
      return done;
    },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function fileImportBench(
  database: Database,
  log: (line: string) => void,
): Promise<FileImportResult> {
  const db = database.db;
  const config = {
    ...loadConfig({ LOG_LEVEL: 'warn', AUDIT_ANCHOR_DIR: `${os.tmpdir()}/sk-bench-audit-${process.pid}` }),
    webDistDir: '/nonexistent',
    // The poller below asks every 150 ms; in production a monitor asks far less often.
    healthChecksPerMinute: 100_000,
  };
  const app = await buildApp(database, config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    await db
      .insertInto('app_user')
      .values({
        id: '00000000-0000-4000-8000-00000000b001',
        username: 'bench.operator',
        display_name: 'Bench operator',
        password_hash: await hashSecret(PASSWORD),
        role: 'village_operator',
        area_code: VILLAGE,
      })
      .execute();
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench.operator', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${baseUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), cookie } });
    const waitFor = async (jobId: string) => {
      for (;;) {
        const job = (await (await api(`/api/villages/${VILLAGE}/imports/${jobId}`)).json()) as {
          status: string;
          errorRows: number;
          result: Record<string, number> | null;
          failure: unknown;
        };
        if (job.status !== 'validating' && job.status !== 'committing') return job;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };

    log(`file import: writing a ${FILE_ROWS.toLocaleString('en')}-resident OpenSID file`);
    const file = await residentFile();
    const poller = startPoller(`${baseUrl}/api/health`, 150);
    // A public read that needs the database (the deployment row), within its own rate limit.
    const reader = startPoller(`${baseUrl}/api/config`, 600);
    await new Promise((resolve) => setTimeout(resolve, 2000)); // idle answers first
    const baseRss = process.memoryUsage().rss;
    let peakRss = baseRss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
    let last = performance.now();
    const drift = setInterval(() => {
      const now = performance.now();
      if (now - last > 150 && process.env.DRIFT)
        console.error('BLOCKED', Math.round(now - last), new Error().stack?.split('\n').length);
      last = now;
    }, 10);

    poller.mark();
    reader.mark();
    const checkStarted = performance.now();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'penduduk-20000.xlsx');
    const upload = await api(`/api/villages/${VILLAGE}/imports/residents`, { method: 'POST', body: form });
    const { jobId } = (await upload.json()) as { jobId: string };
    const checked = await waitFor(jobId);
    const checkSeconds = (performance.now() - checkStarted) / 1000;
    if (checked.status !== 'ready' || checked.errorRows > 0)
      throw new Error(`file import check ended ${JSON.stringify(checked)}`);
    log(`file import: checked in ${checkSeconds.toFixed(1)} s`);

    poller.mark();
    reader.mark();
    const commitStarted = performance.now();
    await api(`/api/villages/${VILLAGE}/imports/${jobId}/commit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'all' }),
    });
    const committed = await waitFor(jobId);
    const commitSeconds = (performance.now() - commitStarted) / 1000;
    if (committed.status !== 'committed')
      throw new Error(`file import commit ended ${JSON.stringify(committed)}`);
    log(`file import: committed in ${commitSeconds.toFixed(1)} s`);
    clearInterval(sampler);
    clearInterval(drift);
    const samples = await poller.stop();
    const readerSamples = await reader.stop();

    const phases = (all: (number | 'mark')[]) =>
      all.reduce<number[][]>(
        (parts, sample) => {
          if (sample === 'mark') parts.push([]);
          else parts[parts.length - 1]!.push(sample);
          return parts;
        },
        [[]],
      );
    const [, readsDuringCheck = [], readsDuringCommit = []] = phases(readerSamples);
    const [idle = [], duringCheck = [], duringCommit = []] = phases(samples);

    // The database's own speed for the same rows: one INSERT … SELECT of what the import wrote into a bare
    // table (no keys, no indexes), on the connection the app uses.
    await sql`CREATE TABLE bench_file_raw AS SELECT * FROM resident WITH NO DATA`.execute(db);
    const rawStarted = performance.now();
    await sql`INSERT INTO bench_file_raw SELECT * FROM resident WHERE village_code = ${VILLAGE}`.execute(db);
    const rawCopySeconds = (performance.now() - rawStarted) / 1000;
    await sql`DROP TABLE bench_file_raw`.execute(db);

    return {
      rows: FILE_ROWS,
      fileBytes: file.length,
      checkSeconds,
      commitSeconds,
      rawCopySeconds,
      health: {
        idleP50: median(idle),
        worstDuringCheck: Math.max(0, ...duringCheck),
        worstDuringCommit: Math.max(0, ...duringCommit),
        samples: duringCheck.length + duringCommit.length,
      },
      databaseRead: {
        worstDuringCheck: Math.max(0, ...readsDuringCheck),
        worstDuringCommit: Math.max(0, ...readsDuringCommit),
      },
      peakRssGrowthMb: (peakRss - baseRss) / 1_048_576,
    };
  } finally {
    await app.close();
  }
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));

/** The file import's lines of the report: rows/s against the raw COPY, health answer times, memory. */
export function fileImportReport(engine: string, r: FileImportResult): string {
  const checkRate = r.rows / r.checkSeconds;
  const commitRate = r.rows / r.commitSeconds;
  const rawRate = r.rows / r.rawCopySeconds;
  const healthTarget = engine === 'postgres' ? 200 : 1000;
  const worst = Math.max(r.health.worstDuringCheck, r.health.worstDuringCommit);
  return [
    `### File import through the API (${r.rows.toLocaleString('en')} residents, ${(r.fileBytes / 1_048_576).toFixed(2)} MB xlsx)`,
    '',
    '| Measure | Value | Baseline (same run) | Ratio | Target | Met |',
    '| --- | --- | --- | --- | --- | --- |',
    `| Check (upload, read in a worker thread, every line checked and staged) | ${Math.round(checkRate).toLocaleString('en')} rows/s (${r.checkSeconds.toFixed(1)} s) | raw INSERT … SELECT of the written rows ${Math.round(rawRate).toLocaleString('en')} rows/s | ${(checkRate / rawRate).toFixed(2)} | (context) | |`,
    `| Commit (one transaction: families, residents, NIK claims, events, name words, statistics, audit) | ${Math.round(commitRate).toLocaleString('en')} rows/s (${r.commitSeconds.toFixed(1)} s) | raw INSERT … SELECT of the written rows ${Math.round(rawRate).toLocaleString('en')} rows/s | ${(commitRate / rawRate).toFixed(2)} | (context) | |`,
    `| Worst /api/health answer during the check / the commit | ${ms(r.health.worstDuringCheck)} ms / ${ms(r.health.worstDuringCommit)} ms | idle p50 ${ms(r.health.idleP50)} ms | ${(worst / Math.max(r.health.idleP50, 0.1)).toFixed(0)}× | ≤ ${healthTarget} ms | ${worst <= healthTarget ? 'yes' : '**no**'} |`,
    `| Worst answer of a request that reads the database (GET /api/config) during the check / the commit | ${ms(r.databaseRead.worstDuringCheck)} ms / ${ms(r.databaseRead.worstDuringCommit)} ms | | | (context: on PGlite it waits for the commit's transaction) | |`,
    `| Peak memory growth of the server process (worker included) | ${r.peakRssGrowthMb.toFixed(0)} MB | | | (context) | |`,
    '',
    `${r.health.samples} health answers were timed by a separate process polling every 150 ms.`,
    '',
  ].join('\n');
}
