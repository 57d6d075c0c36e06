import { describe, expect, it } from 'vitest';
import { checkBirthFacts, EMPTY_BIRTH_FACTS, toBirthFacts } from './birthDraft.ts';

describe('birth facts as the form edits them', () => {
  it('may all be left empty, and then sends nulls', () => {
    expect(Object.values(checkBirthFacts(EMPTY_BIRTH_FACTS)).filter(Boolean)).toEqual([]);
    expect(toBirthFacts(EMPTY_BIRTH_FACTS)).toEqual({
      birthTime: null,
      placeType: null,
      birthType: null,
      birthOrder: null,
      attendant: null,
      weightGrams: null,
      lengthCm: null,
    });
  });

  it('reads a comma as the decimal sign of a length, as operators type it', () => {
    const facts = { ...EMPTY_BIRTH_FACTS, lengthCm: '49,5', weightGrams: '3150', placeType: '2' };
    expect(toBirthFacts(facts)).toMatchObject({ lengthCm: 49.5, weightGrams: 3150, placeType: 2 });
  });

  it('names the field out of range before anything is sent', () => {
    const checks = checkBirthFacts({
      ...EMPTY_BIRTH_FACTS,
      birthTime: '25:00',
      weightGrams: '31500',
      lengthCm: '5',
      birthOrder: '0',
    });
    expect(checks).toEqual({
      'birth.birthTime': 'birthTimeFormat',
      'birth.weightGrams': 'birthWeightRange',
      'birth.lengthCm': 'birthLengthRange',
      'birth.birthOrder': 'birthOrderRange',
    });
  });
});
