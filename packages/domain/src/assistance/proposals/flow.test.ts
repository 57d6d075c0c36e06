import { describe, expect, it } from 'vitest';
import {
  agencyDecisionsFor,
  isOverdue,
  nextProposalStatus,
  statusesAwaiting,
  stepAction,
  stepAwaited,
  stepDueAt,
  stepOwner,
  type ProposalKind,
  type ProposalStatus,
  type StepAct,
} from './flow.ts';

const item = (
  kind: ProposalKind,
  status: ProposalStatus,
  programLevel: 'national' | 'regency' | 'village' = 'regency',
) => ({
  kind,
  status,
  programLevel,
});

describe('an usul through every step', () => {
  it('goes submitted → checked → at the district → at Dinas Sosial → visited → enrolled', () => {
    const acts: [ProposalStatus, StepAct, ProposalStatus][] = [
      ['submitted', { step: 'check', outcome: 'ok' }, 'checked'],
      ['checked', { step: 'decide_village', decision: 'accepted' }, 'at_district'],
      ['at_district', { step: 'forward' }, 'at_agency'],
      ['at_agency', { step: 'visit' }, 'visited'],
      ['visited', { step: 'decide_agency', decision: 'enrol' }, 'enrolled'],
    ];
    for (const [from, act, to] of acts) expect(nextProposalStatus(item('usul', from), act)).toBe(to);
  });

  it('ends at the check as a duplicate, already enrolled or unknown family, never as "not a recipient"', () => {
    for (const outcome of ['duplicate', 'already_enrolled', 'unknown_family'] as const)
      expect(nextProposalStatus(item('usul', 'submitted'), { step: 'check', outcome })).toBe(
        'rejected_at_check',
      );
    expect(
      nextProposalStatus(item('usul', 'submitted'), { step: 'check', outcome: 'not_recipient' }),
    ).toBeNull();
  });

  it('is rejected by the village deliberation', () => {
    expect(
      nextProposalStatus(item('usul', 'checked'), { step: 'decide_village', decision: 'rejected' }),
    ).toBe('rejected_by_village');
  });

  it('for a national program can only be proposed to the ministry or rejected', () => {
    expect(agencyDecisionsFor('usul', 'national')).toEqual(['propose_to_ministry', 'reject']);
    expect(
      nextProposalStatus(item('usul', 'visited', 'national'), { step: 'decide_agency', decision: 'enrol' }),
    ).toBeNull();
    expect(
      nextProposalStatus(item('usul', 'visited', 'national'), {
        step: 'decide_agency',
        decision: 'propose_to_ministry',
      }),
    ).toBe('proposed_to_ministry');
  });

  it('refuses a step out of order and any step on a final item', () => {
    expect(nextProposalStatus(item('usul', 'submitted'), { step: 'visit' })).toBeNull();
    expect(nextProposalStatus(item('usul', 'checked'), { step: 'check', outcome: 'ok' })).toBeNull();
    expect(
      nextProposalStatus(item('usul', 'enrolled'), { step: 'decide_agency', decision: 'reject' }),
    ).toBeNull();
  });
});

describe('a sanggah', () => {
  it('ends an enrolment of a regency or village program, never enrols', () => {
    expect(agencyDecisionsFor('sanggah', 'village')).toEqual(['exit', 'reject']);
    expect(nextProposalStatus(item('sanggah', 'visited'), { step: 'decide_agency', decision: 'exit' })).toBe(
      'exited',
    );
    expect(
      nextProposalStatus(item('sanggah', 'visited'), { step: 'decide_agency', decision: 'enrol' }),
    ).toBeNull();
  });

  it('may be found "not a recipient" at the check, but not "unknown family"', () => {
    expect(
      nextProposalStatus(item('sanggah', 'submitted'), { step: 'check', outcome: 'not_recipient' }),
    ).toBe('rejected_at_check');
    expect(
      nextProposalStatus(item('sanggah', 'submitted'), { step: 'check', outcome: 'unknown_family' }),
    ).toBeNull();
  });
});

describe('owners and clocks', () => {
  it('gives each open status its step and owner', () => {
    expect(stepOwner(stepAwaited('submitted'))).toBe('village');
    expect(stepOwner(stepAwaited('checked'))).toBe('village');
    expect(stepOwner(stepAwaited('at_district'))).toBe('district');
    expect(stepOwner(stepAwaited('at_agency'))).toBe('agency');
    expect(stepOwner(stepAwaited('visited'))).toBe('agency');
  });

  it('counts working days: an item entered on Friday with 5 days is due at the end of the next Friday (WIB)', () => {
    // 2026-11-06 is a Friday; 10:00 WIB.
    const due = stepDueAt(new Date('2026-11-06T03:00:00Z'), 5);
    expect(due.toISOString()).toBe('2026-11-13T17:00:00.000Z');
  });

  it('skips national holidays: entered on Christmas Eve, 1 working day', () => {
    // 2026-12-24 (Thursday) → 25th is Christmas (holiday) → due at the end of Monday 28th.
    const due = stepDueAt(new Date('2026-12-24T02:00:00Z'), 1);
    expect(due.toISOString()).toBe('2026-12-28T17:00:00.000Z');
  });

  it('flags open items past their due time only', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const past = new Date('2026-11-30T00:00:00Z');
    expect(isOverdue('checked', past, now)).toBe(true);
    expect(isOverdue('checked', new Date('2026-12-02T00:00:00Z'), now)).toBe(false);
    expect(isOverdue('enrolled', past, now)).toBe(false);
  });
});

describe('whose queue an item is in', () => {
  it('gives each role the statuses whose step its grants take, by the same table the server decides with', () => {
    expect(statusesAwaiting({ role: 'village_operator', agency: null })).toEqual(['submitted', 'checked']);
    expect(statusesAwaiting({ role: 'village_head', agency: null })).toEqual(['submitted', 'checked']);
    expect(statusesAwaiting({ role: 'district_staff', agency: null })).toEqual(['at_district']);
    expect(statusesAwaiting({ role: 'agency_staff', agency: 'social_affairs' })).toEqual([
      'at_agency',
      'visited',
    ]);
    // Other agencies read social assistance but take no step; a citizen follows only their own items.
    expect(statusesAwaiting({ role: 'agency_staff', agency: 'planning' })).toEqual([]);
    expect(statusesAwaiting({ role: 'citizen', agency: null })).toEqual([]);
  });

  it('names the grant of every step, and each owner’s steps need that owner’s grant', () => {
    expect(stepAction('check')).toBe('write');
    expect(stepAction('forward')).toBe('forward_proposals');
    expect(stepAction('decide_agency')).toBe('decide_assistance');
  });
});
