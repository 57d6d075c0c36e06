import { describe, expect, it } from 'vitest';
import { testJob } from './testJob.ts';
import { WIZARD_STEPS, decisionOf, progressOf, skippedRows, stepState, wizardView } from './wizardSteps.ts';

describe('where the wizard stands', () => {
  it('follows the job: checking, review or decide on a ready job, saving, then the result', () => {
    expect(wizardView(null, false)).toEqual({ step: 'choose' });
    expect(wizardView(testJob({ status: 'validating', phase: 'reading' }), false)).toEqual({
      step: 'checking',
    });
    expect(wizardView(testJob({ status: 'ready' }), false)).toEqual({ step: 'review' });
    expect(wizardView(testJob({ status: 'ready' }), true)).toEqual({ step: 'decide' });
    expect(wizardView(testJob({ status: 'committing', phase: 'committing' }), true)).toEqual({
      step: 'saving',
    });
    expect(wizardView(testJob({ status: 'committed' }), false)).toEqual({ step: 'done' });
    expect(wizardView(testJob({ status: 'cancelled' }), false)).toEqual({ step: 'cancelled' });
  });

  it('puts a failure at the check, or at the saving when a commit mode was chosen', () => {
    expect(wizardView(testJob({ status: 'failed' }), false)).toEqual({ step: 'failed', at: 'checking' });
    expect(wizardView(testJob({ status: 'failed', commitMode: 'all' }), false)).toEqual({
      step: 'failed',
      at: 'saving',
    });
  });

  it('numbers five steps without gaps and marks those before the current one done', () => {
    expect(WIZARD_STEPS).toEqual(['choose', 'checking', 'review', 'decide', 'saving']);
    const states = (view: Parameters<typeof stepState>[1]) =>
      WIZARD_STEPS.map((step) => stepState(step, view));
    expect(states({ step: 'review' })).toEqual(['done', 'done', 'current', 'todo', 'todo']);
    expect(states({ step: 'failed', at: 'saving' })).toEqual(['done', 'done', 'done', 'done', 'failed']);
    expect(states({ step: 'done' })).toEqual(['done', 'done', 'done', 'done', 'done']);
  });
});

describe('the decision', () => {
  it('allows saving all only without errors', () => {
    expect(decisionOf(testJob({ errorRows: 0 }))).toEqual({
      validRows: 10,
      canSaveAll: true,
      offerValidOnly: false,
      canSaveValidOnly: false,
    });
    expect(decisionOf(testJob({ errorRows: 3 }))).toMatchObject({ validRows: 7, canSaveAll: false });
  });

  it('offers the valid lines only where the importer lets lines stand alone', () => {
    expect(decisionOf(testJob({ errorRows: 3, allowPartial: true }))).toMatchObject({
      offerValidOnly: true,
      canSaveValidOnly: true,
    });
    expect(decisionOf(testJob({ errorRows: 3, allowPartial: false }))).toMatchObject({
      offerValidOnly: false,
      canSaveValidOnly: false,
    });
    // Every line wrong: the choice is shown but there is nothing to save.
    expect(decisionOf(testJob({ errorRows: 10 }))).toMatchObject({
      offerValidOnly: true,
      canSaveValidOnly: false,
    });
  });

  it('counts the lines a "valid only" save skipped', () => {
    expect(skippedRows(testJob({ status: 'committed', commitMode: 'valid_only', errorRows: 2 }))).toBe(2);
    expect(skippedRows(testJob({ status: 'committed', commitMode: 'all' }))).toBe(0);
  });

  it('shows an indeterminate bar until the file is read', () => {
    expect(progressOf(testJob({ totalRows: 0, processedRows: 0 }))).toEqual({ value: 0, max: 0 });
    expect(progressOf(testJob({ totalRows: 200, processedRows: 50 }))).toEqual({ value: 50, max: 200 });
  });
});
