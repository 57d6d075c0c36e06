import { useTranslation } from 'react-i18next';
import { CodeSelect } from '../../../ui/CodeSelect.tsx';
import type { CodeListName } from '../../../ui/codeLists.ts';
import { FormField } from '../../../ui/FormField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import type { BirthFactsDraft } from './birthDraft.ts';
import '../../../i18n/lazy/populationEvents.ts';

interface BirthFactsFieldsetProps {
  draft: BirthFactsDraft;
  onChange: (draft: BirthFactsDraft) => void;
  errorFor: (field: string) => string | undefined;
}

const CODED: [keyof BirthFactsDraft, CodeListName][] = [
  ['placeType', 'tempat_dilahirkan'],
  ['attendant', 'penolong_kelahiran'],
  ['birthType', 'jenis_kelahiran'],
];

/** What the birth certificate letter asks about the birth itself: time, place, attendant, size, order. */
export function BirthFactsFieldset({ draft, onChange, errorFor }: BirthFactsFieldsetProps) {
  const { t } = useTranslation();
  const set = (changes: Partial<BirthFactsDraft>) => onChange({ ...draft, ...changes });
  const numeric = (key: 'weightGrams' | 'lengthCm' | 'birthOrder', decimals = false) => (
    <TextField
      label={t(`population.birth.facts.${key}`)}
      name={`birth.${key}`}
      error={errorFor(`birth.${key}`)}
      inputMode={decimals ? 'decimal' : 'numeric'}
      autoComplete="off"
      maxLength={5}
      value={draft[key]}
      onChange={(value) => set({ [key]: value.replace(decimals ? /[^\d.,]/g : /\D/g, '') })}
    />
  );

  return (
    <fieldset className="form-section" data-testid="birth-facts">
      <legend>{t('population.birth.facts.legend')}</legend>
      <p className="field-hint">{t('population.birth.facts.hint')}</p>
      <div className="form-grid">
        <FormField
          label={t('population.birth.facts.birthTime')}
          name="birth.birthTime"
          error={errorFor('birth.birthTime')}
        >
          {(control) => (
            <input
              {...control}
              type="time"
              value={draft.birthTime}
              onChange={(event) => set({ birthTime: event.target.value })}
            />
          )}
        </FormField>
        {CODED.map(([key, list]) => (
          <FormField
            key={key}
            label={t(`population.birth.facts.${key}`)}
            name={`birth.${key}`}
            error={errorFor(`birth.${key}`)}
          >
            {(control) => (
              <CodeSelect
                control={control}
                list={list}
                value={draft[key]}
                onChange={(value) => set({ [key]: value })}
              />
            )}
          </FormField>
        ))}
        {numeric('weightGrams')}
        {numeric('lengthCm', true)}
        {numeric('birthOrder')}
      </div>
    </fieldset>
  );
}
