import { describe, expect, it } from 'vitest';
import { greetingKey } from './greeting.ts';

describe('greetingKey', () => {
  it('follows the Indonesian parts of the day', () => {
    expect(greetingKey(7)).toBe('dashboard.greetingMorning');
    expect(greetingKey(12)).toBe('dashboard.greetingAfternoon');
    expect(greetingKey(16)).toBe('dashboard.greetingEvening');
    expect(greetingKey(20)).toBe('dashboard.greetingNight');
    expect(greetingKey(2)).toBe('dashboard.greetingNight');
  });
});
