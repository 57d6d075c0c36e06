import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField.tsx';
import type { AddressDraft } from './addressDraft.ts';

interface AddressFieldsProps {
  legend: string;
  value: AddressDraft;
  onChange: (value: AddressDraft) => void;
  /** e.g. `family.` for the move-in form. */
  prefix: string;
  errorFor: (field: string) => string | undefined;
}

/** Address of a family card: street/house, dusun, RW and RT. */
export function AddressFields({ legend, value, onChange, prefix, errorFor }: AddressFieldsProps) {
  const { t } = useTranslation();
  const set = (changes: Partial<AddressDraft>) => onChange({ ...value, ...changes });
  const digits = (text: string) => text.replace(/\D/g, '').slice(0, 3);

  return (
    <fieldset className="form-section">
      <legend>{legend}</legend>
      <div className="form-grid">
        <FormField
          className="span-2"
          label={t('population.fields.address')}
          name={`${prefix}address`}
          error={errorFor(`${prefix}address`)}
        >
          {(control) => (
            <input
              {...control}
              maxLength={300}
              value={value.address}
              onChange={(e) => set({ address: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          label={t('population.fields.dusun')}
          name={`${prefix}dusun`}
          error={errorFor(`${prefix}dusun`)}
        >
          {(control) => (
            <input
              {...control}
              maxLength={60}
              value={value.dusun}
              onChange={(e) => set({ dusun: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          label="RW"
          name={`${prefix}rw`}
          error={errorFor(`${prefix}rw`)}
          hint={t('population.forms.rtRwHint')}
        >
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              value={value.rw}
              onChange={(e) => set({ rw: digits(e.target.value) })}
            />
          )}
        </FormField>
        <FormField
          label="RT"
          name={`${prefix}rt`}
          error={errorFor(`${prefix}rt`)}
          hint={t('population.forms.rtRwHint')}
        >
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              value={value.rt}
              onChange={(e) => set({ rt: digits(e.target.value) })}
            />
          )}
        </FormField>
      </div>
    </fieldset>
  );
}
