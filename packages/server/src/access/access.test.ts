import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canActOnRegion, decideAccess, isWithin, rolesThatMay } from './access.ts';
import { roles, type Actor, type Role } from './roles.ts';

const actor = (role: Role, areaCode: string): Actor => ({
  id: 'u',
  username: 'u',
  role,
  agency: null,
  areaCode,
});

describe('isWithin', () => {
  it('nests by whole code segments, not by string prefix', () => {
    expect(isWithin('35.10.01.2001', '35.10.01')).toBe(true);
    expect(isWithin('35.10.01', '35.10.01')).toBe(true);
    expect(isWithin('35.10.011', '35.10.01')).toBe(false);
    expect(isWithin('35.10', '35.10.01')).toBe(false);
    expect(isWithin('35.101', '35.10')).toBe(false);
  });
});

describe('canActOnRegion', () => {
  it('lets village staff read and write their own village only', () => {
    const op = actor('village_operator', '35.10.01.2001');
    expect(canActOnRegion(op, '35.10.01.2001', 'write')).toBe(true);
    expect(canActOnRegion(op, '35.10.01.2002', 'read')).toBe(false);
    expect(canActOnRegion(op, '35.10.01', 'read')).toBe(false);
    expect(canActOnRegion(op, '35.10.01.2001', 'administer')).toBe(false);
  });

  it('lets district staff and agency staff read, never write', () => {
    expect(decideAccess(actor('district_staff', '35.10.01'), '35.10.01.2001', 'read')).toBe('allow');
    expect(decideAccess(actor('district_staff', '35.10.01'), '35.10.01.2001', 'write')).toBe('forbidden');
    expect(decideAccess(actor('district_staff', '35.10.01'), '35.10.02.2001', 'write')).toBe('not_found');
    expect(decideAccess(actor('agency_staff', '35.10'), '35.10.25.2001', 'read')).toBe('allow');
  });

  it('lets only the social-affairs agency decide on social assistance, inside its area', () => {
    const social = { ...actor('agency_staff', '35.10'), agency: 'social_affairs' as const };
    const planning = { ...actor('agency_staff', '35.10'), agency: 'planning' as const };
    expect(decideAccess(social, '35.10.25.2001', 'decide_assistance')).toBe('allow');
    expect(decideAccess(planning, '35.10.25.2001', 'decide_assistance')).toBe('forbidden');
    expect(decideAccess(actor('village_head', '35.10.25.2001'), '35.10.25.2001', 'decide_assistance')).toBe(
      'forbidden',
    );
    expect(decideAccess({ ...social, areaCode: '35.10' }, '35.11.01.2001', 'decide_assistance')).toBe(
      'not_found',
    );
    expect(canActOnRegion(social, '35.10.25.2001', 'write')).toBe(false);
    expect(rolesThatMay('decide_assistance')).toEqual(['agency_staff']);
  });

  it('gives social workers and citizens no area-wide grant (their modules grant single records)', () => {
    expect(canActOnRegion(actor('social_worker', '35.10.01.2001'), '35.10.01.2001', 'read')).toBe(false);
    expect(canActOnRegion(actor('citizen', '35.10.01.2001'), '35.10.01.2001', 'read')).toBe(false);
  });

  // Generated cases: for any role, area and target, access never reaches outside the user's area, and
  // a write is never allowed where a read is not.
  const segment = (digits: number, max: number) =>
    fc.integer({ min: 1, max }).map((n) => String(n).padStart(digits, '0'));
  const villageCode = fc
    .tuple(segment(2, 3), segment(2, 3), segment(4, 3))
    .map(([r, d, v]) => `35.${r}.${d}.${v}`);
  const areaOf = (code: string, depth: number) => code.split('.').slice(0, depth).join('.');

  it('never grants anything outside the user area, for every role', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...roles),
        villageCode,
        villageCode,
        fc.integer({ min: 2, max: 4 }),
        (role, home, target, depth) => {
          const user = actor(role, areaOf(home, depth));
          for (const action of ['read', 'write', 'administer'] as const) {
            if (canActOnRegion(user, target, action)) expect(isWithin(target, user.areaCode)).toBe(true);
            if (canActOnRegion(user, target, 'write'))
              expect(canActOnRegion(user, target, 'read')).toBe(true);
          }
        },
      ),
    );
  });
});
