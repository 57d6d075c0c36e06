import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { recordMoveOut } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../ui/FormField.tsx';
import { todayIso } from '../shared/format.ts';
import { useRegionSearch } from '../shared/useRegionSearch.ts';
import { checkPastDate, checkPlace } from '../shared/validation.ts';
import { EventPageLayout } from './EventPageLayout.tsx';
import { FormButtons } from './FormButtons.tsx';
import { useEventForm } from './useEventForm.ts';

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
      <form className="panel form-stack" onSubmit={submit} noValidate>
        <p>{t('population.moveOut.intro')}</p>
        <FormErrorSummary messages={form.general} fieldCount={form.fieldCount} />
        <div className="form-grid">
          <FormField label={t('population.moveOut.date')} name="date" error={form.errorFor('date')} required>
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
          <FormField
            className="span-2"
            label={t('population.moveOut.destination')}
            name="destination"
            hint={t('population.moveOut.destinationHint')}
            error={form.errorFor('destination')}
            required
          >
            {(control) => (
              <input
                {...control}
                maxLength={300}
                value={destination}
                onChange={(e) => setDestination(e.target.value)}
              />
            )}
          </FormField>
        </div>
        <label className="checkbox-field" data-field="wholeFamily">
          <input type="checkbox" checked={wholeFamily} onChange={(e) => setWholeFamily(e.target.checked)} />
          <span>
            {t('population.moveOut.wholeFamily')}
            <span className="field-hint">{t('population.moveOut.wholeFamilyHint')}</span>
          </span>
        </label>
        <FormButtons busy={form.busy} submitLabel={t('population.moveOut.submit')} cancelTo={back} />
      </form>
    </EventPageLayout>
  );
}
