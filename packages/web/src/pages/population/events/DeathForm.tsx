import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { recordDeath } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../ui/FormField.tsx';
import { todayIso } from '../shared/format.ts';
import { useRegionSearch } from '../shared/useRegionSearch.ts';
import { checkPastDate } from '../shared/validation.ts';
import { EventPageLayout } from './EventPageLayout.tsx';
import { FormButtons } from './FormButtons.tsx';
import { useEventForm } from './useEventForm.ts';

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
      <form className="panel form-stack" onSubmit={submit} noValidate>
        <p>{t('population.death.intro')}</p>
        <FormErrorSummary messages={form.general} fieldCount={form.fieldCount} />
        <div className="form-grid">
          <FormField label={t('population.death.date')} name="date" error={form.errorFor('date')} required>
            {(control) => (
              <input
                {...control}
                type="date"
                max={todayIso()}
                value={date}
                onChange={(e) => setDate(e.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('population.death.place')} name="place" error={form.errorFor('place')}>
            {(control) => (
              <input {...control} maxLength={120} value={place} onChange={(e) => setPlace(e.target.value)} />
            )}
          </FormField>
          <FormField label={t('population.death.cause')} name="cause" error={form.errorFor('cause')}>
            {(control) => (
              <input {...control} maxLength={200} value={cause} onChange={(e) => setCause(e.target.value)} />
            )}
          </FormField>
        </div>
        <FormButtons busy={form.busy} submitLabel={t('population.death.submit')} cancelTo={back} />
      </form>
    </EventPageLayout>
  );
}
