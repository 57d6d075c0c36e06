import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { login, loginCitizen } from '../../api/endpoints.ts';
import type { User } from '../../api/types.ts';
import { LoginField } from './LoginField.tsx';
import { credentialProblem, loginErrorMessage } from './loginErrorMessage.ts';
import type { LoginMode } from './loginErrorMessage.ts';

/** Staff sign in with username + password, citizens with NIK + PIN; the form shape is the same. */
export function LoginForm({ mode, onSignedIn }: { mode: LoginMode; onSignedIn: (user: User) => void }) {
  const { t } = useTranslation();
  const ids = useId();
  const [identifier, setIdentifier] = useState('');
  const [secret, setSecret] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const citizen = mode === 'citizen';
  const errorId = error ? `${ids}-error` : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const problem = credentialProblem(mode, identifier, secret);
    if (problem) {
      setError(t(problem));
      return;
    }
    setSending(true);
    setError(null);
    try {
      const user = citizen
        ? await loginCitizen(identifier.trim(), secret)
        : await login(identifier.trim(), secret);
      onSignedIn(user);
    } catch (caught) {
      setError(loginErrorMessage(caught, mode, t));
      setSecret(''); // never leave a rejected password sitting in the field
      setSending(false);
    }
  };

  return (
    <form className="login-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={sending}>
      {error && (
        <p className="notice notice-error" role="alert" id={errorId}>
          {error}
        </p>
      )}
      <LoginField
        id={`${ids}-identifier`}
        label={citizen ? t('login.nik') : t('login.username')}
        hint={citizen ? t('login.nikHint') : undefined}
        errorId={errorId}
        name={citizen ? 'nik' : 'username'}
        type="text"
        inputMode={citizen ? 'numeric' : undefined}
        maxLength={citizen ? 16 : 100}
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        required
        value={identifier}
        onValueChange={setIdentifier}
      />
      <LoginField
        id={`${ids}-secret`}
        label={citizen ? t('login.pin') : t('login.password')}
        hint={citizen ? t('login.pinHint') : undefined}
        errorId={errorId}
        name={citizen ? 'pin' : 'password'}
        type="password"
        inputMode={citizen ? 'numeric' : undefined}
        maxLength={citizen ? 6 : 200}
        autoComplete="current-password"
        required
        value={secret}
        onValueChange={setSecret}
      />
      <button type="submit" className="button button-primary button-block" disabled={sending}>
        {sending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}
