// An item's clock in words: when its step is due, or that it is late and by how many days. The due time is
// the end (midnight WIB) of a working day, so the day named is the Jakarta day just before it (dueDay).
import { dueDay } from '../../letters/requests/dueDay.ts';

export type Clock =
  { kind: 'none' } | { kind: 'due'; day: string } | { kind: 'overdue'; day: string; daysLate: number };

const DAY_MS = 86_400_000;

export function clockOf(
  item: { dueAt: string | null; overdue: boolean },
  now: Date,
  language?: 'id' | 'en',
): Clock {
  if (!item.dueAt) return { kind: 'none' };
  const day = dueDay(item.dueAt, language);
  if (!item.overdue) return { kind: 'due', day };
  // Whole days past the due time, at least one: an item due yesterday evening is a day late this morning.
  const daysLate = Math.max(1, Math.ceil((now.getTime() - Date.parse(item.dueAt)) / DAY_MS));
  return { kind: 'overdue', day, daysLate };
}
