// Audit trail receipts for the inspectorate (and the regency admin): the latest signed checkpoints, to
// download as JSON (checkable with `npm run audit:verify -- --receipt`) or as text to print.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../http/problem.ts';
import { problemSchema } from '../../http/problem-schema.ts';
import { actorOf, rolesOnly } from '../../http/route-access.ts';
import { issueReceipt, receiptText, RECEIPT_KIND } from './receipt.ts';

const receiptSchema = z.object({
  kind: z.literal(RECEIPT_KIND),
  v: z.literal(1),
  regencyCode: z.string(),
  issuedAt: z.string(),
  issuedTo: z.object({ username: z.string(), role: z.string(), agency: z.string().nullable() }),
  publicKey: z.string(),
  keyFingerprint: z.string(),
  checkpoints: z.array(
    z.object({
      seq: z.number(),
      hash: z.string(),
      at: z.string(),
      message: z.string(),
      signature: z.string(),
    }),
  ),
  howToVerify: z.object({ id: z.string(), en: z.string() }),
});

const query = z.object({ count: z.coerce.number().int().min(1).max(100).default(10) });
const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 409: problemSchema };

/** Of the agencies, only the inspectorate audits; the others read data, not the audit trail. */
function receiptIssue(request: FastifyRequest, count: number) {
  const actor = actorOf(request);
  if (actor.role === 'agency_staff' && actor.agency !== 'inspectorate') throw new AppError('FORBIDDEN');
  return {
    actor,
    count,
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
  };
}

const fileName = (extension: string) =>
  `attachment; filename="tanda-terima-audit-${new Date().toISOString().slice(0, 10)}.${extension}"`;

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = {
    access: rolesOnly('regency_admin', 'agency_staff'),
    // Each receipt signs a checkpoint and writes to the disk: a few a minute is plenty.
    rateLimit: { max: 10, timeWindow: '1 minute' },
  };

  app.get(
    '/api/audit/receipt',
    {
      config,
      schema: {
        tags: ['audit'],
        summary:
          'Audit trail receipt (JSON): the latest signed checkpoints and the public key; inspectorate and regency admin',
        querystring: query,
        response: { 200: receiptSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { actor, ...issue } = receiptIssue(request, request.query.count);
      const receipt = await issueReceipt(app.db, app.config, actor, issue);
      return reply.header('content-disposition', fileName('json')).send(receipt);
    },
  );

  app.get(
    '/api/audit/receipt.txt',
    {
      config,
      schema: {
        tags: ['audit'],
        summary: 'The same receipt as printable text (Indonesian and English)',
        querystring: query,
        produces: ['text/plain'],
        response: { 200: z.any().describe('the receipt as text'), ...errors },
      },
    },
    async (request, reply) => {
      const { actor, ...issue } = receiptIssue(request, request.query.count);
      const receipt = await issueReceipt(app.db, app.config, actor, issue);
      return reply
        .type('text/plain; charset=utf-8')
        .header('content-disposition', fileName('txt'))
        .send(Buffer.from(receiptText(receipt), 'utf8'));
    },
  );
};
