import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import { splitServerErrors } from './formErrors.ts';

const refusal = new ApiError({
  message: 'Data yang dikirim tidak valid.',
  code: 'VALIDATION_FAILED',
  status: 400,
  fieldErrors: [
    {
      field: 'members.0.nik',
      message: 'NIK harus 16 digit angka.',
      message_en: 'The NIK must be 16 digits.',
    },
    { field: 'members', message: 'Keluarga ini belum punya Kepala Keluarga.' },
    { field: '', message: 'Body tidak terbaca' },
  ],
});

describe('server refusals in forms', () => {
  it('puts messages next to fields on screen and everything else at the top', () => {
    const split = splitServerErrors(refusal, 'id', (field) => (field.startsWith('members.') ? field : null));
    expect(split.fields).toEqual({ 'members.0.nik': 'NIK harus 16 digit angka.' });
    expect(split.general).toEqual([
      'Data yang dikirim tidak valid.',
      'Keluarga ini belum punya Kepala Keluarga.',
      'Body tidak terbaca',
    ]);
  });

  it('uses the English message when the reader reads English and the server sent one', () => {
    const split = splitServerErrors(refusal, 'en', (field) => field);
    expect(split.fields['members.0.nik']).toBe('The NIK must be 16 digits.');
    expect(split.fields.members).toBe('Keluarga ini belum punya Kepala Keluarga.');
  });

  it('keeps a network failure as a general message', () => {
    expect(splitServerErrors(new Error('offline'), 'id', () => null)).toEqual({
      fields: {},
      general: ['offline'],
    });
  });
});
