import { newbornRelationship, NEWBORN_DEFAULTS } from '@smart-kampung/domain';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { checkBirth, recordBirth } from '../../../api/population.ts';
import type { BirthCheck, BirthInput, FamilyCard } from '../../../api/populationTypes.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { BirthFactsFieldset } from './BirthFactsFieldset.tsx';
import { checkBirthFacts, EMPTY_BIRTH_FACTS, toBirthFacts } from './birthDraft.ts';
import { EventForm } from './EventForm.tsx';
import { EventPageLayout } from './EventPageLayout.tsx';
import { checkNewPerson, EMPTY_PERSON, toPersonInput } from './personDraft.ts';
import type { PersonDraft } from './personDraft.ts';
import { PersonFieldset } from './PersonFieldset.tsx';
import { useEventForm } from './useEventForm.ts';
import '../../../i18n/lazy/populationEvents.ts';

const CHILD = 4;
const HEAD = 1;
type Member = FamilyCard['members'][number];

/**
 * The baby's parents and place on the card. Started from the mother's page (`?ibu=<id>`), she is the mother,
 * her husband on the card the father, and the baby her child (ANAK, or CUCU when she is the head's daughter).
 * Otherwise the head and the spouse, whoever is the father or the mother.
 */
function startFrom(family: FamilyCard, motherId: string | null): Partial<PersonDraft> & { mother?: Member } {
  const present = family.members.filter((m) => m.status === 'present');
  const head = present.find((m) => m.relationship === HEAD);
  const spouse = present.find((m) => m.relationship === 2 || m.relationship === 3);
  const mother = present.find((m) => m.id === motherId && m.sex === 2);
  const couple = !mother || mother === head || mother === spouse;
  const father = couple ? [head, spouse].find((m) => m?.sex === 1) : undefined;
  const relationship = mother ? newbornRelationship(mother.relationship) : CHILD;
  return {
    mother,
    fatherName: father?.fullName ?? '',
    motherName: (mother ?? [head, spouse].find((m) => m?.sex === 2))?.fullName ?? '',
    relationship: String(relationship ?? CHILD),
  };
}

/** The warnings as the reader reads them. */
const warningTexts = (warnings: BirthCheck['warnings']) =>
  warnings.map((w) => (currentLanguage() === 'id' ? w.message : w.message_en));

/**
 * Kelahiran: a newborn joins this family card. The NIK may be left empty (it is usually issued later); the
 * NIK's warnings are shown before saving, and the operator saves again to accept them.
 */
export function BirthForm({ family }: { family: FamilyCard }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const [params] = useSearchParams();
  const form = useEventForm();
  const [{ mother, ...start }] = useState(() => startFrom(family, params.get('ibu')));
  const [draft, setDraft] = useState<PersonDraft>(() => ({
    ...EMPTY_PERSON,
    occupation: String(NEWBORN_DEFAULTS.occupation),
    educationKk: String(NEWBORN_DEFAULTS.educationKk),
    maritalStatus: String(NEWBORN_DEFAULTS.maritalStatus),
    ...start,
  }));
  const [facts, setFacts] = useState(EMPTY_BIRTH_FACTS);
  // The warnings the operator has seen for exactly this input; any change asks the server again.
  const [review, setReview] = useState<{ key: string; warnings: BirthCheck['warnings'] } | null>(null);
  const back = `/keluarga/${family.villageCode}/${family.id}`;

  const body = (): BirthInput => {
    const { nik, ...person } = toPersonInput(draft);
    return {
      ...person,
      ...(nik === '' ? {} : { nik }),
      familyId: family.id,
      relationship: Number(draft.relationship),
      birth: toBirthFacts(facts),
    };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checks = { ...checkNewPerson(draft, '', true, true), ...checkBirthFacts(facts) };
    form.submit(checks, async () => {
      const input = body();
      const key = JSON.stringify(input);
      if (review?.key !== key) {
        const { warnings } = await checkBirth(family.villageCode, input);
        // "Awaiting NIK" is what an empty NIK means, not a doubt to confirm.
        const doubts = warnings.filter((w) => w.code !== 'NIK_TEMPORARY');
        if (doubts.length > 0) {
          setReview({ key, warnings: doubts });
          return;
        }
      }
      const saved = await recordBirth(family.villageCode, input);
      const name = draft.fullName.trim().toUpperCase();
      const notes = [
        t('population.birth.done', { name }),
        ...(saved.temporaryNik ? [t('population.birth.temporaryDone', { nik: saved.nikMasked })] : []),
      ];
      const warnings = warningTexts(saved.warnings.filter((w) => w.code !== 'NIK_TEMPORARY'));
      await navigate({ pathname: back, search }, { state: { notice: notes.join(' '), warnings } });
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
        intro={
          mother
            ? `${t('population.birth.fromMother', { name: mother.fullName })} ${t('population.birth.intro')}`
            : t('population.birth.intro')
        }
        onSubmit={submit}
        submitLabel={review ? t('population.birth.saveAnyway') : t('population.birth.submit')}
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
          nikOptionalHint={t('population.birth.nikHint')}
        />
        <BirthFactsFieldset draft={facts} onChange={setFacts} errorFor={form.errorFor} />
        {review && (
          <div className="notice notice-warning" role="alert" data-testid="birth-warnings">
            <p className="notice-title">{t('population.birth.checkTitle')}</p>
            <p>{t('population.birth.checkIntro')}</p>
            <ul>
              {warningTexts(review.warnings).map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        )}
      </EventForm>
    </EventPageLayout>
  );
}
