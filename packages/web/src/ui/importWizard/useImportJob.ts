import { useCallback, useEffect, useState } from 'react';
import { fetchImportJob, importEventsUrl, type ImportJob } from '../../api/imports.ts';
import { followImportJob } from './followJob.ts';

type JobState =
  { status: 'loading' } | { status: 'loaded'; job: ImportJob } | { status: 'error'; error: Error };

/**
 * The import job, live while the server checks or saves it (followJob.ts). `follow(job)` shows a job the
 * server just answered (a commit's 202, a cancel) and follows it again from there.
 */
export function useImportJob(villageCode: string, jobId: string) {
  const [state, setState] = useState<JobState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(
    () =>
      followImportJob({
        fetchJob: (signal) => fetchImportJob(villageCode, jobId, signal),
        openEvents:
          typeof EventSource === 'undefined'
            ? undefined
            : () => new EventSource(importEventsUrl(villageCode, jobId)),
        onJob: (job) => setState({ status: 'loaded', job }),
        onError: (error) => setState({ status: 'error', error }),
      }),
    [villageCode, jobId, generation],
  );

  const follow = useCallback((job?: ImportJob) => {
    if (job) setState({ status: 'loaded', job });
    setGeneration((n) => n + 1);
  }, []);
  return { ...state, follow };
}
