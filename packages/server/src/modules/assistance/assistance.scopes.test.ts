// Who may read and decide programs and enrolments where: generated users of every level against programs and
// enrolments of many villages, and hostile text in every input (test/scope-harness).
import { describeScopeCases } from '../../../test/scope-harness/describe-scopes.ts';
import { assistanceScopeCases } from './assistance.scope-cases.ts';

describeScopeCases(assistanceScopeCases);
