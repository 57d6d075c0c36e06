import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { correctResident } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { ReasonField } from '../../../ui/ReasonField.tsx';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { checkFullName, checkNik, checkPastDate, checkReason } from '../../../ui/validation.ts';
import { EventForm } from './EventForm.tsx';
import { EventPageLayout } from './EventPageLayout.tsx';
import { correctionChanges, draftFromResident } from './personDraft.ts';
import { PersonFieldset } from './PersonFieldset.tsx';
import { useEventForm } from './useEventForm.ts';
import '../../../i18n/lazy/populationEvents.ts';

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
      <EventForm
        form={form}
        intro={t('population.correction.intro')}
        onSubmit={submit}
        submitLabel={t('population.correction.submit')}
        cancelTo={back}
      >
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
        <ReasonField
          label={t('population.correction.reason')}
          hint={t('population.correction.reasonHint')}
          error={form.errorFor('reason')}
          value={reason}
          onChange={setReason}
        />
      </EventForm>
    </EventPageLayout>
  );
}
