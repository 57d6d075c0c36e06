import { FormField } from './FormField.tsx';
import type { FormFieldProps } from './FormField.tsx';
import { todayIso } from './todayIso.ts';

type DateFieldProps = Omit<FormFieldProps, 'children'> & {
  /** YYYY-MM-DD, or '' while empty. */
  value: string;
  onChange: (value: string) => void;
};

/** A FormField around a date input that cannot go past today (births, moves, deaths have already happened). */
export function DateField({ value, onChange, ...field }: DateFieldProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <input
          {...control}
          type="date"
          max={todayIso()}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
