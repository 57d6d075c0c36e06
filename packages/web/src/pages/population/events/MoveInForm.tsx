import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { recordMoveIn } from '../../../api/population.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { checkKk, checkOneHead, checkPastDate, checkPlace } from '../../../ui/validation.ts';
import type { ValidationKey } from '../../../ui/validation.ts';
import { AddressFields } from '../../../ui/AddressFields.tsx';
import { EMPTY_ADDRESS, toAddressInput } from '../../../ui/addressDraft.ts';
import { EventDateField } from '../../../ui/EventDateField.tsx';
import { EventForm } from './EventForm.tsx';
import { KkNumberField } from '../../../ui/KkNumberField.tsx';
import { MoveInMembers } from './MoveInMembers.tsx';
import { MoveInTarget } from './MoveInTarget.tsx';
import { checkNewPerson, EMPTY_PERSON, toPersonInput } from './personDraft.ts';
import type { PersonDraft } from './personDraft.ts';
import { PlaceField } from '../../../ui/PlaceField.tsx';
import { useEventForm } from './useEventForm.ts';
import '../../../i18n/lazy/populationEvents.ts';

interface MoveInFormProps {
  villageCode: string;
  presetFamilyId: string | null;
}

export function MoveInForm({ villageCode, presetFamilyId }: MoveInFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const form = useEventForm('', { KK_ALREADY_REGISTERED: 'family.kkNumber' });
  const [date, setDate] = useState('');
  const [origin, setOrigin] = useState('');
  const [familyId, setFamilyId] = useState<string | null>(presetFamilyId);
  const [newFamily, setNewFamily] = useState(presetFamilyId === null);
  const [kk, setKk] = useState('');
  const [address, setAddress] = useState(EMPTY_ADDRESS);
  const [members, setMembers] = useState<PersonDraft[]>([
    { ...EMPTY_PERSON, relationship: presetFamilyId === null ? '1' : '' },
  ]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checks: Record<string, ValidationKey | null> = {
      date: checkPastDate(date),
      origin: checkPlace(origin),
      ...(newFamily ? { 'family.kkNumber': checkKk(kk) } : { familyId: familyId ? null : 'required' }),
      ...(newFamily ? { members: checkOneHead(members.map((m) => m.relationship)) } : {}),
      ...members.reduce<Record<string, ValidationKey | null>>(
        (all, member, i) => ({ ...all, ...checkNewPerson(member, `members.${i}.`, true) }),
        {},
      ),
    };
    form.submit(checks, async () => {
      const result = await recordMoveIn(villageCode, {
        date,
        origin: origin.trim(),
        familyId: newFamily ? null : familyId,
        family: newFamily ? { kkNumber: kk.trim(), ...toAddressInput(address) } : null,
        members: members.map((m) => ({ ...toPersonInput(m), relationship: Number(m.relationship) })),
      });
      await navigate(
        { pathname: `/keluarga/${villageCode}/${result.familyId}`, search },
        { state: { notice: t('population.moveIn.done', { n: result.residentIds.length }) } },
      );
    });
  };

  return (
    <EventForm
      form={form}
      intro={t('population.moveIn.intro')}
      onSubmit={submit}
      submitLabel={t('population.moveIn.submit')}
      cancelTo="/penduduk"
      testId="move-in-form"
    >
      <div className="form-grid">
        <EventDateField
          label={t('population.moveIn.date')}
          errorFor={form.errorFor}
          value={date}
          onChange={setDate}
        />
        <PlaceField
          label={t('population.moveIn.origin')}
          name="origin"
          hint={t('population.moveIn.originHint')}
          error={form.errorFor('origin')}
          value={origin}
          onChange={setOrigin}
        />
      </div>
      <MoveInTarget
        villageCode={villageCode}
        newFamily={newFamily}
        onNewFamily={setNewFamily}
        familyId={familyId}
        onFamily={setFamilyId}
        errorFor={form.errorFor}
      >
        <div className="form-grid">
          <KkNumberField
            label={t('population.moveIn.kkNumber')}
            name="family.kkNumber"
            error={form.errorFor('family.kkNumber')}
            value={kk}
            onChange={setKk}
          />
        </div>
        <AddressFields
          legend={t('population.moveIn.address')}
          value={address}
          onChange={setAddress}
          prefix="family."
          errorFor={form.errorFor}
        />
      </MoveInTarget>
      <MoveInMembers members={members} onChange={setMembers} errorFor={form.errorFor} />
    </EventForm>
  );
}
