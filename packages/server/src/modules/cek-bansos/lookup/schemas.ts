// The public look-up's question and answer. The answer is a whitelist: masked names, age in years, RT/RW and
// programs; never an identifier, a street address or a date of birth.
import { z } from 'zod';
import { say } from '../../../http/field-messages.ts';

const villageCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, say('CEK_BANSOS_VILLAGE'));
const name = z
  .string()
  .trim()
  .min(3, say('CEK_BANSOS_NAME'))
  .max(80, say('CEK_BANSOS_NAME'))
  // Letters only: a number typed as a name would otherwise reach the registry's NIK search.
  .regex(/^\p{L}[\p{L}\p{M} .,'’-]*$/u, say('CEK_BANSOS_NAME'));
const civilNumber = z.string().regex(/^\d{16}$/, say('CEK_BANSOS_NUMBER'));

/** ALTCHA v2 challenge parameters, exactly those this server signs (anything else fails the signature). */
const challengeParameters = z
  .object({
    algorithm: z.string().max(20),
    nonce: z.string().max(64),
    salt: z.string().max(64),
    cost: z.number().int(),
    keyLength: z.number().int(),
    keyPrefix: z.string().max(128),
    expiresAt: z.number().optional(),
  })
  .strict();

const solvedChallenge = z.object({
  challenge: z.object({ parameters: challengeParameters, signature: z.string().max(128) }),
  solution: z.object({
    counter: z.number().int().min(0),
    derivedKey: z.string().max(128),
    time: z.number().optional(),
  }),
});

export const lookupBody = z.object({
  village: villageCode,
  /** The name as on the KTP; with `nik`, the resident's own name; with `kk`, the family head's. */
  name,
  nik: civilNumber.optional(),
  kk: civilNumber.optional(),
  /** The solved proof-of-work challenge (GET /api/public/cek-bansos/challenge). */
  proof: solvedChallenge.optional(),
});
export type LookupBody = z.infer<typeof lookupBody>;

export const programRow = z.object({
  code: z.string(),
  name: z.string(),
  status: z.enum(['proposed', 'verified', 'active', 'suspended', 'exited']),
  since: z.string().nullable().describe('start date, YYYY-MM-DD'),
  until: z.string().nullable().describe('end date, YYYY-MM-DD'),
});

export const lookupAnswer = z.object({
  rows: z.array(
    z.object({
      name: z.string().describe('masked, e.g. "S**I A***H"'),
      age: z.number().int(),
      rt: z.string().nullable(),
      rw: z.string().nullable(),
      programs: z.array(programRow),
    }),
  ),
  /** "Tidak terdapat peserta/PM" when no row: the page prints it. */
  message: z.string().nullable(),
});
export type LookupAnswer = z.infer<typeof lookupAnswer>;

export const challengeAnswer = z.object({ parameters: challengeParameters, signature: z.string() });
