import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fetchFamily, recordMerge } from '../../../api/population.ts';
import type { FamilyCard } from '../../../api/populationTypes.ts';
import { FormField } from '../../../ui/FormField.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { CodeSelect } from '../../../ui/CodeSelect.tsx';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { checkPastDate } from '../../../ui/validation.ts';
import { EventDateField } from '../../../ui/EventDateField.tsx';
import { EventForm } from './EventForm.tsx';
import { EventPageLayout } from './EventPageLayout.tsx';
import { FamilyPicker } from '../../../ui/FamilyPicker.tsx';
import { useEventForm } from './useEventForm.ts';
import '../../../i18n/lazy/populationEvents.ts';

const OTHER_RELATIVE = 9;

/** Gabung KK: every member of another card joins this one, each with a relationship to this card's head. */
export function MergeForm({ family }: { family: FamilyCard }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const form = useEventForm();
  const [fromId, setFromId] = useState<string | null>(null);
  const [relationships, setRelationships] = useState<Record<string, string>>({});
  const [date, setDate] = useState('');
  const from = useAsyncData(fromId, () => fetchFamily(family.villageCode, fromId ?? ''));
  const back = `/keluarga/${family.villageCode}/${family.id}`;
  const moving = from.status === 'success' ? from.data.members.filter((m) => m.status === 'present') : [];

  const relationshipOf = (id: string, current: number | null) =>
    relationships[id] ?? String(current === null || current === 1 ? OTHER_RELATIVE : current);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit({ fromFamilyId: fromId ? null : 'required', date: checkPastDate(date) }, async () => {
      await recordMerge(family.villageCode, {
        date,
        fromFamilyId: fromId ?? '',
        intoFamilyId: family.id,
        relationships: moving.map((m) => ({
          residentId: m.id,
          relationship: Number(relationshipOf(m.id, m.relationship)),
        })),
      });
      await navigate(
        { pathname: back, search },
        { state: { notice: t('population.merge.done', { n: moving.length }) } },
      );
    });
  };

  return (
    <EventPageLayout
      title={t('population.merge.title')}
      subtitle={t('population.birth.subtitle', { kk: family.kkMasked })}
      backTo={back}
      backLabel={t('population.nav.backToFamily')}
    >
      <EventForm
        form={form}
        intro={t('population.merge.intro')}
        onSubmit={submit}
        submitLabel={t('population.merge.submit')}
        cancelTo={back}
      >
        <fieldset className="form-section" data-field="fromFamilyId">
          <legend>{t('population.merge.from')}</legend>
          {fromId === null ? (
            <>
              <FamilyPicker villageCode={family.villageCode} excludeFamilyId={family.id} onPick={setFromId} />
              {form.errorFor('fromFamilyId') && (
                <p className="field-error">{t('population.merge.chooseFamily')}</p>
              )}
            </>
          ) : (
            <div className="form-stack">
              <p>
                {t('population.fields.kkNumber')}{' '}
                <span className="mono">{from.status === 'success' ? from.data.kkMasked : '…'}</span>{' '}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setFromId(null)}
                >
                  {t('population.merge.change')}
                </button>
              </p>
              {moving.map((member) => (
                <FormField
                  key={member.id}
                  label={member.fullName}
                  name={`relationships.${member.id}`}
                  hint={t('population.merge.relationshipHint')}
                >
                  {(control) => (
                    <CodeSelect
                      control={control}
                      list="kk_level"
                      filter={(code) => code !== 1}
                      value={relationshipOf(member.id, member.relationship)}
                      onChange={(value) => setRelationships({ ...relationships, [member.id]: value })}
                    />
                  )}
                </FormField>
              ))}
            </div>
          )}
        </fieldset>
        <EventDateField
          label={t('population.merge.date')}
          errorFor={form.errorFor}
          value={date}
          onChange={setDate}
        />
      </EventForm>
    </EventPageLayout>
  );
}
