// The queue's filters as they live in the page address (so a filtered queue can be reloaded and shared) and as
// the API reads them. "Waiting for me" is the default of whoever takes a step; everyone else opens on the open
// items.
import type { ProposalKind } from '@smart-kampung/domain';

export const QUEUE_VIEWS = ['mine', 'open', 'overdue', 'all'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

export interface QueueFilters {
  view: QueueView;
  kind: ProposalKind | '';
  offset: number;
}

export const QUEUE_LIMIT = 25;

export function readQueueFilters(params: URLSearchParams, takesSteps: boolean): QueueFilters {
  const view = params.get('tampil');
  const kind = params.get('jenis');
  const offset = Number(params.get('mulai') ?? '0');
  return {
    view: QUEUE_VIEWS.includes(view as QueueView)
      ? (view as QueueView) === 'mine' && !takesSteps
        ? 'open'
        : (view as QueueView)
      : takesSteps
        ? 'mine'
        : 'open',
    kind: kind === 'usul' || kind === 'sanggah' ? kind : '',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

/** The API's query for the filters in an area. */
export function queueApiParams(region: string, filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams({
    region,
    limit: String(QUEUE_LIMIT),
    offset: String(filters.offset),
  });
  if (filters.view === 'mine') params.set('mine', 'true');
  if (filters.view === 'open') params.set('status', 'open');
  if (filters.view === 'overdue') params.set('overdue', 'true');
  if (filters.kind) params.set('kind', filters.kind);
  return params;
}

/** The page address's parameters for new filters, keeping the others (the selected region). */
export function withQueueFilters(params: URLSearchParams, next: Partial<QueueFilters>): URLSearchParams {
  const updated = new URLSearchParams(params);
  const set = (key: string, value: string | undefined) =>
    value ? updated.set(key, value) : updated.delete(key);
  if (next.view !== undefined) set('tampil', next.view);
  if (next.kind !== undefined) set('jenis', next.kind);
  // A new filter starts at the first page.
  set('mulai', next.offset ? String(next.offset) : undefined);
  return updated;
}
