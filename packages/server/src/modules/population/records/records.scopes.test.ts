// Who may read which residents and family cards, and who may issue a citizen's PIN: generated users of every
// level against records of many villages, and hostile text in every input (test/scope-harness).
import { describeScopeCases } from '../../../../test/scope-harness/describe-scopes.ts';
import { citizenScopeCases } from '../citizen/citizen.scope-cases.ts';
import { recordScopeCases } from './records.scope-cases.ts';

describeScopeCases([...recordScopeCases, ...citizenScopeCases]);
