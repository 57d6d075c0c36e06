// Where an import stands, as the wizard shows it: five numbered steps, then the result. The job's status
// decides the step; only "review" and "decide" (both on a ready job) are the operator's own choice.
import type { CommitMode, ImportJob } from '../../api/imports.ts';

export const WIZARD_STEPS = ['choose', 'checking', 'review', 'decide', 'saving'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export type WizardView =
  | { step: WizardStep }
  | { step: 'done' }
  /** Stopped with the job's failure, at the step where it happened (checking, or saving). */
  | { step: 'failed'; at: 'checking' | 'saving' }
  | { step: 'cancelled' };

export function wizardView(job: ImportJob | null, deciding: boolean): WizardView {
  if (!job) return { step: 'choose' };
  switch (job.status) {
    case 'validating':
      return { step: 'checking' };
    case 'ready':
      return { step: deciding ? 'decide' : 'review' };
    case 'committing':
      return { step: 'saving' };
    case 'committed':
      return { step: 'done' };
    case 'failed':
      // A failed commit keeps the mode the operator chose; a failed check never had one.
      return { step: 'failed', at: job.commitMode ? 'saving' : 'checking' };
    case 'cancelled':
      return { step: 'cancelled' };
  }
}

/** The number shown for a step (1–5), and whether the stepper marks it done, current or still to come. */
export function stepState(step: WizardStep, view: WizardView): 'done' | 'current' | 'failed' | 'todo' {
  if (view.step === 'done') return 'done';
  if (view.step === 'cancelled') return 'todo';
  const index = WIZARD_STEPS.indexOf(step);
  const at = WIZARD_STEPS.indexOf(view.step === 'failed' ? view.at : view.step);
  if (index < at) return 'done';
  if (index > at) return 'todo';
  return view.step === 'failed' ? 'failed' : 'current';
}

export interface Decision {
  /** Lines without an error: what "save the valid lines only" writes. */
  validRows: number;
  /** "Save all" needs a file without a single error. */
  canSaveAll: boolean;
  /** Offered only where the importer lets lines stand alone, and only when it would leave some out. */
  offerValidOnly: boolean;
  canSaveValidOnly: boolean;
}

export function decisionOf(job: ImportJob): Decision {
  const validRows = Math.max(0, job.totalRows - job.errorRows);
  const offerValidOnly = job.allowPartial && job.errorRows > 0;
  return {
    validRows,
    canSaveAll: job.errorRows === 0,
    offerValidOnly,
    canSaveValidOnly: offerValidOnly && validRows > 0,
  };
}

/** Lines an import saved with mode valid_only left out: those with errors. */
export function skippedRows(job: ImportJob): number {
  const mode: CommitMode | null = job.commitMode;
  return job.status === 'committed' && mode === 'valid_only' ? job.errorRows : 0;
}

/** The job's progress (0..1 from the server) as a bar's value and maximum; no total yet: indeterminate. */
export function progressOf(job: ImportJob): { value: number; max: number } {
  return job.totalRows > 0 ? { value: job.processedRows, max: job.totalRows } : { value: 0, max: 0 };
}

/** A step's number, from the same list the step bar numbers: a section title can never disagree with it. */
export const stepNumber = (step: WizardStep): number => WIZARD_STEPS.indexOf(step) + 1;
