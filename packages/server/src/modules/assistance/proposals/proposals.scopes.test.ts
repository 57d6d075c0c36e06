// Who may read, make and move which village's usul and sanggah, and a citizen's own: generated users of every
// level against items of many villages, and hostile text in every input (test/scope-harness).
import { describeScopeCases } from '../../../../test/scope-harness/describe-scopes.ts';
import { proposalScopeCases } from './proposals.scope-cases.ts';

describeScopeCases(proposalScopeCases);
