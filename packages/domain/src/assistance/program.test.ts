import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_PROGRAMS,
  canChangeEnrolment,
  CYCLE_LABEL_PATTERN,
  ENROLMENT_STATUSES,
  PROGRAM_CODE_PATTERN,
  programOfRegsosek501,
} from './index.ts';

describe('enrolment statuses', () => {
  it('never reopens an exited enrolment', () => {
    for (const to of ENROLMENT_STATUSES) expect(canChangeEnrolment('exited', to)).toBe(false);
  });
  it('lets an agency enrol a proposal straight away and suspend only what is active', () => {
    expect(canChangeEnrolment('proposed', 'active')).toBe(true);
    expect(canChangeEnrolment('proposed', 'suspended')).toBe(false);
    expect(canChangeEnrolment('active', 'suspended')).toBe(true);
    expect(canChangeEnrolment('suspended', 'active')).toBe(true);
  });
});

describe('the program catalogue', () => {
  it('has unique, valid codes and one program per Regsosek 501 letter', () => {
    const codes = CATALOGUE_PROGRAMS.map((program) => program.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(PROGRAM_CODE_PATTERN);
    for (const letter of ['a', 'b', 'c', 'd', 'e', 'f', 'g'])
      expect(programOfRegsosek501(letter)).toBeDefined();
    expect(programOfRegsosek501('b')?.code).toBe('PKH');
  });
  it('gives an amount only to cash programs', () => {
    for (const program of CATALOGUE_PROGRAMS) {
      if (program.benefitAmount !== null) expect(program.benefitKind).toBe('cash');
    }
  });
});

describe('cycle labels', () => {
  it('accepts months, tranches, years and rounds, and nothing else', () => {
    for (const label of ['2026-03', '2026-T2', '2026', '2026-R1']) expect(label).toMatch(CYCLE_LABEL_PATTERN);
    for (const label of ['2026-13', '2026-T5', '26-01', '2026-3', ''])
      expect(label).not.toMatch(CYCLE_LABEL_PATTERN);
  });
});
