// The village deliberations (musyawarah desa) that decide usul and sanggah: recorded and their minutes
// uploaded by the village's staff, read by whoever reads the village.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../http/route-access.ts';
import { contextOf } from '../../../platform/request-context.ts';
import { regionCodeSchema } from '../../regions/schemas.ts';
import {
  createDeliberation,
  deliberations,
  downloadMinutes,
  MAX_MINUTES_BYTES,
  uploadMinutes,
} from './deliberations.ts';
import { deliberationBody, deliberationSchema } from './schemas.ts';
import { uploadedFile } from '../../../http/uploaded-file.ts';

const tags = ['usul and sanggah'];
const refusals = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const villageParams = z.object({ code: regionCodeSchema });
const meetingParams = villageParams.extend({ id: z.uuid() });

type MeetingRow = Awaited<ReturnType<typeof deliberations>>[number];
const toDto = (row: MeetingRow): z.infer<typeof deliberationSchema> => ({
  id: row.id,
  heldOn: (typeof row.held_on === 'string' ? row.held_on : new Date(row.held_on).toISOString()).slice(0, 10),
  place: row.place,
  attendance: row.attendance,
  attendanceNote: row.attendance_note,
  minutes:
    row.minutes_sha256 && row.minutes_bytes ? { sha256: row.minutes_sha256, bytes: row.minutes_bytes } : null,
});

export const deliberationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/villages/:code/assistance/deliberations',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: 'The village’s deliberations on usul and sanggah, the latest first',
        params: villageParams,
        response: { 200: z.object({ items: z.array(deliberationSchema) }), ...refusals },
      },
    },
    async (request) => ({
      items: (await deliberations(app.db, actorOf(request), request.params.code)).map(toDto),
    }),
  );

  app.post(
    '/api/villages/:code/assistance/deliberations',
    {
      config: { access: areaRoute('write') },
      schema: {
        tags,
        summary: 'Record a village deliberation: date, place, attendance',
        params: villageParams,
        body: deliberationBody,
        response: { 201: deliberationSchema, ...refusals },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(toDto(await createDeliberation(app.db, contextOf(request), request.params.code, request.body))),
  );

  app.put(
    '/api/villages/:code/assistance/deliberations/:id/minutes',
    {
      config: { access: areaRoute('write'), rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Upload the minutes (berita acara) as a PDF, at most 10 MB, multipart "file"',
        params: meetingParams,
        consumes: ['multipart/form-data'],
        response: { 200: deliberationSchema, ...refusals, 413: problemSchema },
      },
    },
    async (request) => {
      const { code, id } = request.params;
      const pdf = await uploadedFile(request, 'MINUTES_MISSING', MAX_MINUTES_BYTES);
      return toDto(await uploadMinutes(app.db, contextOf(request), code, id, pdf));
    },
  );

  app.get(
    '/api/villages/:code/assistance/deliberations/:id/minutes',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary: 'The minutes PDF (each download audited)',
        params: meetingParams,
        produces: ['application/pdf'],
        response: { 200: z.any().describe('the PDF'), ...refusals },
      },
    },
    async (request, reply) => {
      const { code, id } = request.params;
      const file = await downloadMinutes(app.db, contextOf(request), code, id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="berita-acara-musdes-${id.slice(0, 8)}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(file.pdf);
    },
  );
};
