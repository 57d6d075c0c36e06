// Follows an import job while the server works on it: live through its server-sent events, and by asking
// again once a second when the browser has no EventSource, the stream breaks, or it falls silent (a proxy
// that buffers the stream). The server sends an event every half second while a job runs, so a few seconds
// of silence means the stream does not get through. One request at a time: on a slow connection the next
// poll waits for the previous answer instead of piling up.
import type { ImportJob } from '../../api/imports.ts';

/** What the follower needs of an EventSource (the browser's, or a test's). */
export interface EventStream {
  addEventListener(type: 'progress', listener: (event: MessageEvent<string>) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  close(): void;
}

export interface FollowOptions {
  /** Reads the job once (GET …/imports/:jobId). */
  fetchJob: (signal: AbortSignal) => Promise<ImportJob>;
  /** Opens the job's event stream; leave out where the browser has none. */
  openEvents?: () => EventStream;
  onJob: (job: ImportJob) => void;
  onError: (error: Error) => void;
  pollMs?: number;
  /** Silence after which the stream is given up for polling. */
  silenceMs?: number;
}

export const isRunning = (job: ImportJob) => job.status === 'validating' || job.status === 'committing';

function parseJob(data: string): ImportJob | null {
  try {
    const value = JSON.parse(data) as unknown;
    if (value === null || typeof value !== 'object') return null;
    const job = value as Partial<ImportJob>;
    return typeof job.id === 'string' && typeof job.status === 'string' ? (value as ImportJob) : null;
  } catch {
    return null;
  }
}

/** Starts following; the returned function stops it (closing the stream, aborting a pending request). */
export function followImportJob(options: FollowOptions): () => void {
  const { fetchJob, openEvents, onJob, onError, pollMs = 1000, silenceMs = 4000 } = options;
  const controller = new AbortController();
  let stream: EventStream | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const stop = () => {
    stopped = true;
    controller.abort();
    stream?.close();
    stream = null;
    clearTimeout(timer);
  };

  const poll = () => {
    fetchJob(controller.signal).then(
      (job) => {
        if (stopped) return;
        onJob(job);
        if (isRunning(job)) timer = setTimeout(poll, pollMs);
      },
      (error: unknown) => {
        if (stopped) return;
        onError(error instanceof Error ? error : new Error(String(error)));
      },
    );
  };

  const fallBackToPolling = () => {
    if (stopped || !stream) return;
    stream.close();
    stream = null;
    clearTimeout(timer);
    poll();
  };

  const listen = () => {
    if (!openEvents) return poll();
    stream = openEvents();
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(fallBackToPolling, silenceMs);
    };
    stream.addEventListener('progress', (event) => {
      if (stopped) return;
      const job = parseJob(event.data);
      if (!job) return fallBackToPolling();
      onJob(job);
      if (isRunning(job)) return watch();
      // The job is over: the server ends the stream, and the browser must not open it again.
      stream?.close();
      stream = null;
      clearTimeout(timer);
    });
    stream.addEventListener('error', fallBackToPolling);
    watch();
  };

  // The job as it is now first (a reload may find it long finished), then live while it runs.
  fetchJob(controller.signal).then(
    (job) => {
      if (stopped) return;
      onJob(job);
      if (isRunning(job)) listen();
    },
    (error: unknown) => {
      if (stopped) return;
      onError(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return stop;
}
