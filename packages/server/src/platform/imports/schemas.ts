// API shapes of the import pipeline, the same for every importer. Responses are whitelists: a staged line
// leaves the server with its subject's identifiers masked, and changes to identifier columns masked too.
import { z } from 'zod';
import { regionCodeSchema } from '../../modules/regions/schemas.ts';
import { FILE_FORMATS } from '../sheets/file-format.ts';

export const importStatuses = [
  'validating',
  'ready',
  'committing',
  'committed',
  'failed',
  'cancelled',
] as const;
export const importPhases = ['queued', 'reading', 'checking', 'committing'] as const;

export const villageParams = z.object({ code: regionCodeSchema });
export const jobParams = z.object({ code: regionCodeSchema, jobId: z.uuid() });

const bilingual = z.object({ id: z.string(), en: z.string() });
const counts = z.record(z.string(), z.number().int());

export const importJobSchema = z.object({
  id: z.string(),
  /** The importer's name, as in its upload route (residents, households, housing …). */
  importer: z.string(),
  villageCode: z.string(),
  fileName: z.string(),
  fileFormat: z.enum(FILE_FORMATS),
  /** The sheet the rows were read from (null for CSV or before reading). */
  sheetName: z.string().nullable(),
  status: z.enum(importStatuses),
  /** Where a validating or committing job is; null otherwise. */
  phase: z.enum(importPhases).nullable(),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  /** processedRows / totalRows of the current phase, 0..1 (0 while the file is still being read). */
  progress: z.number(),
  errorRows: z.number().int(),
  warningRows: z.number().int(),
  /** Lines per planned action, in the importer's words (e.g. insert, update, unchanged). */
  actionCounts: counts,
  /** Lines per issue code (e.g. 12 lines NIK_OUTSIDE_REGENCY), most frequent first, with what the code means. */
  issueCounts: z.array(
    z.object({
      code: z.string(),
      level: z.enum(['error', 'warning']),
      lines: z.number().int(),
      message: bilingual,
    }),
  ),
  /** May the operator save only the valid lines (importers whose lines are independent)? */
  allowPartial: z.boolean(),
  /** How the file was read (which sheet, when several fit). */
  notes: z.array(bilingual),
  commitMode: z.enum(['all', 'valid_only']).nullable(),
  /** What the commit wrote, in the importer's words (e.g. inserted, updated). */
  result: counts.nullable(),
  /** Why the job failed (status failed). */
  failure: bilingual.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJobDto = z.infer<typeof importJobSchema>;

export const importJobListSchema = z.object({ items: z.array(importJobSchema) });
export const jobListQuery = z.object({ importer: z.string().max(40).optional() });

export const uploadAcceptedSchema = z.object({ jobId: z.string() });

export const rowsQuerySchema = z.object({
  kind: z.enum(['errors', 'warnings', 'changes', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const rowIssueSchema = z.object({ code: z.string(), field: z.string(), message: bilingual });
const cellValue = z.union([z.string(), z.number()]).nullable();

export const importRowSchema = z.object({
  /** Spreadsheet row number (the header is line 1 in most templates). */
  lineNo: z.number().int(),
  /** Who the line is about: the main identifier (NIK, or KK for card-level files) masked. */
  identifierMasked: z.string().nullable(),
  /** A second identifier (the KK beside a NIK), masked. */
  secondaryMasked: z.string().nullable(),
  name: z.string().nullable(),
  /** The birth date the line gives (ISO), shown beside the masked NIK so rows can be told apart. */
  birthDate: z.string().nullable(),
  action: z.string().nullable(),
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

export const commitBodySchema = z.object({ mode: z.enum(['all', 'valid_only']).default('all') });
