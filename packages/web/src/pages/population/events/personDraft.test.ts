import { describe, expect, it } from 'vitest';
import { checkNewPerson, correctionChanges, EMPTY_PERSON, toPersonInput } from './personDraft.ts';

describe('person drafts', () => {
  it('requires NIK, name, sex and birth date of a new person, with field paths', () => {
    const errors = checkNewPerson({ ...EMPTY_PERSON, nik: '123' }, 'members.0.', true);
    expect(errors).toMatchObject({
      'members.0.nik': 'nikFormat',
      'members.0.fullName': 'required',
      'members.0.sex': 'required',
      'members.0.birthDate': 'required',
      'members.0.relationship': 'required',
    });
  });

  it('turns inputs into API values: codes as numbers, blanks as null', () => {
    const input = toPersonInput({
      ...EMPTY_PERSON,
      nik: ' 3510014506900001 ',
      fullName: 'Siti Aminah ',
      sex: '2',
      birthDate: '1990-06-05',
      religion: '1',
    });
    expect(input).toMatchObject({
      nik: '3510014506900001',
      fullName: 'Siti Aminah',
      sex: 2,
      religion: 1,
      occupation: null,
      birthPlace: null,
    });
  });

  it('sends only what a correction changed', () => {
    const original = {
      ...EMPTY_PERSON,
      fullName: 'Siti Aminah',
      sex: '2' as const,
      religion: '1',
      relationship: '3',
    };
    const edited = { ...original, fullName: 'Siti Aminah Rahayu', religion: '', phone: '0812' };
    expect(correctionChanges(original, edited)).toEqual({
      fullName: 'Siti Aminah Rahayu',
      religion: null,
      phone: '0812',
    });
  });
});
