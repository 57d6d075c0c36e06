import { describe, expect, it } from 'vitest';
import { maskPublicName, sameRegisteredName } from './public-name.ts';

describe('maskPublicName', () => {
  it('keeps the first and last letter of every word', () => {
    expect(maskPublicName('SITI AMINAH')).toBe('S**I A***H');
    expect(maskPublicName('  MUHAMMAD   ALI ')).toBe('M***D A*I');
    expect(maskPublicName('Siti Aminah')).toBe('S**I A***H');
  });
  it('hides all but the first letter of one- and two-letter words', () => {
    expect(maskPublicName('NI LUH AYU')).toBe('N* L*H A*U');
    expect(maskPublicName('I GEDE')).toBe('I G**E');
  });
  it("shows no middle letter and does not give a long word's length away", () => {
    expect(maskPublicName('WAHYUNINGSIH')).toBe('W***H');
    expect(maskPublicName('WIDIH')).toBe(maskPublicName('WAHYUNINGSIH'));
  });
});

describe('sameRegisteredName', () => {
  it('ignores case, spacing and punctuation', () => {
    expect(sameRegisteredName('muh ali', 'MUH. ALI')).toBe(true);
    expect(sameRegisteredName(' Siti  Aminah', 'SITI AMINAH')).toBe(true);
  });
  it('does not accept a part of the name or another spelling', () => {
    expect(sameRegisteredName('SITI', 'SITI AMINAH')).toBe(false);
    expect(sameRegisteredName('SITI AMINA', 'SITI AMINAH')).toBe(false);
    expect(sameRegisteredName('...', '...')).toBe(false);
  });
});
