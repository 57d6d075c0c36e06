// No NIK or KK number in the log: the app's real log stream is read after NIK searches (plain, grouped and
// percent-encoded) and after requests that fail inside the database with identifiers in the statement's
// parameters and in PostgreSQL's own message.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, type TestUser } from '../../test/test-app.ts';
import { REDACTED, redactLogLine, redactUrl, serializeError } from './log-redaction.ts';
import { signedIn } from './route-access.ts';

const NIK = '3510014506900001';
const KK = '3510010101200002';
const percentEncoded = [...NIK].map((digit) => `%${digit.charCodeAt(0).toString(16)}`).join('');
const SIXTEEN_DIGITS = /\d(?:[ .+_-]?\d){15}/;

/** Every string in a parsed log line (numbers such as times and durations are not identifiers). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => [key, ...stringsOf(item)]);
}

let t: TestApp;
let operator: TestUser;
const logged: string[] = [];

beforeAll(async () => {
  t = await buildTestApp({ log: { write: (line: string) => void logged.push(line) } });
  // Requests that fail inside the database with identifiers as parameters, as a broken query would.
  t.app.get('/api/test/fails-in-database', { config: { access: signedIn() } }, async () => {
    await sql`SELECT ${NIK}::text AS nik, ${KK}::int4 AS kk`.execute(t.app.db);
    return {};
  });
  t.app.get('/api/test/fails-after-identifiers', { config: { access: signedIn() } }, async () => {
    await sql`SELECT ${NIK}::text AS nik, 1 / (SELECT count(*) FROM region WHERE code = ${KK})`.execute(
      t.app.db,
    );
    return {};
  });
  operator = await t.createUser('village_operator', '35.10.01.2001');
});
afterAll(() => t.close());

describe('the app log', () => {
  it('never holds a NIK or KK, whatever the request or failure', async () => {
    for (const q of [NIK, `cari${NIK}sekarang`, `${NIK.slice(0, 4)} ${NIK.slice(4, 10)} ${NIK.slice(10)}`]) {
      const res = await operator.request({
        method: 'GET',
        url: `/api/population/residents?q=${encodeURIComponent(q)}`,
      });
      expect(res.statusCode).toBe(200);
    }
    const encoded = await operator.request({
      method: 'GET',
      url: `/api/population/residents?q=${percentEncoded}`,
    });
    expect(encoded.statusCode).toBe(200);
    for (const url of ['/api/test/fails-in-database', '/api/test/fails-after-identifiers']) {
      const res = await operator.request({ method: 'GET', url: `${url}?kk=${KK}` });
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain(NIK);
    }

    const log = logged.join('');
    // The requests and the failures were logged, without the numbers.
    expect(log).toContain('/api/population/residents?q=');
    expect(log).toContain(REDACTED);
    expect(logged.filter((line) => line.includes('"unhandled error"'))).toHaveLength(2);
    for (const identifier of [NIK, KK, percentEncoded, NIK.slice(4, 10)])
      expect(log).not.toContain(identifier);
    for (const line of logged)
      for (const text of stringsOf(JSON.parse(line))) expect(text).not.toMatch(SIXTEEN_DIGITS);
  });
});

describe('redactUrl', () => {
  it('replaces identifiers in the query and the path, plain, inside words, grouped or percent-encoded', () => {
    expect(redactUrl(`/api/population/residents?q=${NIK}&limit=50`)).toBe(
      `/api/population/residents?q=${encodeURIComponent(REDACTED)}&limit=50`,
    );
    expect(redactUrl(`/api/x?q=nik${NIK}x`)).not.toMatch(SIXTEEN_DIGITS);
    expect(redactUrl(`/api/x?q=${percentEncoded}`)).not.toContain(percentEncoded);
    expect(redactUrl(`/api/x?q=3510+0145+0690+0001`)).not.toContain('0690');
    expect(redactUrl(`/api/residents/${NIK}/card`)).toBe(
      `/api/residents/${encodeURIComponent(REDACTED)}/card`,
    );
    expect(redactUrl(`/api/x?q=${'9'.repeat(20)}`)).not.toContain('9999');
  });

  it('leaves shorter numbers and malformed encodings as they were', () => {
    expect(redactUrl('/api/villages/35.10.01.2001/households?limit=50&offset=100')).toBe(
      '/api/villages/35.10.01.2001/households?limit=50&offset=100',
    );
    expect(redactUrl('/api/x?q=%E0%A4%A&n=123456789012345')).toBe('/api/x?q=%E0%A4%A&n=123456789012345');
  });
});

describe('serializeError', () => {
  it('leaves the statement and its parameters behind and redacts values quoted in messages', () => {
    const error = Object.assign(new Error(`value "${NIK}" is out of range for type integer`), {
      code: '22003',
      detail: `Key (nik)=(${NIK}) already exists.`,
      query: `SELECT '${NIK}'`,
      params: [NIK, KK],
    });
    const serialized = JSON.stringify(serializeError(error));
    expect(serialized).not.toMatch(SIXTEEN_DIGITS);
    expect(serialized).toContain('22003');
    expect(serialized).not.toContain('"params"');
    expect(serialized).not.toContain('"query"');
  });
});

describe('redactLogLine', () => {
  it('redacts inside string values and keeps numbers such as times valid JSON', () => {
    const line = JSON.stringify({ time: 1767225600000, responseTime: 0.8374919891357422, msg: `nik ${NIK}` });
    const redacted = redactLogLine(line);
    expect(JSON.parse(redacted)).toEqual({
      time: 1767225600000,
      responseTime: 0.8374919891357422,
      msg: `nik ${REDACTED}`,
    });
  });
});
