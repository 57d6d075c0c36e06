// Who may read the welfare models, scores, runs and program effect, and who may change weights and start
// runs: generated users of every level against many areas, and hostile text in every input.
import { describeScopeCases } from '../../../test/scope-harness/describe-scopes.ts';
import { welfareScopeCases } from './assistance-welfare.scope-cases.ts';

describeScopeCases(welfareScopeCases);
