import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { recordBirth } from '../../../api/population.ts';
import type { FamilyCard } from '../../../api/populationTypes.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { EventForm } from './EventForm.tsx';
import { EventPageLayout } from './EventPageLayout.tsx';
import { checkNewPerson, EMPTY_PERSON, toPersonInput } from './personDraft.ts';
import type { PersonDraft } from './personDraft.ts';
import { PersonFieldset } from './PersonFieldset.tsx';
import { useEventForm } from './useEventForm.ts';

const CHILD = '4';
const HEAD = 1;

/** Parents' names from the card: the head and the spouse, whoever is the father or the mother. */
function parentsFrom(family: FamilyCard): Partial<PersonDraft> {
  const present = family.members.filter((m) => m.status === 'present');
  const head = present.find((m) => m.relationship === HEAD);
  const spouse = present.find((m) => m.relationship === 2 || m.relationship === 3);
  const father = [head, spouse].find((m) => m?.sex === 1);
  const mother = [head, spouse].find((m) => m?.sex === 2);
  return { fatherName: father?.fullName ?? '', motherName: mother?.fullName ?? '' };
}

/** Kelahiran: a newborn joins this family card (as ANAK unless chosen otherwise). */
export function BirthForm({ family }: { family: FamilyCard }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const form = useEventForm();
  const [draft, setDraft] = useState<PersonDraft>(() => ({
    ...EMPTY_PERSON,
    relationship: CHILD,
    ...parentsFrom(family),
  }));
  const back = `/keluarga/${family.villageCode}/${family.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(checkNewPerson(draft, '', true), async () => {
      await recordBirth(family.villageCode, {
        ...toPersonInput(draft),
        familyId: family.id,
        relationship: Number(draft.relationship),
      });
      await navigate(
        { pathname: back, search },
        { state: { notice: t('population.birth.done', { name: draft.fullName.trim() }) } },
      );
    });
  };

  return (
    <EventPageLayout
      title={t('population.birth.title')}
      subtitle={t('population.birth.subtitle', { kk: family.kkMasked })}
      backTo={back}
      backLabel={t('population.nav.backToFamily')}
      testId="birth-form"
    >
      <EventForm
        form={form}
        intro={t('population.birth.intro')}
        onSubmit={submit}
        submitLabel={t('population.birth.submit')}
        cancelTo={back}
      >
        <PersonFieldset
          legend={t('population.birth.child')}
          draft={draft}
          onChange={setDraft}
          prefix=""
          errorFor={form.errorFor}
          mode="new"
          showRelationship
          relationshipFilter={(code) => code !== HEAD}
        />
      </EventForm>
    </EventPageLayout>
  );
}
