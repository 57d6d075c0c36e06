import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { correctResident } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../ui/FormField.tsx';
import { useRegionSearch } from '../shared/useRegionSearch.ts';
import { checkFullName, checkNik, checkPastDate, checkReason } from '../shared/validation.ts';
import { EventPageLayout } from './EventPageLayout.tsx';
import { FormButtons } from './FormButtons.tsx';
import { correctionChanges, draftFromResident } from './personDraft.ts';
import { PersonFieldset } from './PersonFieldset.tsx';
import { useEventForm } from './useEventForm.ts';

/** Koreksi data: fix a mistaken record. Only changed fields are sent, with the reason, and history keeps both. */
export function CorrectionForm({ resident }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const form = useEventForm('changes.');
  const [original] = useState(() => draftFromResident(resident));
  const [draft, setDraft] = useState(original);
  const [reason, setReason] = useState('');
  const [nothingChanged, setNothingChanged] = useState(false);
  const back = `/penduduk/${resident.villageCode}/${resident.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = correctionChanges(original, draft);
    const empty = Object.keys(changes).length === 0;
    setNothingChanged(empty);
    if (empty) return;
    form.submit(
      {
        reason: checkReason(reason),
        'changes.nik': draft.nik.trim() === '' ? null : checkNik(draft.nik),
        'changes.fullName': checkFullName(draft.fullName),
        'changes.birthDate': checkPastDate(draft.birthDate),
      },
      async () => {
        await correctResident(resident.villageCode, resident.id, { reason: reason.trim(), changes });
        await navigate({ pathname: back, search }, { state: { notice: t('population.correction.done') } });
      },
    );
  };

  return (
    <EventPageLayout
      title={t('population.correction.title')}
      subtitle={resident.fullName}
      backTo={back}
      backLabel={t('population.nav.backToResident')}
    >
      <form className="panel form-stack" onSubmit={submit} noValidate>
        <p>{t('population.correction.intro')}</p>
        <FormErrorSummary messages={form.general} fieldCount={form.fieldCount} />
        {nothingChanged && (
          <p className="notice notice-info" role="status">
            {t('population.correction.nothingChanged')}
          </p>
        )}
        <PersonFieldset
          legend={t('population.correction.fields')}
          draft={draft}
          onChange={setDraft}
          prefix="changes."
          errorFor={form.errorFor}
          mode="correction"
          showRelationship
        />
        <FormField
          label={t('population.correction.reason')}
          name="reason"
          hint={t('population.correction.reasonHint')}
          error={form.errorFor('reason')}
          required
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={300}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </FormField>
        <FormButtons busy={form.busy} submitLabel={t('population.correction.submit')} cancelTo={back} />
      </form>
    </EventPageLayout>
  );
}
