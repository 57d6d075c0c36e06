import { useTranslation } from 'react-i18next';
import type { LoginMode } from './loginErrorMessage.ts';

const MODES: readonly LoginMode[] = ['staff', 'citizen'];

/** Staff or citizen sign-in. Two pressed/unpressed buttons: simple, and clear to screen readers. */
export function LoginModeSwitch({
  mode,
  onChange,
}: {
  mode: LoginMode;
  onChange: (mode: LoginMode) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="login-mode" role="group" aria-label={t('login.modeLabel')}>
      {MODES.map((option) => (
        <button
          key={option}
          type="button"
          className="login-mode-option"
          aria-pressed={mode === option}
          onClick={() => onChange(option)}
        >
          {option === 'staff' ? t('login.staffMode') : t('login.citizenMode')}
        </button>
      ))}
    </div>
  );
}
