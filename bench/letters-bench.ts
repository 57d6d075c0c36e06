// Letters issued per second with their PDF, and the PDF's size, through the real app (inject, no network):
// letters issued one after another, then 50 at once (the counter row queues them), then every PDF rendered.
// On an empty scratch database with one registered family and the village head recorded.
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { hashSecret } from '../packages/server/src/modules/auth/password.ts';
import { moveInPayload } from '../packages/server/src/modules/population/test-support/families.ts';

const VILLAGE = '35.10.01.2001';
const PASSWORD = 'bench-password-123';
export const SEQUENTIAL = 200;
export const CONCURRENT = 50;

export interface LettersResult {
  sequentialPerSecond: number;
  concurrentPerSecond: number;
  pdfPerSecond: number;
  pdfBytes: { min: number; median: number; max: number };
}

let requests = 0;

async function call(
  app: FastifyInstance,
  cookie: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
) {
  // Each from its own address, as many desks of the regency would be: the PDF route's per-address limit
  // (60 a minute) must not stand in for the rendering speed.
  requests += 1;
  const remoteAddress = `127.4.${Math.floor(requests / 250) % 250}.${requests % 250}`;
  const res = await app.inject({ method, url, payload, headers: { cookie }, remoteAddress });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res;
}

export async function lettersBench(database: Database, log: (line: string) => void): Promise<LettersResult> {
  const scratch = path.join(os.tmpdir(), `sk-bench-letters-${process.pid}`);
  const config = {
    ...loadConfig({
      LOG_LEVEL: 'warn',
      AUDIT_ANCHOR_DIR: `${scratch}-audit`,
      LETTER_KEY_DIR: `${scratch}-keys`,
    }),
    webDistDir: '/nonexistent',
  };
  const app = await buildApp(database, config);
  try {
    await database.db
      .insertInto('app_user')
      .values({
        id: '00000000-0000-4000-8000-00000000b002',
        username: 'bench.letters',
        display_name: 'Bench letters',
        password_hash: await hashSecret(PASSWORD),
        role: 'village_operator',
        area_code: VILLAGE,
      })
      .execute();
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bench.letters', password: PASSWORD },
    });
    const cookie = `sk_session=${login.cookies.find((c) => c.name === 'sk_session')!.value}`;
    const family = (
      await call(app, cookie, 'POST', `/api/villages/${VILLAGE}/events/move-in`, moveInPayload(VILLAGE))
    ).json<{
      residentIds: string[];
    }>();
    await call(app, cookie, 'POST', `/api/villages/${VILLAGE}/officials`, {
      position: 'kepala_desa',
      positionTitle: 'Kepala Desa',
      fullName: 'Suyanto',
      nip: null,
      niap: '35100120010001',
      termStart: '2020-01-01',
      termEnd: null,
      acting: null,
    });
    const body = (index: number) => ({
      letterTypeCode: 'keterangan-usaha',
      residentId: family.residentIds[index % family.residentIds.length],
      fields: { nama_usaha: `Warung ${index}`, keperluan: 'Pengajuan pinjaman modal usaha' },
    });
    const ids: string[] = [];
    let started = performance.now();
    for (let index = 0; index < SEQUENTIAL; index += 1)
      ids.push(
        (await call(app, cookie, 'POST', `/api/villages/${VILLAGE}/letters`, body(index))).json<{
          id: string;
        }>().id,
      );
    const sequentialPerSecond = SEQUENTIAL / ((performance.now() - started) / 1000);
    log(`letters: ${SEQUENTIAL} issued one by one, ${sequentialPerSecond.toFixed(0)}/s`);

    started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENT }, (_, index) =>
        call(app, cookie, 'POST', `/api/villages/${VILLAGE}/letters`, body(index)),
      ),
    );
    const concurrentPerSecond = CONCURRENT / ((performance.now() - started) / 1000);
    log(`letters: ${CONCURRENT} issued at once, ${concurrentPerSecond.toFixed(0)}/s`);

    const sizes: number[] = [];
    started = performance.now();
    for (const id of ids)
      sizes.push(
        (await call(app, cookie, 'GET', `/api/villages/${VILLAGE}/letters/${id}/pdf`)).rawPayload.length,
      );
    const pdfPerSecond = ids.length / ((performance.now() - started) / 1000);
    sizes.sort((a, b) => a - b);
    log(`letters: ${ids.length} PDFs rendered, ${pdfPerSecond.toFixed(0)}/s`);
    return {
      sequentialPerSecond,
      concurrentPerSecond,
      pdfPerSecond,
      pdfBytes: { min: sizes[0]!, median: sizes[Math.floor(sizes.length / 2)]!, max: sizes.at(-1)! },
    };
  } finally {
    await app.close();
  }
}

export function lettersReport(engine: string, result: LettersResult): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    `### Letters (${engine})`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| letters issued one after another (number, signer, signature, audit) | ${result.sequentialPerSecond.toFixed(0)} per second |`,
    `| letters issued ${CONCURRENT} at once (one counter row) | ${result.concurrentPerSecond.toFixed(0)} per second |`,
    `| letter PDFs rendered (F4, QR, audited download) | ${result.pdfPerSecond.toFixed(0)} per second |`,
    `| PDF size (min / median / max) | ${kb(result.pdfBytes.min)} / ${kb(result.pdfBytes.median)} / ${kb(result.pdfBytes.max)} |`,
    '',
  ].join('\n');
}
