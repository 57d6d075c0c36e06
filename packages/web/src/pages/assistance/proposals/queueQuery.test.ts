import { describe, expect, it } from 'vitest';
import { queueApiParams, readQueueFilters, withQueueFilters } from './queueQuery.ts';

describe('the queue’s filters', () => {
  it('opens on "waiting for me" for whoever takes a step, on the open items for a reader', () => {
    expect(readQueueFilters(new URLSearchParams(), true)).toEqual({ view: 'mine', kind: '', offset: 0 });
    expect(readQueueFilters(new URLSearchParams(), false).view).toBe('open');
    // A shared address asking for someone else's "mine" falls back to the open items.
    expect(readQueueFilters(new URLSearchParams('tampil=mine'), false).view).toBe('open');
  });

  it('ignores values it does not know', () => {
    expect(readQueueFilters(new URLSearchParams('tampil=x&jenis=y&mulai=-5'), true)).toEqual({
      view: 'mine',
      kind: '',
      offset: 0,
    });
  });

  it('asks the API for exactly the view chosen, in the selected area', () => {
    const ask = (view: 'mine' | 'open' | 'overdue' | 'all') =>
      Object.fromEntries(queueApiParams('35.10.01', { view, kind: 'sanggah', offset: 25 }));
    expect(ask('mine')).toEqual({
      region: '35.10.01',
      limit: '25',
      offset: '25',
      mine: 'true',
      kind: 'sanggah',
    });
    expect(ask('open')).toMatchObject({ status: 'open' });
    expect(ask('overdue')).toMatchObject({ overdue: 'true' });
    expect(ask('all')).not.toHaveProperty('status');
  });

  it('keeps the selected region and starts a new filter at the first page', () => {
    const next = withQueueFilters(new URLSearchParams('region=35.10.01&mulai=50'), { view: 'overdue' });
    expect(next.toString()).toBe('region=35.10.01&tampil=overdue');
    expect(withQueueFilters(next, { offset: 25 }).get('mulai')).toBe('25');
  });
});
