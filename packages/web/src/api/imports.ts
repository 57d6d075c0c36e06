// The staged import pipeline every importer shares (the server's platform/imports/routes.ts): upload a file to
// an importer, follow the job while it is checked, read its lines, then save it (all lines, or the valid ones
// where the importer allows it) or cancel it. Shapes come from the generated schema.
import { apiRequest } from './client.ts';
import type { ApiPath, ApiQuery, ApiResponse } from './contract.ts';

type Imports = '/api/villages/{code}/imports';

/** The importers the server offers, read from its upload routes (`…/imports/residents`, …). */
export type ImporterName = ApiPath extends infer P
  ? P extends `${Imports}/${infer Name}`
    ? Name extends `{jobId}${string}`
      ? never
      : Name
    : never
  : never;

export type ImportJob = ApiResponse<`${Imports}/{jobId}`, 'get'>;
export type ImportStatus = ImportJob['status'];
export type ImportPhase = NonNullable<ImportJob['phase']>;
export type ImportRowsPage = ApiResponse<`${Imports}/{jobId}/rows`, 'get'>;
export type ImportRow = ImportRowsPage['items'][number];
export type ImportRowIssue = ImportRow['errors'][number];
export type ImportRowKind = NonNullable<ApiQuery<`${Imports}/{jobId}/rows`, 'get'>['kind']>;
export type CommitMode = NonNullable<ImportJob['commitMode']>;

const imports = (code: string) => `/api/villages/${encodeURIComponent(code)}/imports`;
const job = (code: string, jobId: string) => `${imports(code)}/${encodeURIComponent(jobId)}`;

/** Sends the file; a file that is not the importer's template is refused at once (400 on the field "file"). */
export async function uploadImport(villageCode: string, importer: ImporterName, file: File): Promise<string> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  const accepted = await apiRequest<ApiResponse<`${Imports}/residents`, 'post', 202>>(
    `${imports(villageCode)}/${importer}`,
    { method: 'POST', formData },
  );
  return accepted.jobId;
}

/** The village's 20 most recent imports of one importer, newest first. */
export async function fetchImportJobs(villageCode: string, importer: ImporterName): Promise<ImportJob[]> {
  const query = new URLSearchParams({ importer });
  const { items } = await apiRequest<ApiResponse<Imports, 'get'>>(
    `${imports(villageCode)}?${query.toString()}`,
  );
  return items;
}

export function fetchImportJob(villageCode: string, jobId: string, signal?: AbortSignal): Promise<ImportJob> {
  return apiRequest<ImportJob>(job(villageCode, jobId), { signal });
}

/** Where the job's progress streams as server-sent events ("progress", data = the job) while it runs. */
export function importEventsUrl(villageCode: string, jobId: string): string {
  return `${job(villageCode, jobId)}/events`;
}

export function fetchImportRows(
  villageCode: string,
  jobId: string,
  kind: ImportRowKind,
  limit: number,
  offset: number,
): Promise<ImportRowsPage> {
  const query = new URLSearchParams({ kind, limit: String(limit), offset: String(offset) });
  return apiRequest<ImportRowsPage>(`${job(villageCode, jobId)}/rows?${query.toString()}`);
}

/** Queues the commit (202, the job now committing); follow the job until it is committed or failed. */
export function commitImport(villageCode: string, jobId: string, mode: CommitMode): Promise<ImportJob> {
  return apiRequest<ImportJob>(`${job(villageCode, jobId)}/commit`, { method: 'POST', body: { mode } });
}

export function cancelImport(villageCode: string, jobId: string): Promise<ImportJob> {
  return apiRequest<ImportJob>(`${job(villageCode, jobId)}/cancel`, { method: 'POST' });
}
