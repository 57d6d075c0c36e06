import { describe, expect, it } from 'vitest';
import type { Agency, Role } from '../api/types.ts';
import { ROLES } from '../api/types.ts';
import { canOpen, navigationFor } from './navigation.ts';
import type { NavItemId } from './navigation.ts';

function idsFor(role: Role, agency: Agency | null = null): NavItemId[] {
  return navigationFor({ role, agency }).map((item) => item.id);
}

describe('navigation per role', () => {
  it('shows the dashboard to every role, first', () => {
    for (const role of ROLES) expect(idsFor(role)[0], role).toBe('dashboard');
  });

  it('regency admin sees every module, including letter delegations and user management', () => {
    expect(idsFor('regency_admin')).toEqual([
      'dashboard',
      'population',
      'letterDelegations',
      'socialAid',
      'proposals',
      'villageBudget',
      'monitoring',
      'users',
    ]);
  });

  it('village head and operator run the village services', () => {
    for (const role of ['village_head', 'village_operator'] as const) {
      expect(idsFor(role), role).toEqual([
        'dashboard',
        'population',
        'letters',
        'socialAid',
        'proposals',
        'villageBudget',
      ]);
    }
  });

  it('district staff supervise population, social aid, budgets and monitoring', () => {
    expect(idsFor('district_staff')).toEqual([
      'dashboard',
      'population',
      'socialAid',
      'proposals',
      'villageBudget',
      'monitoring',
    ]);
  });

  it('every agency reads social aid (Dinas Sosial decides it, on the server)', () => {
    expect(idsFor('agency_staff', 'social_affairs')).toEqual([
      'dashboard',
      'population',
      'socialAid',
      'proposals',
      'monitoring',
    ]);
    expect(idsFor('agency_staff', 'village_development')).toEqual([
      'dashboard',
      'population',
      'socialAid',
      'proposals',
      'villageBudget',
      'monitoring',
    ]);
    expect(idsFor('agency_staff', 'planning')).toContain('socialAid');
    expect(idsFor('agency_staff', 'inspectorate')).toContain('villageBudget');
  });

  it('social workers, who read no area, see neither social aid nor population records', () => {
    expect(idsFor('social_worker')).toEqual(['dashboard']);
  });

  it('citizens see only their family dashboard', () => {
    const items = navigationFor({ role: 'citizen', agency: null });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: 'dashboard', path: '/', labelKey: 'myFamily' });
  });

  it('only the regency admin may open the letter delegations', () => {
    for (const role of ROLES) {
      expect(canOpen({ role, agency: null }, 'letterDelegations'), role).toBe(role === 'regency_admin');
    }
  });

  it('only the regency admin may open user management', () => {
    for (const role of ROLES) {
      expect(canOpen({ role, agency: 'social_affairs' }, 'users'), role).toBe(role === 'regency_admin');
    }
  });

  it('letter services are for village roles only', () => {
    const allowed = ROLES.filter((role) => canOpen({ role, agency: null }, 'letters'));
    expect(allowed).toEqual(['village_head', 'village_operator']);
  });
});
