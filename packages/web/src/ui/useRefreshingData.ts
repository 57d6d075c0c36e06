import { useEffect, useRef, useState } from 'react';
import { useAsyncData, type AsyncData } from './useAsyncData.ts';

/** How long to wait before asking again while an answer says it will change (figures being recounted). */
export const REFRESH_EVERY_MS = 8_000;

/**
 * Loads like useAsyncData, then asks again every `everyMs` for as long as `again(answer)` says the answer is
 * still catching up (stored figures the server is recounting), showing the last answer meanwhile: the page
 * neither flashes a loading state nor stops at a failed retry (it tries again after the same wait).
 */
export function useRefreshingData<T>(
  key: string | null,
  load: () => Promise<T>,
  again: (data: T) => boolean,
  everyMs: number = REFRESH_EVERY_MS,
): AsyncData<T> & { reload: () => void } {
  const first = useAsyncData(key, load);
  const loadRef = useRef(load);
  loadRef.current = load;
  const againRef = useRef(again);
  againRef.current = again;
  // A later answer, kept with the first answer it follows: a reload or another key starts over.
  const [later, setLater] = useState<{ after: T; data: T; attempt: number } | null>(null);
  const firstData = first.status === 'success' ? first.data : undefined;
  const current = later && firstData !== undefined && later.after === firstData ? later : null;
  const shown = current?.data ?? firstData;
  const attempt = current?.attempt ?? 0;

  useEffect(() => {
    if (firstData === undefined || shown === undefined || !againRef.current(shown)) return;
    let live = true;
    const timer = setTimeout(() => {
      loadRef.current().then(
        (data) => live && setLater({ after: firstData, data, attempt: attempt + 1 }),
        // Keep what is shown; the next attempt comes after the same wait.
        () => live && setLater({ after: firstData, data: shown, attempt: attempt + 1 }),
      );
    }, everyMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [firstData, shown, attempt, everyMs]);

  if (first.status !== 'success') return first;
  return { status: 'success', data: shown as T, reload: first.reload };
}
