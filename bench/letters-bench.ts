// Letters issued per second with their PDF, and the PDF's size, through the real app (inject, no network):
// letters issued one after another, then 50 at once (the counter row queues them), then every PDF rendered.
// On an empty scratch database with one registered family and the village head recorded.
import { randomBytes, randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import type { Database } from '../packages/server/src/db/database.ts';
import { hashSecret } from '../packages/server/src/modules/auth/password.ts';
import { letterDocument } from '../packages/server/src/modules/letters/issue/document.ts';
import { printableLetter } from '../packages/server/src/modules/letters/issue/letter-service.ts';
import { findLetter } from '../packages/server/src/modules/letters/issue/queries.ts';
import { renderPdf } from '../packages/server/src/platform/pdf/render-pdf.ts';
import { moveInPayload } from '../packages/server/src/modules/population/test-support/families.ts';

const VILLAGE = '35.10.01.2001';
const PASSWORD = 'bench-password-123';
export const SEQUENTIAL = 200;
export const CONCURRENT = 50;
/** Letters issued and printed one after another, as a desk does, and the same work's raw baselines. */
export const WITH_PDF = 40;

export interface LettersResult {
  sequentialPerSecond: number;
  concurrentPerSecond: number;
  pdfPerSecond: number;
  pdfBytes: { min: number; median: number; max: number };
  /** Issue, then download its PDF, one letter after another: what a desk waits for. */
  issuedWithPdfPerSecond: number;
  /** Baseline: pdfmake rendering the very same documents, nothing else (no HTTP, database, audit). */
  rawRenderPerSecond: number;
  /** Baseline: a bare INSERT of the same letter row (new id and number), one after another. */
  bareInsertPerSecond: number;
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

    const printed: string[] = [];
    started = performance.now();
    for (let index = 0; index < WITH_PDF; index += 1) {
      const issued = await call(app, cookie, 'POST', `/api/villages/${VILLAGE}/letters`, body(index));
      const id = issued.json<{ id: string }>().id;
      await call(app, cookie, 'GET', `/api/villages/${VILLAGE}/letters/${id}/pdf`);
      printed.push(id);
    }
    const issuedWithPdfPerSecond = WITH_PDF / ((performance.now() - started) / 1000);
    log(`letters: ${WITH_PDF} issued and printed one by one, ${issuedWithPdfPerSecond.toFixed(1)}/s`);

    // The same documents, built beforehand from the stored rows, rendered by pdfmake alone.
    const documents = [];
    for (const id of printed) {
      const row = (await findLetter(database.db, VILLAGE, id))!;
      documents.push(letterDocument(printableLetter(row, VILLAGE, config.publicUrl)));
    }
    started = performance.now();
    for (const document of documents) await renderPdf(document);
    const rawRenderPerSecond = documents.length / ((performance.now() - started) / 1000);
    log(
      `letters: the same ${documents.length} documents rendered by pdfmake alone, ${rawRenderPerSecond.toFixed(1)}/s`,
    );

    const bareInsertPerSecond = await bareInserts(database, printed[0]!);
    log(`letters: ${SEQUENTIAL} bare INSERTs of the same row, ${bareInsertPerSecond.toFixed(0)}/s`);
    return {
      issuedWithPdfPerSecond,
      rawRenderPerSecond,
      bareInsertPerSecond,
      sequentialPerSecond,
      concurrentPerSecond,
      pdfPerSecond,
      pdfBytes: { min: sizes[0]!, median: sizes[Math.floor(sizes.length / 2)]!, max: sizes.at(-1)! },
    };
  } finally {
    await app.close();
  }
}

/** A letter row copied with a new id, public id and number, inserted one statement at a time. */
async function bareInserts(database: Database, sourceId: string): Promise<number> {
  const source = await database.db
    .selectFrom('letter')
    .selectAll()
    .where('village_code', '=', VILLAGE)
    .where('id', '=', sourceId)
    .executeTakeFirstOrThrow();
  const json = (value: unknown) => JSON.stringify(value);
  const started = performance.now();
  for (let index = 0; index < SEQUENTIAL; index += 1)
    await database.db
      .insertInto('letter')
      .values({
        ...source,
        id: randomUUID(),
        public_id: randomBytes(16).toString('base64url'),
        number: `BENCH/${index}`,
        sequence_scope: 'type:bench',
        sequence_no: index + 1,
        subject: json(source.subject),
        fields: json(source.fields),
        parties: json(source.parties),
        template: json(source.template),
        letterhead: json(source.letterhead),
        signer: json(source.signer),
      })
      .execute();
  return SEQUENTIAL / ((performance.now() - started) / 1000);
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
    `| letters issued and printed one after another (issue, then its PDF) | ${result.issuedWithPdfPerSecond.toFixed(1)} per second |`,
    `| baseline: the same documents rendered by pdfmake alone | ${result.rawRenderPerSecond.toFixed(1)} per second (issued with PDF = ${(result.issuedWithPdfPerSecond / result.rawRenderPerSecond).toFixed(2)} of it) |`,
    `| baseline: bare INSERT of the same letter row | ${result.bareInsertPerSecond.toFixed(0)} per second (issue alone = ${(result.sequentialPerSecond / result.bareInsertPerSecond).toFixed(3)} of it) |`,
    '',
  ].join('\n');
}
