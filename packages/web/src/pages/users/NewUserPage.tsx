import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { createStaffAccount } from '../../api/users.ts';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ancestorAt, levelOfCode } from '../../regions/regionCodes.ts';
import { useSelectedRegion } from '../../regions/useSelectedRegion.ts';
import { FormErrorSummary } from '../../ui/FormErrorSummary.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { splitServerErrors } from '../../ui/formErrors.ts';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { AssignmentFields } from './AssignmentFields.tsx';
import { PasswordField } from './PasswordField.tsx';
import {
  areaFieldsFor,
  areaLevelForRole,
  DISPLAY_NAME_MAX,
  EMPTY_DRAFT,
  needsAgency,
  toNewStaffAccount,
  USERNAME_MAX,
  validateNewUser,
} from './userRules.ts';
import type { NewUserDraft } from './userRules.ts';
import '../../i18n/lazy/users.ts';

/** The draft starts in the area chosen in the header, so "add an operator for this village" is quick. */
function initialDraft(selected: string): NewUserDraft {
  return {
    ...EMPTY_DRAFT,
    districtCode: ancestorAt(selected, 'district') ?? '',
    villageCode: levelOfCode(selected) === 'village' ? selected : '',
  };
}

/**
 * Tambah pengguna. Each field is checked when it is left and again on submit; whatever the server still
 * refuses (a taken user name, an area of the wrong level) is shown beside the field it is about.
 */
export function NewUserPage() {
  const { t } = useTranslation();
  const admin = useCurrentUser();
  const navigate = useNavigate();
  const location = useLocation();
  const { code } = useSelectedRegion();
  const [draft, setDraft] = useState<NewUserDraft>(() => initialDraft(code));
  const [attempted, setAttempted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  // What the last refused submit said; null once everything it pointed at has been put right.
  const [summary, setSummary] = useState<{ general: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const back = { pathname: '/pengguna', search: location.search };

  const problems = validateNewUser(draft);
  const errorFor = (field: string): string | undefined => {
    const problem = problems[field];
    if (problem && (attempted || touched.has(field))) return t(`users.validation.${problem}`);
    return serverErrors[field];
  };

  /** A change clears what the server said about the changed fields; the browser's checks run live. */
  const change = (changes: Partial<NewUserDraft>, fields: string[]) => {
    setDraft((current) => ({ ...current, ...changes }));
    setServerErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([field]) => !fields.includes(field))),
    );
  };
  // An empty field is not an error yet when the user merely tabs past it; the submit catches it.
  const touch = (field: string, value: string) => () => {
    if (value !== '' && !touched.has(field)) setTouched(new Set(touched).add(field));
  };

  const role = draft.role;
  const level = role === '' ? null : areaLevelForRole(role);
  const areaFields = areaFieldsFor(role);
  const onScreen = new Set<string>(['displayName', 'username', 'password', 'role', ...areaFields]);
  if (needsAgency(role)) onScreen.add('agency');
  if (level === 'regency') onScreen.add('areaCode');

  // The summary counts the fields still marked. It closes once there are none (and the server said nothing
  // beyond them) and does not reopen while typing, so it never takes the focus from a field being edited.
  const markedCount = [...onScreen].filter((field) => errorFor(field) !== undefined).length;
  if (summary !== null && markedCount === 0 && summary.general.length === 0) setSummary(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setServerErrors({});
    const count = Object.keys(problems).length;
    setSummary({ general: [] });
    if (count > 0 || role === '') {
      // Bring the first problem into view; the summary at the top says how many there are.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const account = toNewStaffAccount(draft, role, admin.areaCode);
    setBusy(true);
    createStaffAccount(account).then(
      () =>
        navigate(back, {
          state: {
            notice: t('users.create.done', { name: account.displayName, username: account.username }),
          },
        }),
      (error: unknown) => {
        setBusy(false);
        const split = splitServerErrors(error, currentLanguage(), (field) =>
          onScreen.has(field) ? field : null,
        );
        if (error instanceof ApiError && error.code === 'USERNAME_TAKEN')
          split.fields.username = error.message;
        setServerErrors(split.fields);
        setSummary({ general: split.general });
        requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      },
    );
  };

  return (
    <div className="page form-page users-form-page" data-testid="new-user-page">
      <Link className="back-link" to={back}>
        <span aria-hidden="true">‹ </span>
        {t('users.create.back')}
      </Link>
      <header className="page-header">
        <h1 className="page-title">{t('users.create.title')}</h1>
        <p className="page-subtitle">{t('users.create.subtitle')}</p>
      </header>

      <form className="panel form-stack" onSubmit={submit} noValidate data-testid="new-user-form">
        {summary !== null && <FormErrorSummary messages={summary.general} fieldCount={markedCount} />}

        <fieldset className="form-section">
          <legend>{t('users.create.account')}</legend>
          <div className="form-grid">
            <FormField
              label={t('users.fields.displayName')}
              name="displayName"
              error={errorFor('displayName')}
              hint={t('users.create.displayNameHint')}
              required
            >
              {(control) => (
                <input
                  {...control}
                  autoComplete="off"
                  maxLength={DISPLAY_NAME_MAX}
                  value={draft.displayName}
                  onChange={(e) => change({ displayName: e.target.value }, ['displayName'])}
                  onBlur={touch('displayName', draft.displayName)}
                />
              )}
            </FormField>
            <FormField
              label={t('users.fields.username')}
              name="username"
              error={errorFor('username')}
              hint={t('users.create.usernameHint')}
              required
            >
              {(control) => (
                <input
                  {...control}
                  className="mono"
                  autoComplete="off"
                  autoCapitalize="none"
                  autoCorrect="off"
                  spellCheck={false}
                  maxLength={USERNAME_MAX}
                  value={draft.username}
                  // User names are stored in lower case; typing them so avoids a surprise at sign-in.
                  onChange={(e) => change({ username: e.target.value.toLowerCase() }, ['username'])}
                  onBlur={touch('username', draft.username)}
                />
              )}
            </FormField>
            <PasswordField
              value={draft.password}
              error={errorFor('password')}
              onChange={(password) => change({ password }, ['password'])}
              onBlur={touch('password', draft.password)}
            />
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('users.create.assignment')}</legend>
          <div className="form-grid">
            <AssignmentFields
              draft={draft}
              admin={admin}
              errorFor={errorFor}
              areaServerError={serverErrors.areaCode}
              change={change}
            />
          </div>
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('forms.saving') : t('users.create.submit')}
          </button>
          <Link className="button button-secondary" to={back}>
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
