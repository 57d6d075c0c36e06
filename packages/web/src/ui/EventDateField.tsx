import { DateField } from './DateField.tsx';

interface EventDateFieldProps {
  label: string;
  errorFor: (field: string) => string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** The required `date` on which the recorded event happened (today or earlier). */
export function EventDateField({ label, errorFor, value, onChange }: EventDateFieldProps) {
  return (
    <DateField
      label={label}
      name="date"
      error={errorFor('date')}
      required
      value={value}
      onChange={onChange}
    />
  );
}
