import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchVillageRecipients } from '../../../../api/myProposals.ts';
import { formatRtRw } from '../../../../ui/format.ts';
import { FormField } from '../../../../ui/FormField.tsx';
import { LoadError } from '../../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../../ui/useAsyncData.ts';
import '../../../../i18n/lazy/myProposals.ts';

interface RecipientPickerProps {
  programId: string;
  value: string;
  error: string | undefined;
  onChange: (enrolmentId: string) => void;
}

/**
 * The program's current recipients in the citizen's village, masked as Cek Bansos masks them, narrowed by RW
 * first: a village has hundreds of recipients and a masked name alone is hard to find in a long list. Loaded
 * only once a program is chosen, so the form's first visit stays small.
 */
export function RecipientPicker({ programId, value, error, onChange }: RecipientPickerProps) {
  const { t } = useTranslation();
  const recipients = useAsyncData(programId ? `recipients ${programId}` : null, () =>
    fetchVillageRecipients(programId),
  );
  const [rw, setRw] = useState('');
  if (!programId) return null;
  if (recipients.status === 'loading')
    return (
      <p className="muted" role="status">
        {t('app.loading')}
      </p>
    );
  if (recipients.status === 'error')
    return (
      <LoadError
        title={t('myProposals.form.recipientsFailed')}
        error={recipients.error}
        onRetry={recipients.reload}
      />
    );
  const items = recipients.data.items;
  if (items.length === 0) return <p className="notice notice-info">{t('myProposals.form.noRecipients')}</p>;
  const rws = [...new Set(items.map((r) => r.rw).filter((v): v is string => !!v))].sort();
  const shown = rw ? items.filter((r) => r.rw === rw) : items;
  return (
    <>
      {rws.length > 1 && (
        <FormField label={t('myProposals.form.recipientRw')} name="recipientRw">
          {(control) => (
            <select {...control} value={rw} onChange={(event) => (setRw(event.target.value), onChange(''))}>
              <option value="">{t('myProposals.form.allRw')}</option>
              {rws.map((code) => (
                <option key={code} value={code}>
                  RW {code}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField
        label={t('myProposals.form.recipient')}
        name="enrolmentId"
        hint={t('myProposals.form.recipientHint')}
        error={error}
        required
      >
        {(control) => (
          <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">{t('myProposals.form.choose')}</option>
            {shown.map((r) => (
              <option key={r.enrolmentId} value={r.enrolmentId}>
                {[r.name ?? '—', formatRtRw(r.rt, r.rw)].filter(Boolean).join(' · ')}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}
