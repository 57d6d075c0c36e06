import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { recordDeath } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { TextField } from '../../../ui/TextField.tsx';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { checkPastDate } from '../../../ui/validation.ts';
import { EventDateField } from '../../../ui/EventDateField.tsx';
import { EventForm } from './EventForm.tsx';
import { EventPageLayout } from './EventPageLayout.tsx';
import { useEventForm } from './useEventForm.ts';
import '../../../i18n/lazy/populationEvents.ts';

/** Catat kematian: date (required), place and cause. The record stays, with status "Meninggal". */
export function DeathForm({ resident }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const form = useEventForm();
  const [date, setDate] = useState('');
  const [place, setPlace] = useState('');
  const [cause, setCause] = useState('');
  const back = `/penduduk/${resident.villageCode}/${resident.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit({ date: checkPastDate(date) }, async () => {
      await recordDeath(resident.villageCode, resident.id, {
        date,
        place: place.trim() || null,
        cause: cause.trim() || null,
      });
      await navigate({ pathname: back, search }, { state: { notice: t('population.death.done') } });
    });
  };

  return (
    <EventPageLayout
      title={t('population.death.title')}
      subtitle={resident.fullName}
      backTo={back}
      backLabel={t('population.nav.backToResident')}
    >
      <EventForm
        form={form}
        intro={t('population.death.intro')}
        onSubmit={submit}
        submitLabel={t('population.death.submit')}
        cancelTo={back}
      >
        <div className="form-grid">
          <EventDateField
            label={t('population.death.date')}
            errorFor={form.errorFor}
            value={date}
            onChange={setDate}
          />
          <TextField
            label={t('population.death.place')}
            name="place"
            error={form.errorFor('place')}
            maxLength={120}
            value={place}
            onChange={setPlace}
          />
          <TextField
            label={t('population.death.cause')}
            name="cause"
            error={form.errorFor('cause')}
            maxLength={200}
            value={cause}
            onChange={setCause}
          />
        </div>
      </EventForm>
    </EventPageLayout>
  );
}
