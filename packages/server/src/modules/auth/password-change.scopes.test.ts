// Scope case of POST /api/auth/password on an app of its own (see password-change.scope-cases.ts).
import { describeScopeCases } from '../../../test/scope-harness/describe-scopes.ts';
import { passwordChangeScopeCases } from './password-change.scope-cases.ts';

describeScopeCases(passwordChangeScopeCases);
