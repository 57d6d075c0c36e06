// The moves every import test makes through the API: upload a file to an importer, wait for the check, save
// it and wait for the commit. The pipeline runs jobs in the background, so tests follow the job as the web
// app does.
import type { LightMyRequestResponse } from 'fastify';
import type { TestUser } from './test-app.ts';

export interface JobView {
  id: string;
  importer: string;
  status: string;
  phase: string | null;
  sheetName: string | null;
  totalRows: number;
  processedRows: number;
  progress: number;
  errorRows: number;
  warningRows: number;
  actionCounts: Record<string, number>;
  issueCounts: {
    code: string;
    level: 'error' | 'warning';
    lines: number;
    message: { id: string; en: string };
  }[];
  allowPartial: boolean;
  notes: { id: string; en: string }[];
  commitMode: string | null;
  result: Record<string, number> | null;
  failure: { id: string; en: string } | null;
}

export function uploadRequest(village: string, importer: string, fileName: string, content: Buffer | string) {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), fileName);
  return { method: 'POST' as const, url: `/api/villages/${village}/imports/${importer}`, payload: form };
}

/** A job's lines per issue code, as a plain record. */
export const issueCountsOf = (job: JobView): Record<string, number> =>
  Object.fromEntries(job.issueCounts.map((issue) => [issue.code, issue.lines]));

const running = (job: JobView) => job.status === 'validating' || job.status === 'committing';

/** Polls the job until its check or commit is over; fails after ~60 s. */
export async function waitForJob(user: TestUser, village: string, jobId: string): Promise<JobView> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const res = await user.request({ method: 'GET', url: `/api/villages/${village}/imports/${jobId}` });
    if (res.statusCode !== 200) throw new Error(`job poll answered ${res.statusCode}: ${res.body}`);
    const job = res.json<JobView>();
    if (!running(job)) return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`import job ${jobId} still running after 60 s`);
}

/** Uploads and waits: the checked job. */
export async function uploadAndCheck(
  user: TestUser,
  village: string,
  importer: string,
  fileName: string,
  content: Buffer | string,
): Promise<JobView> {
  const res = await user.request(uploadRequest(village, importer, fileName, content));
  if (res.statusCode !== 202) throw new Error(`upload answered ${res.statusCode}: ${res.body}`);
  return waitForJob(user, village, res.json<{ jobId: string }>().jobId);
}

export function commitRequest(
  user: TestUser,
  village: string,
  jobId: string,
  mode: 'all' | 'valid_only' = 'all',
) {
  return user.request({
    method: 'POST',
    url: `/api/villages/${village}/imports/${jobId}/commit`,
    payload: { mode },
  });
}

/** Saves a checked job: the commit's answer (202, or the refusal) and, once accepted, the finished job. */
export async function commitAndWait(
  user: TestUser,
  village: string,
  jobId: string,
  mode: 'all' | 'valid_only' = 'all',
): Promise<{ response: LightMyRequestResponse; job: JobView | null }> {
  const response = await commitRequest(user, village, jobId, mode);
  if (response.statusCode !== 202) return { response, job: null };
  return { response, job: await waitForJob(user, village, jobId) };
}

/** Upload, check and save in one go; throws unless the job ends committed. */
export async function importAndCommit(
  user: TestUser,
  village: string,
  importer: string,
  fileName: string,
  content: Buffer | string,
): Promise<JobView> {
  const checked = await uploadAndCheck(user, village, importer, fileName, content);
  if (checked.status !== 'ready') throw new Error(`import not ready: ${JSON.stringify(checked)}`);
  const { response, job } = await commitAndWait(user, village, checked.id);
  if (!job || job.status !== 'committed')
    throw new Error(`commit failed: ${response.statusCode} ${response.body} ${JSON.stringify(job)}`);
  return job;
}

export interface LineIssue {
  lineNo: number;
  level: 'error' | 'warning';
  code: string;
  field: string;
  message: { id: string; en: string };
  identifierMasked: string | null;
}

/** Every issue of a checked job, one per line and issue, in line order. */
export async function issuesOf(user: TestUser, village: string, jobId: string): Promise<LineIssue[]> {
  const res = await user.request({
    method: 'GET',
    url: `/api/villages/${village}/imports/${jobId}/rows?kind=all&limit=500`,
  });
  if (res.statusCode !== 200) throw new Error(`rows answered ${res.statusCode}: ${res.body}`);
  type Line = {
    lineNo: number;
    identifierMasked: string | null;
    errors: Omit<LineIssue, 'lineNo' | 'level' | 'identifierMasked'>[];
    warnings: Omit<LineIssue, 'lineNo' | 'level' | 'identifierMasked'>[];
  };
  return res.json<{ items: Line[] }>().items.flatMap((line) => [
    ...line.errors.map((issue) => ({
      ...issue,
      lineNo: line.lineNo,
      level: 'error' as const,
      identifierMasked: line.identifierMasked,
    })),
    ...line.warnings.map((issue) => ({
      ...issue,
      lineNo: line.lineNo,
      level: 'warning' as const,
      identifierMasked: line.identifierMasked,
    })),
  ]);
}
