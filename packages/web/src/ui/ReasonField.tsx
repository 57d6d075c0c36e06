import { FormField } from './FormField.tsx';

interface ReasonFieldProps {
  label: string;
  hint?: string | undefined;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** The required "why" of a sensitive action or a correction: a short free text kept in the history. */
export function ReasonField({ label, hint, error, value, onChange }: ReasonFieldProps) {
  return (
    <FormField label={label} name="reason" error={error} hint={hint} required>
      {(control) => (
        <textarea
          {...control}
          rows={3}
          maxLength={300}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
