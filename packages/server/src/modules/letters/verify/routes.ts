// Public routes of letter verification: anyone holding a letter checks it by the reference in its QR code,
// and an offline verifier downloads the regency's public keys. Rate limited; the reference is random (128
// bits), so letters cannot be listed by counting.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { publicRoute } from '../../../http/route-access.ts';
import { allPublicKeys } from '../signing/queries.ts';
import { verifyLetter } from './service.ts';

const verifiedLetterSchema = z.object({
  signatureValid: z.boolean(),
  status: z.enum(['issued', 'void']),
  voidedAt: z.string().nullable(),
  number: z.string(),
  letterDate: z.string(),
  letterTypeName: z.string(),
  subjectName: z.string().describe('masked, e.g. "S***** R*****"'),
  signerName: z.string(),
  signerPost: z.string(),
  villageName: z.string(),
  districtName: z.string(),
  keyId: z.string().nullable(),
});

const publicKeysSchema = z.object({
  keys: z.array(
    z.object({
      villageCode: z.string(),
      keyId: z.string(),
      publicKey: z.string().describe('raw Ed25519 public key, base64url'),
      createdAt: z.string(),
      retiredAt: z.string().nullable(),
    }),
  ),
});

export const letterVerifyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/public/letters/:ref',
    {
      config: { access: publicRoute(), rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['letters'],
        summary:
          'Verify a letter by the reference in its QR code (village code . random id); 404 when unknown',
        params: z.object({ ref: z.string().max(40) }),
        response: { 200: verifiedLetterSchema, 400: problemSchema, 404: problemSchema, 429: problemSchema },
      },
    },
    async (request) => verifyLetter(app.db, request.params.ref),
  );

  app.get(
    '/api/public/letter-keys',
    {
      config: { access: publicRoute(), rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['letters'],
        summary: "Every village's letter-signing public keys, retired ones included (for offline verifiers)",
        response: { 200: publicKeysSchema, 429: problemSchema },
      },
    },
    async () => ({
      keys: (await allPublicKeys(app.db)).map((row) => ({
        villageCode: row.village_code,
        keyId: row.key_id,
        publicKey: row.public_key,
        createdAt: row.created_at.toISOString(),
        retiredAt: row.retired_at?.toISOString() ?? null,
      })),
    }),
  );
};
