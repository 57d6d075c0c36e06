// Who may read, issue and void which village's letters, and who administers what around them: generated users
// of every level against records of many villages, and hostile text in every input (test/scope-harness). One
// case file per sub-feature, run together on one app.
import { describeScopeCases } from '../../../test/scope-harness/describe-scopes.ts';
import { letterTypeScopeCases } from './catalogue/catalogue.scope-cases.ts';
import { delegationScopeCases } from './delegations/delegations.scope-cases.ts';
import { letterIssueScopeCases } from './issue/issue.scope-cases.ts';
import { letterLogoScopeCases } from './logo/logo.scope-cases.ts';
import { officialScopeCases } from './officials/officials.scope-cases.ts';
import { letterRegisterScopeCases } from './register/register.scope-cases.ts';
import { letterVerifyScopeCases } from './verify/verify.scope-cases.ts';

describeScopeCases([
  ...letterTypeScopeCases,
  ...letterLogoScopeCases,
  ...letterRegisterScopeCases,
  ...officialScopeCases,
  ...letterIssueScopeCases,
  ...letterVerifyScopeCases,
  ...delegationScopeCases,
]);
