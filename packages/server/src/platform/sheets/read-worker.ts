// Runs in a worker thread: parses uploaded spreadsheets, one message per file. Parsing a village's workbook
// takes seconds of CPU and hundreds of megabytes at its peak; here it neither blocks the server's event loop
// nor can a crafted file take the server down with it (the worker has its own memory limit).
import { parentPort } from 'node:worker_threads';
import { ImportFileError, readSheet } from './read-sheet.ts';
import type { ReadRequest, ReadResult } from './read-in-worker.ts';

const port = parentPort!;
const ROWS_PER_CHUNK = 1000;
port.on('message', (request: ReadRequest) => {
  let result: ReadResult;
  try {
    const contents = readSheet(Buffer.from(request.content), request.format, request.layout, {
      ...(request.sniffRows ? { sniffRows: request.sniffRows } : {}),
    });
    // Strings cross the thread boundary as one copy; the rows go as JSON in chunks that the server parses
    // a chunk at a time, so taking in a village's file never blocks it for long.
    const { rows, ...sheet } = contents;
    const chunks: string[] = [];
    for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK)
      chunks.push(JSON.stringify(rows.slice(start, start + ROWS_PER_CHUNK)));
    result = { id: request.id, kind: 'read', sheet, chunks };
  } catch (error) {
    result =
      error instanceof ImportFileError
        ? { id: request.id, kind: 'refused', failure: error.failure }
        : {
            id: request.id,
            kind: 'crashed',
            message: error instanceof Error ? error.message : String(error),
          };
  }
  port.postMessage(result);
});
