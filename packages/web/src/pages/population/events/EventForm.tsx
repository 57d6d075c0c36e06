import type { FormEvent, ReactNode } from 'react';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import { FormButtons } from '../../../ui/FormButtons.tsx';
import type { useEventForm } from './useEventForm.ts';
import '../../../i18n/lazy/populationEvents.ts';

interface EventFormProps {
  form: ReturnType<typeof useEventForm>;
  intro: string;
  onSubmit: (event: FormEvent) => void;
  submitLabel: string;
  cancelTo: string;
  testId?: string;
  children: ReactNode;
}

/** The frame of every registry event form: intro, error summary, the fields, then save and cancel. */
export function EventForm({
  form,
  intro,
  onSubmit,
  submitLabel,
  cancelTo,
  testId,
  children,
}: EventFormProps) {
  return (
    <form className="panel form-stack" onSubmit={onSubmit} noValidate data-testid={testId}>
      <p>{intro}</p>
      <FormErrorSummary messages={form.general} fieldCount={form.fieldCount} />
      {children}
      <FormButtons busy={form.busy} submitLabel={submitLabel} cancelTo={cancelTo} />
    </form>
  );
}
