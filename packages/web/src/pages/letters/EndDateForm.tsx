import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/FormField.tsx';

interface EndDateFormProps {
  /** The date field's label, e.g. "Tanggal terakhir menjabat". */
  label: string;
  /** The field the server names in its error (termEnd, validTo), shown under the date. */
  name: string;
  error?: string | undefined;
  submitLabel: string;
  onSubmit: (date: string) => void;
  onCancel: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Ending something on a date, inline in its row: an official's term, a delegation. The date is the last day it
 * holds (from the next day the official no longer signs, the villages no longer issue the delegated letter);
 * today by default.
 */
export function EndDateForm({ label, name, error, submitLabel, onSubmit, onCancel }: EndDateFormProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  return (
    <form
      className="action-buttons end-date-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(date);
      }}
    >
      <FormField label={label} name={name} error={error}>
        {(control) => (
          <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        )}
      </FormField>
      <button type="submit" className="button button-danger-outline">
        {submitLabel}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('lettersAdmin.officials.cancel')}
      </button>
    </form>
  );
}
