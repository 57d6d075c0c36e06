import { describe, expect, it } from 'vitest';
import { locationProblem } from './deviceLocation.ts';

describe('device location problems', () => {
  it('names the browser error codes', () => {
    expect(locationProblem(1, true)).toBe('denied');
    expect(locationProblem(2, true)).toBe('unavailable');
    expect(locationProblem(3, true)).toBe('timeout');
  });

  it('blames a plain http address rather than the permission', () => {
    expect(locationProblem(1, false)).toBe('insecure');
  });
});
