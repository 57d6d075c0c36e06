// Errors leave the server as RFC 9457 problem+json with a stable `code` and both languages' messages.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isStatementTimeout, STATEMENT_TIMEOUT_CODE } from '../db/statement-timeout.ts';
import { errorCatalogue, type ErrorCode } from './error-catalogue.ts';
import { englishMessage } from './validation-messages.ts';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(errorCatalogue[code].en);
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  message_id: string;
  message_en: string;
  [extra: string]: unknown;
}

export function problem(code: ErrorCode, extra: Record<string, unknown> = {}): ProblemBody {
  const entry = errorCatalogue[code];
  return {
    type: `urn:smart-kampung:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: code,
    status: entry.status,
    code,
    detail: entry.en,
    message_id: entry.id,
    message_en: entry.en,
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, code: ErrorCode, extra: Record<string, unknown> = {}) {
  const body = problem(code, extra);
  // A wait the client is told about in the body is also the standard header, for clients that read only that.
  if (typeof extra.retryAfterSeconds === 'number')
    reply.header('retry-after', String(extra.retryAfterSeconds));
  return reply.code(body.status).type('application/problem+json').send(body);
}

export function registerProblemHandlers(app: FastifyInstance, options: { spaFallback?: boolean } = {}) {
  app.setNotFoundHandler((request, reply) => {
    // Browser routes of the single-page app (e.g. /penduduk) get index.html; the public look-up is a page of
    // its own (no staff app bundle); unknown API paths a problem.
    if (options.spaFallback && request.method === 'GET' && !request.url.startsWith('/api')) {
      const page = /^\/cek-bansos(\/|\?|$)/.test(request.url) ? 'cek-bansos/index.html' : 'index.html';
      return reply.type('text/html').sendFile(page);
    }
    return sendProblem(reply, 'NOT_FOUND');
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(reply, error.code, error.extra);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        field: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        in: error.validationContext ?? 'body',
        message: issue.message,
        message_en: englishMessage(issue.keyword, issue.params, issue.message ?? ''),
      }));
      return sendProblem(reply, 'VALIDATION_FAILED', { errors });
    }
    if (isStatementTimeout(error)) {
      // Which route and how long is worth knowing; the statement and its parameters are not (personal data).
      request.log.warn({ code: STATEMENT_TIMEOUT_CODE }, 'statement stopped by the statement time limit');
      return sendProblem(reply, 'STATEMENT_TIMEOUT');
    }
    if (error.statusCode === 429) return sendProblem(reply, 'RATE_LIMITED');
    if (error.statusCode === 413) return sendProblem(reply, 'PAYLOAD_TOO_LARGE');
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, 'VALIDATION_FAILED', { errors: [{ field: '', message: error.message }] });
    }
    // 5xx: the details stay in the log, never in the response.
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, 'INTERNAL_ERROR');
  });
}
