import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { changeOwnPassword } from '../../api/endpoints.ts';
import { useAuth, useCurrentUser } from '../../auth/useAuth.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { FormErrorSummary } from '../../ui/FormErrorSummary.tsx';
import { FormField } from '../../ui/FormField.tsx';
import type { ControlProps } from '../../ui/FormField.tsx';
import { splitServerErrors } from '../../ui/formErrors.ts';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { StatusPage } from '../StatusPage.tsx';
import { PASSWORD_MAX, PASSWORD_MIN } from '../users/userRules.ts';

type Field = 'currentPassword' | 'newPassword' | 'repeatPassword';
type Problem = 'required' | 'tooShort' | 'notNew' | 'noMatch';

/** What the browser can tell before sending: the server checks the current password and says so per field. */
export function passwordChangeProblems(draft: Record<Field, string>): Partial<Record<Field, Problem>> {
  const problems: Partial<Record<Field, Problem>> = {};
  if (draft.currentPassword === '') problems.currentPassword = 'required';
  if (draft.newPassword.length < PASSWORD_MIN) problems.newPassword = 'tooShort';
  else if (draft.newPassword === draft.currentPassword) problems.newPassword = 'notNew';
  if (draft.repeatPassword !== draft.newPassword) problems.repeatPassword = 'noMatch';
  return problems;
}

/** The page at /kata-sandi: a citizen signs in with a PIN the village office issues, and has no password. */
export function ChangePasswordRoute() {
  const user = useCurrentUser();
  return user.role === 'citizen' ? <StatusPage kind="forbidden" /> : <ChangePasswordPage />;
}

/**
 * Ganti kata sandi. After the admin reset the password (or created the account), this is the only page the
 * app shows until the owner chose their own: the one-time password is known to two people.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { signedIn, signOut } = useAuth();
  const navigate = useNavigate();
  const required = user.passwordChangeRequired;
  const [draft, setDraft] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    repeatPassword: '',
  });
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  const problems = passwordChangeProblems(draft);
  const errorFor = (field: Field): string | undefined => {
    const problem = attempted ? problems[field] : undefined;
    return problem ? t(`account.password.problems.${problem}`) : serverErrors[field];
  };
  const marked = (['currentPassword', 'newPassword', 'repeatPassword'] as const).filter((f) => errorFor(f));

  const change = (field: Field, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setServerErrors(({ [field]: _dropped, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setGeneral([]);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    changeOwnPassword(draft.currentPassword, draft.newPassword).then(
      (profile) => {
        signedIn(profile);
        void navigate('/', { replace: true, state: { notice: t('account.password.done') } });
      },
      (error: unknown) => {
        setBusy(false);
        const split = splitServerErrors(error, currentLanguage(), (field) =>
          field === 'currentPassword' || field === 'newPassword' ? field : null,
        );
        setServerErrors(split.fields);
        setGeneral(split.general);
      },
    );
  };

  const input = (field: Field, autoComplete: string) =>
    function PasswordInput(control: ControlProps) {
      return (
        <input
          {...control}
          type="password"
          autoComplete={autoComplete}
          maxLength={PASSWORD_MAX}
          value={draft[field]}
          onChange={(e) => change(field, e.target.value)}
        />
      );
    };

  return (
    <div className="page form-page account-password-page" data-testid="change-password-page">
      <header className="page-header">
        <h1 className="page-title">{t('account.password.title')}</h1>
        <p className="page-subtitle">
          {required ? t('account.password.requiredIntro') : t('account.password.intro')}
        </p>
      </header>
      <form className="panel form-stack" onSubmit={submit} noValidate data-testid="change-password-form">
        {general !== null && (marked.length > 0 || general.length > 0) && (
          <FormErrorSummary messages={general} fieldCount={marked.length} />
        )}
        <FormField
          label={required ? t('account.password.oneTime') : t('account.password.current')}
          name="currentPassword"
          error={errorFor('currentPassword')}
          required
        >
          {input('currentPassword', 'current-password')}
        </FormField>
        <FormField
          label={t('account.password.new')}
          name="newPassword"
          error={errorFor('newPassword')}
          hint={t('account.password.newHint')}
          required
        >
          {input('newPassword', 'new-password')}
        </FormField>
        <FormField
          label={t('account.password.repeat')}
          name="repeatPassword"
          error={errorFor('repeatPassword')}
          required
        >
          {input('repeatPassword', 'new-password')}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('forms.saving') : t('account.password.submit')}
          </button>
          {required && (
            <button type="button" className="button button-secondary" onClick={() => void signOut()}>
              {t('header.logout')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
