import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useAsyncData } from './useAsyncData.ts';
import type { PagedFilters } from './listUrl.ts';

/** How a list's filters are read from and written to the URL. */
export interface FilterCodec<F extends PagedFilters> {
  read: (params: URLSearchParams) => F;
  /** The URL for `filters`, keeping the parameters that are not filters (region). */
  write: (filters: F, current: URLSearchParams) => URLSearchParams;
}

/**
 * A paged list whose filters live in the URL: reads them, loads the page for the API query built from them
 * and gives `apply` (a new URL, so the back button returns to the previous list) and `formKey`, which
 * changes when the URL changes from outside (back button, region picker) so the search form starts again.
 */
export function useListInUrl<F extends PagedFilters, P extends { items: unknown[] }>(
  codec: FilterCodec<F>,
  query: (filters: F) => URLSearchParams,
  load: (query: URLSearchParams) => Promise<P>,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = codec.read(searchParams);
  const apiParams = query(filters);
  const result = useAsyncData(apiParams.toString(), () => load(apiParams));

  const apply = (next: F) => setSearchParams(codec.write(next, searchParams));

  // A page number can outlive its list (another village picked in the header, records moved away):
  // an empty later page goes back to the first one instead of showing "nothing found".
  const emptyLaterPage = result.status === 'success' && result.data.items.length === 0 && filters.offset > 0;
  const { read, write } = codec;
  useEffect(() => {
    if (emptyLaterPage) {
      setSearchParams((params) => write({ ...read(params), offset: 0 }, params), { replace: true });
    }
  }, [emptyLaterPage, setSearchParams, read, write]);

  const formKey = codec.write({ ...filters, offset: 0 }, new URLSearchParams()).toString();
  return { filters, result, apply, formKey };
}
