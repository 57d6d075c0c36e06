import { z } from 'zod';

/** The problem+json body, for OpenAPI: every error response of every route has this shape. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    message_id: z.string(),
    message_en: z.string(),
  })
  .loose();
