import { describe, expect, it } from 'vitest';
import { proposalBody } from './proposalBody.ts';

const form = {
  kind: 'usul' as const,
  programId: 'p-1',
  whose: 'own' as const,
  kkNumber: '3510010101010001',
  enrolmentId: 'e-1',
  reason: 'Suami sakit',
};

describe('the body of a citizen’s usul or sanggah', () => {
  it('proposes the citizen’s own family by leaving the KK number out', () => {
    expect(proposalBody(form)).toEqual({ kind: 'usul', programId: 'p-1', reason: 'Suami sakit' });
  });

  it('names another family by its KK number', () => {
    expect(proposalBody({ ...form, whose: 'other' })).toEqual({
      kind: 'usul',
      programId: 'p-1',
      kkNumber: '3510010101010001',
      reason: 'Suami sakit',
    });
  });

  it('disputes an enrolment, with nothing of an usul left in', () => {
    expect(proposalBody({ ...form, kind: 'sanggah' })).toEqual({
      kind: 'sanggah',
      enrolmentId: 'e-1',
      reason: 'Suami sakit',
    });
  });
});
