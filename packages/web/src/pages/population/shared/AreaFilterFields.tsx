import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField.tsx';
import type { AreaFilters } from '../../../ui/listUrl.ts';

interface AreaFilterFieldsProps {
  area: AreaFilters;
  onChange: (changes: Partial<AreaFilters>) => void;
}

/** Digits only, as RW and RT numbers are typed on a phone's number pad. */
export const numericInput = (value: string, max: number) => value.replace(/\D/g, '').slice(0, max);

/** Dusun, RW and RT: the cells of a list's filter grid that narrow it to a part of the village. */
export function AreaFilterFields({ area, onChange }: AreaFilterFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField label={t('population.fields.dusun')} name="dusun">
        {(control) => (
          <input
            {...control}
            maxLength={60}
            value={area.dusun}
            onChange={(event) => onChange({ dusun: event.target.value })}
          />
        )}
      </FormField>
      <FormField label="RW" name="rw">
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={area.rw}
            onChange={(event) => onChange({ rw: numericInput(event.target.value, 3) })}
          />
        )}
      </FormField>
      <FormField label="RT" name="rt">
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={area.rt}
            onChange={(event) => onChange({ rt: numericInput(event.target.value, 3) })}
          />
        )}
      </FormField>
    </>
  );
}
