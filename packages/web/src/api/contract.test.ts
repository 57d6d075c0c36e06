import { describe, expectTypeOf, it } from 'vitest';
import type { ApiBody, ApiQuery, ApiResponse } from './contract.ts';
import type {
  FamilyCard,
  HouseholdInput,
  PersonInput,
  ResidentListItem,
  ResidentSort,
} from './populationTypes.ts';

// Type-level checks (tsc runs them in `npm run typecheck`): a lookup that missed its route would give never or
// unknown, and every page using the alias would still compile while reading nothing.
describe('types looked up in the generated schema', () => {
  it('finds the answer of a route by path, method and status', () => {
    expectTypeOf<ResidentListItem['fullName']>().toEqualTypeOf<string>();
    expectTypeOf<FamilyCard['members'][number]['nikMasked']>().toEqualTypeOf<string>();
    expectTypeOf<ApiResponse<'/api/villages/{code}/imports/{jobId}', 'get'>['status']>().toEqualTypeOf<
      'validating' | 'ready' | 'committing' | 'committed' | 'failed' | 'cancelled'
    >();
    expectTypeOf<ApiResponse<'/api/villages/{code}/imports/residents', 'post', 202>>().toEqualTypeOf<{
      jobId: string;
    }>();
  });

  it('finds request bodies and query parameters', () => {
    expectTypeOf<ApiBody<'/api/villages/{code}/imports/{jobId}/commit', 'post'>>().toMatchTypeOf<{
      mode?: 'all' | 'valid_only';
    }>();
    expectTypeOf<PersonInput['nik']>().toEqualTypeOf<string>();
    expectTypeOf<HouseholdInput>().not.toBeNever();
    expectTypeOf<ResidentSort>().toEqualTypeOf<'name' | 'birth_date' | '-birth_date' | 'relevance'>();
    expectTypeOf<ApiQuery<'/api/villages/{code}/imports', 'get'>>().toEqualTypeOf<{ importer?: string }>();
  });
});
