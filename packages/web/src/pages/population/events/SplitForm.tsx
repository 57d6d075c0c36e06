import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { recordSplit } from '../../../api/population.ts';
import type { FamilyCard } from '../../../api/populationTypes.ts';
import { useCodeLists } from '../../../ui/useCodeLists.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { checkKk, checkPastDate } from '../../../ui/validation.ts';
import { AddressFields } from '../../../ui/AddressFields.tsx';
import { toAddressInput } from '../../../ui/addressDraft.ts';
import type { AddressDraft } from '../../../ui/addressDraft.ts';
import { EventDateField } from '../../../ui/EventDateField.tsx';
import { EventForm } from './EventForm.tsx';
import { EventPageLayout } from './EventPageLayout.tsx';
import { KkNumberField } from '../../../ui/KkNumberField.tsx';
import { useEventForm } from './useEventForm.ts';
import '../../../i18n/lazy/populationEvents.ts';

/** Pecah KK: some members leave this card for a new one, with its own number, head and (optionally) address. */
export function SplitForm({ family }: { family: FamilyCard }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const { label } = useCodeLists();
  const form = useEventForm('', { KK_ALREADY_REGISTERED: 'newKkNumber' });
  const members = family.members.filter((m) => m.status === 'present');
  const [selected, setSelected] = useState<string[]>([]);
  const [headId, setHeadId] = useState('');
  const [kk, setKk] = useState('');
  const [date, setDate] = useState('');
  const [address, setAddress] = useState<AddressDraft>({
    dusun: family.dusun ?? '',
    rw: family.rw ?? '',
    rt: family.rt ?? '',
    address: family.address ?? '',
  });
  const back = `/keluarga/${family.villageCode}/${family.id}`;

  const toggle = (id: string, on: boolean) => {
    setSelected(on ? [...selected, id] : selected.filter((s) => s !== id));
    if (!on && headId === id) setHeadId('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(
      {
        memberIds: selected.length === 0 ? 'required' : null,
        newHeadId: headId === '' || !selected.includes(headId) ? 'required' : null,
        newKkNumber: checkKk(kk),
        date: checkPastDate(date),
      },
      async () => {
        const { familyId } = await recordSplit(family.villageCode, {
          date,
          fromFamilyId: family.id,
          newKkNumber: kk.trim(),
          memberIds: selected,
          newHeadId: headId,
          ...toAddressInput(address),
        });
        await navigate(
          { pathname: `/keluarga/${family.villageCode}/${familyId}`, search },
          { state: { notice: t('population.split.done') } },
        );
      },
    );
  };

  return (
    <EventPageLayout
      title={t('population.split.title')}
      subtitle={t('population.split.subtitle', { kk: family.kkMasked })}
      backTo={back}
      backLabel={t('population.nav.backToFamily')}
    >
      <EventForm
        form={form}
        intro={t('population.split.intro')}
        onSubmit={submit}
        submitLabel={t('population.split.submit')}
        cancelTo={back}
      >
        <fieldset
          className="form-section"
          data-field="memberIds"
          aria-invalid={form.errorFor('memberIds') ? true : undefined}
        >
          <legend>{t('population.split.members')}</legend>
          <ul className="choice-list">
            {members.map((member) => (
              <li key={member.id} className="choice-row">
                <label className="checkbox-field">
                  <input
                    type="checkbox"
                    checked={selected.includes(member.id)}
                    onChange={(e) => toggle(member.id, e.target.checked)}
                  />
                  <span>
                    {member.fullName}
                    <span className="field-hint">{label('kk_level', member.relationship)}</span>
                  </span>
                </label>
                <label className="radio-field" data-field={member.id === headId ? 'newHeadId' : undefined}>
                  <input
                    type="radio"
                    name="newHeadId"
                    disabled={!selected.includes(member.id)}
                    checked={headId === member.id}
                    onChange={() => setHeadId(member.id)}
                  />
                  <span>{t('population.split.newHead')}</span>
                </label>
              </li>
            ))}
          </ul>
          {form.errorFor('memberIds') && <p className="field-error">{t('population.split.chooseMembers')}</p>}
          {form.errorFor('newHeadId') && (
            <p className="field-error" data-field="newHeadId">
              {t('population.split.chooseHead')}
            </p>
          )}
        </fieldset>
        <div className="form-grid">
          <KkNumberField
            label={t('population.split.newKk')}
            name="newKkNumber"
            error={form.errorFor('newKkNumber')}
            value={kk}
            onChange={setKk}
          />
          <EventDateField
            label={t('population.split.date')}
            errorFor={form.errorFor}
            value={date}
            onChange={setDate}
          />
        </div>
        <AddressFields
          legend={t('population.split.address')}
          value={address}
          onChange={setAddress}
          prefix=""
          errorFor={form.errorFor}
        />
      </EventForm>
    </EventPageLayout>
  );
}
