import { describe, expect, it } from 'vitest';
import { todayIso } from './todayIso.ts';

describe('todayIso', () => {
  it('gives today in the local calendar', () => {
    expect(todayIso(new Date(2025, 0, 31, 23, 30))).toBe('2025-01-31');
  });
});
