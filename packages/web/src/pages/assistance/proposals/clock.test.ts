import { describe, expect, it } from 'vitest';
import { clockOf } from './clock.ts';

// Due at the end of Friday 4 December 2026 in Jakarta (midnight WIB = 17:00 UTC).
const dueAt = '2026-12-04T17:00:00.000Z';

describe('an item’s clock in words', () => {
  it('names the working day an open item is due, in the office’s time zone', () => {
    expect(clockOf({ dueAt, overdue: false }, new Date('2026-12-01T03:00:00Z'), 'id')).toEqual({
      kind: 'due',
      day: 'Jumat, 4 Desember 2026',
    });
    expect(clockOf({ dueAt, overdue: false }, new Date('2026-12-01T03:00:00Z'), 'en')).toMatchObject({
      day: 'Friday, 4 December 2026',
    });
  });

  it('counts the days an overdue item is late, a day at least', () => {
    expect(clockOf({ dueAt, overdue: true }, new Date('2026-12-05T01:00:00Z'), 'id')).toMatchObject({
      kind: 'overdue',
      daysLate: 1,
    });
    expect(clockOf({ dueAt, overdue: true }, new Date('2026-12-08T03:00:00Z'), 'id')).toMatchObject({
      kind: 'overdue',
      daysLate: 4,
    });
  });

  it('has no clock for a final item', () => {
    expect(clockOf({ dueAt: null, overdue: false }, new Date())).toEqual({ kind: 'none' });
  });
});
