import type { InputHTMLAttributes } from 'react';
import { FormField } from './FormField.tsx';
import type { FormFieldProps } from './FormField.tsx';

export type TextFieldProps = Omit<FormFieldProps, 'children'> &
  Pick<InputHTMLAttributes<HTMLInputElement>, 'maxLength' | 'inputMode' | 'autoComplete'> & {
    value: string;
    onChange: (value: string) => void;
  };

/** A FormField around a single-line text input; `onChange` receives the typed text. */
export function TextField({ value, onChange, maxLength, inputMode, autoComplete, ...field }: TextFieldProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <input
          {...control}
          inputMode={inputMode}
          autoComplete={autoComplete}
          maxLength={maxLength}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  );
}
