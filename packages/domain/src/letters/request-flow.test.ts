import { describe, expect, it } from 'vitest';
import { nextStatus, possibleSteps, REQUEST_STATUSES } from './request-flow.ts';

describe('the letter request workflow', () => {
  it('goes requested → checked → signed → collected where nobody verifies', () => {
    expect(nextStatus('requested', 'check', false)).toBe('checked');
    expect(nextStatus('checked', 'sign', false)).toBe('signed');
    expect(nextStatus('signed', 'collect', false)).toBe('collected');
    expect(nextStatus('checked', 'verify', false)).toBeNull();
  });

  it('asks for the Sekdes verification before signing where the village wants it', () => {
    expect(nextStatus('checked', 'sign', true)).toBeNull();
    expect(nextStatus('checked', 'verify', true)).toBe('verified');
    expect(nextStatus('verified', 'sign', true)).toBe('signed');
  });

  it('refuses a skipped step and a step taken twice', () => {
    expect(nextStatus('requested', 'sign', false)).toBeNull();
    expect(nextStatus('checked', 'check', false)).toBeNull();
    expect(nextStatus('signed', 'sign', false)).toBeNull();
  });

  it('lets an open request be rejected or cancelled, a closed one not', () => {
    for (const status of REQUEST_STATUSES) {
      const open = ['requested', 'checked', 'verified'].includes(status);
      expect(nextStatus(status, 'reject', true) !== null, status).toBe(open);
      expect(nextStatus(status, 'cancel', true) !== null, status).toBe(open);
    }
  });

  it('lists the steps a status allows', () => {
    expect(possibleSteps('checked', false)).toEqual(['sign', 'reject', 'cancel']);
    expect(possibleSteps('collected', false)).toEqual([]);
  });
});
