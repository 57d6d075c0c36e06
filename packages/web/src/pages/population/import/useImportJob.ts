import { useCallback, useEffect, useState } from 'react';
import { fetchImportJob } from '../../../api/imports.ts';
import type { ImportJob } from '../../../api/imports.ts';

export const POLL_INTERVAL_MS = 1000;

type JobState =
  { status: 'loading' } | { status: 'loaded'; job: ImportJob } | { status: 'error'; error: Error };

const busy = (job: ImportJob) => job.status === 'validating' || job.status === 'committing';

/**
 * The import job, asked for again every second while the server is working on it (validating or
 * committing) or while `keepPolling` says a commit is under way. One request at a time: on a slow
 * connection the next poll waits for the previous answer instead of piling up.
 */
export function useImportJob(villageCode: string, jobId: string, keepPolling: boolean) {
  const [state, setState] = useState<JobState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      fetchImportJob(villageCode, jobId, controller.signal).then(
        (job) => {
          if (controller.signal.aborted) return;
          setState({ status: 'loaded', job });
          if (busy(job) || keepPolling) timer = setTimeout(poll, POLL_INTERVAL_MS);
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
        },
      );
    };
    poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [villageCode, jobId, keepPolling, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
