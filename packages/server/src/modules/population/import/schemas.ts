// API shapes of the resident import. Responses are whitelists: staged rows leave the server with NIK and KK
// masked, and the changes list masks identifier columns too.
import { z } from 'zod';
import { regionCodeSchema } from '../../regions/schemas.ts';

export const importStatuses = [
  'validating',
  'ready',
  'committing',
  'committed',
  'failed',
  'cancelled',
] as const;

export const villageParams = z.object({ code: regionCodeSchema });
export const jobParams = z.object({ code: regionCodeSchema, jobId: z.uuid() });

const bilingual = z.object({ id: z.string(), en: z.string() });

export const importJobSchema = z.object({
  id: z.string(),
  villageCode: z.string(),
  fileName: z.string(),
  fileFormat: z.enum(['xlsx', 'xlsm', 'csv']),
  status: z.enum(importStatuses),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  /** processedRows / totalRows, 0..1 (0 while the file is still being read). */
  progress: z.number(),
  errorRows: z.number().int(),
  warningRows: z.number().int(),
  insertRows: z.number().int(),
  updateRows: z.number().int(),
  unchangedRows: z.number().int(),
  /** Why the file could not be read at all (status failed). */
  failure: bilingual.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJobDto = z.infer<typeof importJobSchema>;

export const importJobListSchema = z.object({ items: z.array(importJobSchema) });

export const uploadAcceptedSchema = z.object({ jobId: z.string() });

export const rowsQuerySchema = z.object({
  kind: z.enum(['errors', 'warnings', 'changes', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const rowIssueSchema = z.object({ code: z.string(), field: z.string(), message: bilingual });
const cellValue = z.union([z.string(), z.number()]).nullable();

export const importRowSchema = z.object({
  /** Spreadsheet row number (the header is line 1). */
  lineNo: z.number().int(),
  nikMasked: z.string().nullable(),
  kkMasked: z.string().nullable(),
  name: z.string().nullable(),
  action: z.enum(['insert', 'update', 'unchanged']).nullable(),
  errors: z.array(rowIssueSchema),
  warnings: z.array(rowIssueSchema),
  changes: z.array(z.object({ field: z.string(), from: cellValue, to: cellValue })).nullable(),
});

export const importRowsResponseSchema = z.object({
  items: z.array(importRowSchema),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const commitBodySchema = z.object({ mode: z.enum(['all', 'valid_only']) });

export const commitResponseSchema = z.object({
  jobId: z.string(),
  status: z.literal('committed'),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
});

export const cancelResponseSchema = z.object({ jobId: z.string(), status: z.literal('cancelled') });
