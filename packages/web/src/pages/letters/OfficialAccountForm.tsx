import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Official, StaffAccount } from '../../api/lettersAdmin.ts';
import { FormField } from '../../ui/FormField.tsx';

interface OfficialAccountFormProps {
  official: Official;
  /** The village desk's active accounts (null while they load). */
  accounts: StaffAccount[] | null;
  error?: string | undefined;
  onSubmit: (userId: string | null) => void;
  onCancel: () => void;
}

/**
 * Which staff account is this official: the account that signs (and, for the Sekretaris Desa, verifies) the
 * village's letter requests as them, confirming with its own password. Inline in the official's row.
 */
export function OfficialAccountForm({
  official,
  accounts,
  error,
  onSubmit,
  onCancel,
}: OfficialAccountFormProps) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState(official.account?.id ?? '');
  return (
    <form
      className="action-buttons official-account-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (userId) onSubmit(userId);
      }}
    >
      <FormField
        label={t('lettersAdmin.officials.accountChoose')}
        name="userId"
        error={error}
        hint={t('lettersAdmin.officials.accountHint')}
        required
      >
        {(control) => (
          <select
            {...control}
            value={userId}
            disabled={!accounts}
            onChange={(e) => setUserId(e.target.value)}
          >
            <option value="">{accounts ? t('lettersAdmin.officials.accountPick') : t('app.loading')}</option>
            {accounts?.map((account) => (
              <option key={account.id} value={account.id}>
                {account.displayName} ({account.username}, {t(`roles.${account.role}`)})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button button-primary" disabled={!userId}>
        {t('lettersAdmin.officials.save')}
      </button>
      {official.account && (
        <button type="button" className="button button-danger-outline" onClick={() => onSubmit(null)}>
          {t('lettersAdmin.officials.accountUnlink')}
        </button>
      )}
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('lettersAdmin.officials.cancel')}
      </button>
    </form>
  );
}
