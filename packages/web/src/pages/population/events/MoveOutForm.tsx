import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { recordMoveOut } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { checkPastDate, checkPlace } from '../../../ui/validation.ts';
import { EventDateField } from '../../../ui/EventDateField.tsx';
import { EventForm } from './EventForm.tsx';
import { EventPageLayout } from './EventPageLayout.tsx';
import { PlaceField } from '../../../ui/PlaceField.tsx';
import { useEventForm } from './useEventForm.ts';
import '../../../i18n/lazy/populationEvents.ts';

/** Pindah keluar: alone, or with the whole family (the head can only leave with everyone, or after a split). */
export function MoveOutForm({ resident }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const form = useEventForm();
  const [date, setDate] = useState('');
  const [destination, setDestination] = useState('');
  const [wholeFamily, setWholeFamily] = useState(resident.relationship === 1);
  const back = `/penduduk/${resident.villageCode}/${resident.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit({ date: checkPastDate(date), destination: checkPlace(destination) }, async () => {
      const { moved } = await recordMoveOut(resident.villageCode, resident.id, {
        date,
        destination: destination.trim(),
        wholeFamily,
      });
      await navigate(
        { pathname: back, search },
        { state: { notice: t('population.moveOut.done', { n: moved }) } },
      );
    });
  };

  return (
    <EventPageLayout
      title={t('population.moveOut.title')}
      subtitle={resident.fullName}
      backTo={back}
      backLabel={t('population.nav.backToResident')}
    >
      <EventForm
        form={form}
        intro={t('population.moveOut.intro')}
        onSubmit={submit}
        submitLabel={t('population.moveOut.submit')}
        cancelTo={back}
      >
        <div className="form-grid">
          <EventDateField
            label={t('population.moveOut.date')}
            errorFor={form.errorFor}
            value={date}
            onChange={setDate}
          />
          <PlaceField
            label={t('population.moveOut.destination')}
            name="destination"
            hint={t('population.moveOut.destinationHint')}
            error={form.errorFor('destination')}
            value={destination}
            onChange={setDestination}
          />
        </div>
        <label className="checkbox-field" data-field="wholeFamily">
          <input type="checkbox" checked={wholeFamily} onChange={(e) => setWholeFamily(e.target.checked)} />
          <span>
            {t('population.moveOut.wholeFamily')}
            <span className="field-hint">{t('population.moveOut.wholeFamilyHint')}</span>
          </span>
        </label>
      </EventForm>
    </EventPageLayout>
  );
}
