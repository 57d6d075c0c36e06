import { useCallback, useEffect, useRef, useState } from 'react';

export type AsyncData<T> =
  { status: 'loading' } | { status: 'success'; data: T } | { status: 'error'; error: Error };

/**
 * Loads data whenever `key` changes and ignores answers that arrive after the key moved on, so a slow
 * response for an old selection never overwrites a newer one. `key: null` means "nothing to load".
 */
export function useAsyncData<T>(
  key: string | null,
  load: () => Promise<T>,
): AsyncData<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncData<T> & { key: string | null }>({ status: 'loading', key });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState({ status: 'loading', key });
    loadRef.current().then(
      (data) => current && setState({ status: 'success', data, key }),
      (error: unknown) =>
        current &&
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)), key }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // While a new key is loading, never show the previous key's data.
  if (state.key !== key) return { status: 'loading', reload };
  return { ...state, reload };
}
