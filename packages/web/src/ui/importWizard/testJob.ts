// A job as the server answers it, for the wizard's unit tests: only what a test names differs.
import type { ImportJob } from '../../api/imports.ts';

export function testJob(fields: Partial<ImportJob> = {}): ImportJob {
  return {
    id: '6b0c7f0e-1f7e-4a4b-9d51-0d6f1d7a2c11',
    importer: 'residents',
    villageCode: '35.10.01.2001',
    fileName: 'penduduk.csv',
    fileFormat: 'csv',
    sheetName: null,
    status: 'ready',
    phase: null,
    totalRows: 10,
    processedRows: 10,
    progress: 1,
    errorRows: 0,
    warningRows: 0,
    actionCounts: { insert: 10 },
    issueCounts: [],
    allowPartial: true,
    notes: [],
    commitMode: null,
    result: null,
    failure: null,
    createdAt: '2026-01-05T03:00:00.000Z',
    finishedAt: null,
    ...fields,
  };
}
