// The household template imports, for the village's own staff (multipart: the text field "commit", then the
// file): OpenSID's RTM file (households and who lives in them) and the housing sheet of the DTKS/Regsosek
// workbook (housing facts per family card). Both are one row per resident or card of one village, so they
// are checked and applied within the request, and share the route's shape.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../db/database.ts';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, rolesOnly } from '../../../http/route-access.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import { ImportFileError, type SheetLayout } from '../import/read-file.ts';
import { MAX_UPLOAD_BYTES } from '../import/routes.ts';
import type { RequestContext } from '../records/service.ts';
import { importHousing } from './regsosek-import.ts';
import { REGSOSEK_LAYOUT } from './regsosek-layout.ts';
import { importHouseholds } from './rtm-import.ts';
import { RTM_LAYOUT } from './rtm-layout.ts';
import { badFile, readTemplateUpload, type TemplateUpload } from './template-upload.ts';

const writers = rolesOnly('village_head', 'village_operator', 'regency_admin');

const issueFields = {
  lineNo: z.number(),
  field: z.string(),
  level: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
  message_en: z.string(),
};
const reportFields = {
  committed: z.boolean(),
  rows: z.number(),
  households: z.object({ create: z.number(), update: z.number(), unchanged: z.number() }),
};
export const rtmReportSchema = z.object({
  ...reportFields,
  familiesMoved: z.number(),
  issues: z.array(z.object({ ...issueFields, nikMasked: z.string().nullable() })),
});
export const housingReportSchema = z.object({
  ...reportFields,
  issues: z.array(z.object({ ...issueFields, kkMasked: z.string().nullable() })),
});

interface TemplateImport {
  path: string;
  summary: string;
  layout: SheetLayout<string>;
  report: typeof rtmReportSchema | typeof housingReportSchema;
  run: (
    db: Db,
    ctx: RequestContext,
    villageCode: string,
    upload: TemplateUpload,
  ) => Promise<z.infer<typeof rtmReportSchema> | z.infer<typeof housingReportSchema>>;
}

const IMPORTS: TemplateImport[] = [
  {
    path: '/api/villages/:code/households/import',
    summary:
      "Households from OpenSID's RTM file (.xlsx/.xlsm/.csv: NIK, nomor rumah tangga, status): checked, or applied in one transaction with commit=true (multipart field before the file)",
    layout: RTM_LAYOUT,
    report: rtmReportSchema,
    run: importHouseholds,
  },
  {
    path: '/api/villages/:code/households/housing-import',
    summary:
      'Housing facts from the "3.keterangan perumahan" sheet of the DTKS/Regsosek 2022 workbook (.xlsx/.xlsm, or .csv with its header line): one row per family card, landing on the card\'s household (made if it has none). Checked, or applied in one transaction with commit=true (multipart field before the file)',
    layout: REGSOSEK_LAYOUT,
    report: housingReportSchema,
    run: importHousing,
  },
];

export const householdImportRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 2, parts: 3 } });

  for (const { path, summary, layout, report, run } of IMPORTS) {
    app.post(
      path,
      {
        config: { access: writers, rateLimit: { max: 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['population'],
          summary,
          consumes: ['multipart/form-data'],
          params: z.object({ code: regionCodeSchema }),
          response: {
            200: report,
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
        const upload = await readTemplateUpload(request, layout.formatName);
        try {
          return await run(
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
  }
};
