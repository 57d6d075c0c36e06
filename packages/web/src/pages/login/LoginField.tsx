import type { InputHTMLAttributes } from 'react';

interface LoginFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  id: string;
  label: string;
  hint?: string;
  errorId?: string;
  onValueChange: (value: string) => void;
}

/** A labelled input with an optional hint; hint and form error are announced together with the field. */
export function LoginField({ id, label, hint, errorId, onValueChange, ...inputProps }: LoginFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', errorId ?? ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={id}
        {...inputProps}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}
