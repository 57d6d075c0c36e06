import { describe, expect, it } from 'vitest';
import { formatCoordinate, insideIndonesia, parseCoordinate, splitCoordinatePair } from './coordinates.ts';

describe('typed coordinates', () => {
  it.each([
    ['-8.2193', -8.2193],
    [' 114.3692 ', 114.3692],
    ['\u22128.2193', -8.2193],
    ['-8,2193', -8.2193],
    ['114', 114],
  ])('reads %j as %d', (text, value) => {
    expect(parseCoordinate(text)).toBe(value);
  });

  it.each(['', 'abc', '-8.2.1', '8°13′S', '-8,219,3', '1234.5'])('refuses %j', (text) => {
    expect(parseCoordinate(text)).toBeNull();
  });

  it('splits a pair pasted from a map app, latitude first', () => {
    expect(splitCoordinatePair('-8.219300, 114.369200')).toEqual(['-8.219300', '114.369200']);
    expect(splitCoordinatePair('-8.2193 114.3692')).toEqual(['-8.2193', '114.3692']);
    expect(splitCoordinatePair('-8.2193')).toBeNull();
    expect(splitCoordinatePair('-8,2193')).toBeNull();
  });

  it('writes six decimals', () => {
    expect(formatCoordinate(-8.21930049)).toBe('-8.219300');
  });

  it('knows the box the database accepts', () => {
    expect(insideIndonesia(-8.2, 114.3)).toBe(true);
    expect(insideIndonesia(114.3, -8.2)).toBe(false);
  });
});
