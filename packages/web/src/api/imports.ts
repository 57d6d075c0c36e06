// Resident import (packages/server/src/modules/population/import/schemas.ts is the contract).
import { apiRequest } from './client.ts';

export type ImportStatus = 'validating' | 'ready' | 'committing' | 'committed' | 'failed' | 'cancelled';

export interface ImportJob {
  id: string;
  villageCode: string;
  fileName: string;
  fileFormat: 'xlsx' | 'xlsm' | 'csv';
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  /** processedRows / totalRows, 0..1. */
  progress: number;
  errorRows: number;
  warningRows: number;
  insertRows: number;
  updateRows: number;
  unchangedRows: number;
  failure: { id: string; en: string } | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface ImportRowIssue {
  code: string;
  /** Template column (header) the issue is about, e.g. "tanggallahir". */
  field: string;
  message: { id: string; en: string };
}

export interface ImportRow {
  lineNo: number;
  nikMasked: string | null;
  kkMasked: string | null;
  name: string | null;
  action: 'insert' | 'update' | 'unchanged' | null;
  errors: ImportRowIssue[];
  warnings: ImportRowIssue[];
  changes: { field: string; from: string | number | null; to: string | number | null }[] | null;
}

export type ImportRowKind = 'errors' | 'warnings' | 'changes' | 'all';

export interface ImportRowsPage {
  items: ImportRow[];
  total: number;
  limit: number;
  offset: number;
}

export interface ImportCommitResult {
  jobId: string;
  status: 'committed';
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

const imports = (code: string) => `/api/villages/${encodeURIComponent(code)}/imports`;
const job = (code: string, jobId: string) => `${imports(code)}/${encodeURIComponent(jobId)}`;

export function uploadImport(villageCode: string, file: File): Promise<{ jobId: string }> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  return apiRequest<{ jobId: string }>(imports(villageCode), { method: 'POST', formData });
}

export function fetchImportJob(villageCode: string, jobId: string, signal?: AbortSignal): Promise<ImportJob> {
  return apiRequest<ImportJob>(job(villageCode, jobId), { signal });
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

export function commitImport(
  villageCode: string,
  jobId: string,
  mode: 'all' | 'valid_only',
): Promise<ImportCommitResult> {
  return apiRequest<ImportCommitResult>(`${job(villageCode, jobId)}/commit`, {
    method: 'POST',
    body: { mode },
  });
}

export function cancelImport(
  villageCode: string,
  jobId: string,
): Promise<{ jobId: string; status: 'cancelled' }> {
  return apiRequest(`${job(villageCode, jobId)}/cancel`, { method: 'POST' });
}
