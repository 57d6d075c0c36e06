import type { NewOwnProposal } from '../../../../api/myProposals.ts';

export type Kind = NewOwnProposal['kind'];
export type Whose = 'own' | 'other';

/** The body the form asks for: an usul names the program and the family (their own when left out), a
 * sanggah the enrolment disputed. */
export function proposalBody(form: {
  kind: Kind;
  programId: string;
  whose: Whose;
  kkNumber: string;
  enrolmentId: string;
  reason: string;
}): NewOwnProposal {
  return form.kind === 'usul'
    ? {
        kind: 'usul',
        programId: form.programId,
        ...(form.whose === 'other' ? { kkNumber: form.kkNumber } : {}),
        reason: form.reason,
      }
    : { kind: 'sanggah', enrolmentId: form.enrolmentId, reason: form.reason };
}
