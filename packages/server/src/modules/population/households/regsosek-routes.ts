// Housing facts from the Regsosek 2022 workbook's housing sheet (multipart: the text field "commit", then the
// file), for the village's own staff. One row per family card, so a village's file is checked and applied
// within the request.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, rolesOnly } from '../../../http/route-access.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { ImportFileError } from '../import/read-file.ts';
import { MAX_UPLOAD_BYTES } from '../import/routes.ts';
import { importHousing } from './regsosek-import.ts';
import { REGSOSEK_LAYOUT } from './regsosek-layout.ts';
import { badFile, readTemplateUpload } from './template-upload.ts';

const writers = rolesOnly('village_head', 'village_operator', 'regency_admin');

export const housingReportSchema = z.object({
  committed: z.boolean(),
  rows: z.number(),
  households: z.object({ create: z.number(), update: z.number(), unchanged: z.number() }),
  issues: z.array(
    z.object({
      lineNo: z.number(),
      kkMasked: z.string().nullable(),
      field: z.string(),
      level: z.enum(['error', 'warning']),
      code: z.string(),
      message: z.string(),
      message_en: z.string(),
    }),
  ),
});

export const housingImportRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 2, parts: 3 } });

  app.post(
    '/api/villages/:code/households/housing-import',
    {
      config: { access: writers, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['population'],
        summary:
          'Housing facts from the "3.keterangan perumahan" sheet of the DTKS/Regsosek 2022 workbook (.xlsx/.xlsm, or .csv with its header line): one row per family card, landing on the card\'s household (made if it has none). Checked, or applied in one transaction with commit=true (multipart field before the file)',
        consumes: ['multipart/form-data'],
        params: z.object({ code: regionCodeSchema }),
        response: {
          200: housingReportSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          413: problemSchema,
        },
      },
    },
    async (request) => {
      const upload = await readTemplateUpload(request, REGSOSEK_LAYOUT.formatName);
      try {
        return await importHousing(
          app.db,
          { actor: actorOf(request), ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
          request.params.code,
          upload,
        );
      } catch (error) {
        if (error instanceof ImportFileError) throw badFile(error.failure);
        throw error;
      }
    },
  );
};
