import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HousingColumn } from '@smart-kampung/domain';
import type { HousingFollowUp } from '../../../api/populationTypes.ts';
import { FormField } from '../../../ui/FormField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { CodeSelect } from '../../../ui/CodeSelect.tsx';
import { getHousingFollowUps } from '../../../ui/codeLists.ts';
import { setHousingAnswer, skippedFollowUps } from './followUps.ts';
import { CONDITIONAL_HINTS, HOUSING_GROUPS } from './housingGroups.ts';

interface HousingFieldsetsProps {
  value: Record<HousingColumn, string>;
  onChange: (value: Record<HousingColumn, string>) => void;
  errorFor: (field: string) => string | undefined;
}

/** The Regsosek housing facts as selects from the code lists, plus the floor area in square metres. */
export function HousingFieldsets({ value, onChange, errorFor }: HousingFieldsetsProps) {
  const { t } = useTranslation();
  const [followUps, setFollowUps] = useState<HousingFollowUp[]>([]);
  useEffect(() => {
    let current = true;
    // Without them the form still works; the server refuses a skipped follow-up on save.
    getHousingFollowUps().then(
      (loaded) => current && setFollowUps(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  const set = (column: HousingColumn, text: string) =>
    onChange(setHousingAnswer(value, column, text, followUps));
  const skipped = skippedFollowUps(value, followUps);

  return (
    <fieldset className="form-section form-stack">
      <legend>{t('population.householdEdit.housing')}</legend>
      <p className="field-hint">{t('population.householdEdit.housingIntro')}</p>
      {HOUSING_GROUPS.map((group) => (
        <div key={group.key} className="form-subsection">
          <h3 className="form-subsection-title">{t(`population.householdEdit.${group.key}`)}</h3>
          <div className="form-grid">
            {group.columns.map((column: HousingColumn) => {
              const name = `housing.${column}`;
              if (column === 'floor_area_m2') {
                return (
                  <TextField
                    key={column}
                    label={t('population.householdEdit.floorAreaLabel')}
                    name={name}
                    hint={t('population.householdEdit.floorAreaHint')}
                    error={errorFor(name)}
                    inputMode="numeric"
                    maxLength={4}
                    value={value[column]}
                    onChange={(text) => set(column, text.replace(/\D/g, ''))}
                  />
                );
              }
              const hint = CONDITIONAL_HINTS[column];
              const isSkipped = skipped.has(column);
              return (
                <FormField
                  key={column}
                  label={t(`population.housing.${column}`)}
                  name={name}
                  hint={
                    isSkipped ? t('population.householdEdit.followUpSkipped') : hint ? t(hint) : undefined
                  }
                  error={errorFor(name)}
                >
                  {(control) => (
                    <CodeSelect
                      control={control}
                      disabled={isSkipped}
                      list={column}
                      value={value[column]}
                      onChange={(code) => set(column, code)}
                    />
                  )}
                </FormField>
              );
            })}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
