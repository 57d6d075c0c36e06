// Builds the Fastify application: plugins, conventions (access declarations, problem+json, OpenAPI) and
// the domain modules. Listening and start-up data loading live in cli/start.ts, so tests build the same app.
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import type { AppConfig } from './config.ts';
import type { Database, Db, DbKind } from './db/database.ts';
import { refuseCrossSiteWrites } from './http/cross-site.ts';
import { appLoggerOptions } from './http/log-redaction.ts';
import { answerFrameworkError } from './http/framework-errors.ts';
import { registerProblemHandlers } from './http/problem.ts';
import { registerUnstorableTextGuard } from './http/safe-text.ts';
import { securityHeaders } from './http/security-headers.ts';
import { registerCompression, serveWebApp } from './http/web-delivery.ts';
import { enforceRouteDeclarations } from './http/route-access.ts';
import { registerSessionResolver } from './http/session-plugin.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { assistanceRoutes } from './modules/assistance/routes.ts';
import { cekBansosRoutes } from './modules/cek-bansos/routes.ts';
import { letterRoutes } from './modules/letters/routes.ts';
import { registerLetterShortLink } from './modules/letters/verify/short-link.ts';
import { populationRoutes } from './modules/population/routes.ts';
import { regionRoutes } from './modules/regions/routes.ts';
import { systemRoutes } from './modules/system/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { villageRoutes } from './modules/villages/routes.ts';
import { ImportRunner } from './platform/imports/job-runner.ts';
import { importRoutes } from './platform/imports/routes.ts';
import { registeredImporters as importers } from './registered-importers.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dbKind: DbKind;
    /** Is the database reachable (health checks)? */
    dbPing: () => Promise<void>;
    config: AppConfig;
    importRunner: ImportRunner;
  }
}

/**
 * `log`: true logs to standard output, a stream logs there (tests read the real log lines); both with
 * personal data redacted (http/log-redaction.ts).
 */
export async function buildApp(
  database: Database,
  config: AppConfig,
  log: boolean | DestinationStream = false,
) {
  const app = Fastify({
    logger: log === false ? false : appLoggerOptions(config.logLevel, log === true ? undefined : log),
    trustProxy: process.env.TRUST_PROXY === 'true',
    bodyLimit: 1_048_576,
    frameworkErrors: answerFrameworkError,
  });
  app.decorate('db', database.db);
  app.decorate('dbKind', database.kind);
  app.decorate('dbPing', database.ping ?? (() => sql`SELECT 1`.execute(database.db).then(() => undefined)));
  app.decorate('config', config);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(helmet, securityHeaders(config));
  await registerCompression(app);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => Object.assign(new Error('rate limited'), { statusCode: 429 }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Smart Kampung API',
        version: '0.1.0',
        description: 'Digital village government, Banyuwangi.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sk_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  // The documentation pages are public too: rate limited in their own context, since the UI plugin's routes
  // cannot carry our per-route declarations.
  await app.register(async (docs) => {
    await docs.register(rateLimit, { global: true, max: 120, timeWindow: '1 minute' });
    await docs.register(swaggerUi, { routePrefix: '/api/docs' });
  });

  enforceRouteDeclarations(app);
  // Before the session is looked up: a forged cross-site write is refused without touching the database.
  refuseCrossSiteWrites(app);
  registerSessionResolver(app);
  registerUnstorableTextGuard(app);
  const webDist = existsSync(path.join(config.webDistDir, 'index.html'));
  registerProblemHandlers(app, { spaFallback: webDist });
  if (webDist) {
    await serveWebApp(app, config.webDistDir);
    registerLetterShortLink(app);
  }

  app.get(
    '/api/openapi.json',
    {
      config: { access: { kind: 'public' }, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { hide: true },
    },
    () => app.swagger(),
  );
  await app.register(healthRoutes);
  await app.register(systemRoutes);
  await app.register(authRoutes);
  await app.register(regionRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(villageRoutes);
  await app.register(populationRoutes);
  await app.register(letterRoutes);
  await app.register(assistanceRoutes);
  await app.register(cekBansosRoutes);

  const byKind = new Map(importers.map((importer) => [importer.kind, importer]));
  const importRunner = new ImportRunner(database.db, byKind, app.log);
  app.decorate('importRunner', importRunner);
  app.addHook('onClose', () => importRunner.close());
  await app.register(importRoutes({ db: database.db, runner: importRunner, importers: byKind }));
  app.addHook('onSend', async (_request, reply, payload) => {
    // API answers carry personal data: never cache them in shared caches or the browser's disk cache. A route
    // serving public reference data (the look-up's district and village list) sets its own.
    if (reply.request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    return payload;
  });
  return app;
}
