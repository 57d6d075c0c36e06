// Social assistance (issue 12): programs, enrolments and their vocabulary.
export * from './program.ts';
export * from './program-catalogue.ts';
export * from './welfare/index.ts';
export * from './regsosek-member-codes.ts';
export * from './regsosek-members.ts';
export * from './regsosek-family.ts';
export * from './welfare-rules.ts';
export * from './eligibility/index.ts';
export * from './cycles.ts';
export * from './proposals/index.ts';
