import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateStaffAccount } from '../../api/users.ts';
import type { StaffAccount } from '../../api/users.ts';
import { useCurrentUser } from '../../auth/useAuth.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { FormErrorSummary } from '../../ui/FormErrorSummary.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { splitServerErrors } from '../../ui/formErrors.ts';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { AssignmentFields } from './AssignmentFields.tsx';
import { DISPLAY_NAME_MAX, draftOfAccount, toAccountEdit, validateAccount } from './userRules.ts';
import type { AccountDraft } from './userRules.ts';
import '../../i18n/lazy/users.ts';

interface AccountEditFormProps {
  account: StaffAccount;
  onSaved: (account: StaffAccount) => void;
}

/**
 * Name, role, agency and area of an existing account. A new role or area signs the person out (the server
 * ends their sessions), so the form says so before saving; one's own role and area stay as they are.
 */
export function AccountEditForm({ account, onSaved }: AccountEditFormProps) {
  const { t } = useTranslation();
  const admin = useCurrentUser();
  const own = admin.id === account.id;
  const [draft, setDraft] = useState<AccountDraft>(() => draftOfAccount(account));
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  const problems = validateAccount(draft);
  const errorFor = (field: string): string | undefined => {
    const problem = problems[field];
    if (problem && attempted) return t(`users.validation.${problem}`);
    return serverErrors[field];
  };
  const fields = ['displayName', 'role', 'agency', 'district', 'areaCode'];
  const markedCount = fields.filter((field) => errorFor(field) !== undefined).length;

  const change = (changes: Partial<AccountDraft>, changed: string[]) => {
    setDraft((current) => ({ ...current, ...changes }));
    setServerErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([field]) => !changed.includes(field))),
    );
  };

  const role = draft.role;
  const edit = role === '' ? null : toAccountEdit(draft, role, admin.areaCode);
  const reassigned =
    edit !== null &&
    (edit.role !== account.role || edit.areaCode !== account.areaCode || edit.agency !== account.agency);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setGeneral([]);
    if (Object.keys(problems).length > 0 || edit === null) return;
    setBusy(true);
    // One's own role and area are not the admin's to change: only the name is sent.
    updateStaffAccount(account.id, own ? { displayName: edit.displayName } : edit).then(
      (saved) => {
        setBusy(false);
        setGeneral(null);
        onSaved(saved);
      },
      (error: unknown) => {
        setBusy(false);
        const split = splitServerErrors(error, currentLanguage(), (field) =>
          fields.includes(field) ? field : null,
        );
        setServerErrors(split.fields);
        setGeneral(split.general);
      },
    );
  };

  return (
    <form className="panel form-stack" onSubmit={submit} noValidate data-testid="account-edit-form">
      <h2 className="section-title">{t('users.account.editTitle')}</h2>
      {general !== null && (markedCount > 0 || general.length > 0) && (
        <FormErrorSummary messages={general} fieldCount={markedCount} />
      )}
      <div className="form-grid">
        <FormField
          label={t('users.fields.displayName')}
          name="displayName"
          error={errorFor('displayName')}
          required
        >
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              maxLength={DISPLAY_NAME_MAX}
              value={draft.displayName}
              onChange={(e) => change({ displayName: e.target.value }, ['displayName'])}
            />
          )}
        </FormField>
        {own ? (
          <p className="field-hint">{t('users.account.ownAssignment')}</p>
        ) : (
          <AssignmentFields
            draft={draft}
            admin={admin}
            errorFor={errorFor}
            areaServerError={serverErrors.areaCode}
            change={change}
          />
        )}
      </div>
      {reassigned && !own && (
        <p className="notice notice-warning" role="note" data-testid="reassign-warning">
          {t('users.account.reassignWarning')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('forms.saving') : t('users.account.save')}
        </button>
      </div>
    </form>
  );
}
