// The API's house rules, checked on the real app: every route declares access, errors are a documented
// catalogue, the OpenAPI document is served, responses carry security headers.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { registeredImporters } from '../registered-importers.ts';
import { errorCatalogue } from './error-catalogue.ts';
import { enforceRouteDeclarations, publicRoute } from './route-access.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('route declarations', () => {
  it('refuses to register an API route that does not say who may call it', () => {
    const app = Fastify();
    enforceRouteDeclarations(app);
    expect(() => app.get('/api/forgotten', () => 'x')).toThrow(/declares no access/);
  });

  it('refuses a public route without a rate limit', () => {
    const app = Fastify();
    enforceRouteDeclarations(app);
    expect(() => app.get('/api/open', { config: { access: publicRoute() } }, () => 'x')).toThrow(
      /declares no rate limit/,
    );
  });
});

describe('GET /api/openapi.json and /api/docs', () => {
  it('serves an OpenAPI 3.1 document with every route and who may call it', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      openapi: string;
      paths: Record<string, Record<string, { description?: string }>>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/regions/{code}',
        '/api/regions/{code}/children',
      ]),
    );
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const op of Object.values(operations))
        expect(op.description, path).toMatch(/Public|signed-in|Roles:/);
    }
  });

  it('serves a browsable documentation page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html');
    expect(res.headers['x-ratelimit-limit']).toBe('120');
  });
});

describe('validation errors', () => {
  it('name each bad field in Indonesian, with the English text beside it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'x', password: 7 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        field: 'password',
        message: expect.stringMatching(/^Input tidak valid/),
        message_en: expect.stringMatching(/^Invalid input/),
      }),
    ]);
  });
});

describe('GET /api/health', () => {
  it('reports the database engine in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', db: t.database.kind });
  });

  it('sends security headers and forbids caching of API answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers ten monitors polling every second from one (NAT) address, and limits beyond that', async () => {
    const poll = () => t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '198.51.100.7' });
    for (let second = 0; second < 600; second++) {
      const res = await poll();
      expect(res.statusCode).toBe(200);
    }
    const over = await poll();
    expect(over.statusCode).toBe(429);
    expect(over.json()).toMatchObject({ code: 'RATE_LIMITED' });
    // Another address is counted apart.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress: '198.51.100.8' })).statusCode,
    ).toBe(200);
  });
});

describe('error catalogue', () => {
  const doc = readFileSync(new URL('../../../../docs/ERRORS.md', import.meta.url), 'utf8');
  const [apiPart = '', issuePart = ''] = doc.split('## Import line issues');
  const codePart = apiPart.split('## Field messages')[0]!;
  const documented = [...codePart.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);

  it('is documented code for code in docs/ERRORS.md', () => {
    expect(documented.sort()).toEqual(Object.keys(errorCatalogue).sort());
  });

  it("documents every importer's line-issue codes with their level and both messages", () => {
    for (const importer of registeredImporters) {
      for (const [code, issue] of Object.entries(importer.issues)) {
        const line = issuePart.split('\n').find((l) => l.startsWith(`| \`${code}\` |`));
        expect(line, code).toContain(`| ${issue.level} |`);
        expect(line).toContain(importer.name);
        expect(line).toContain(issue.id);
        expect(line).toContain(issue.en);
      }
    }
  });

  it('documents each code with its status and both messages', () => {
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      const line = doc.split('\n').find((l) => l.startsWith(`| \`${code}\` |`));
      expect(line).toContain(`| ${entry.status} |`);
      expect(line).toContain(entry.id);
      expect(line).toContain(entry.en);
    }
  });

  it('answers unknown API paths with a problem, not an HTML page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
