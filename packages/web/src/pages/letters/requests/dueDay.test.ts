import { describe, expect, it } from 'vitest';
import { dueDay } from './dueDay.ts';

describe('the due day shown to the citizen and the office', () => {
  it('is the Jakarta working day whose end the request is due at, in the reader’s language', () => {
    // Due at midnight WIB at the end of Friday 4 December 2026 (17:00 UTC).
    expect(dueDay('2026-12-04T17:00:00.000Z', 'id')).toBe('Jumat, 4 Desember 2026');
    expect(dueDay('2026-12-04T17:00:00.000Z', 'en')).toBe('Friday, 4 December 2026');
  });
});
