import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/FormField.tsx';
import { PASSWORD_MAX } from './userRules.ts';
import '../../i18n/lazy/users.ts';

interface PasswordFieldProps {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/**
 * The initial password, hidden by default, with a button to show it: the admin types it once and must be
 * able to check it before handing it over.
 */
export function PasswordField({ value, error, onChange, onBlur }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <FormField
      label={t('users.create.password')}
      name="password"
      error={error}
      hint={t('users.create.passwordHint')}
      required
    >
      {(control) => (
        <div className="password-input">
          <input
            {...control}
            type={shown ? 'text' : 'password'}
            autoComplete="new-password"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            maxLength={PASSWORD_MAX}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          />
          <button
            type="button"
            className="button button-secondary password-toggle"
            aria-controls={control.id}
            data-testid="password-toggle"
            onClick={() => setShown((current) => !current)}
          >
            {shown ? t('users.create.hidePassword') : t('users.create.showPassword')}
          </button>
        </div>
      )}
    </FormField>
  );
}
