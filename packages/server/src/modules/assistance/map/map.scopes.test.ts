// Who may read the poverty map where: generated users of every level against regions and villages of many
// areas, and hostile text in every input (test/scope-harness).
import { describeScopeCases } from '../../../../test/scope-harness/describe-scopes.ts';
import { povertyMapScopeCases } from './map.scope-cases.ts';

describeScopeCases(povertyMapScopeCases);
