// Usul and sanggah (issue 13 §2): the state machine, its owners and clocks.
export * from './flow.ts';
