// Social assistance (issue 12): programs, enrolments and their vocabulary.
export * from './program.ts';
export * from './program-catalogue.ts';
export * from './cycles.ts';
