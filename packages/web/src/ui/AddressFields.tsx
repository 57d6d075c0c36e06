import { useTranslation } from 'react-i18next';
import { TextField } from './TextField.tsx';
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
        <TextField
          className="span-2"
          label={t('population.fields.address')}
          name={`${prefix}address`}
          error={errorFor(`${prefix}address`)}
          maxLength={300}
          value={value.address}
          onChange={(address) => set({ address })}
        />
        <TextField
          label={t('population.fields.dusun')}
          name={`${prefix}dusun`}
          error={errorFor(`${prefix}dusun`)}
          maxLength={60}
          value={value.dusun}
          onChange={(dusun) => set({ dusun })}
        />
        <TextField
          label="RW"
          name={`${prefix}rw`}
          error={errorFor(`${prefix}rw`)}
          hint={t('population.forms.rtRwHint')}
          inputMode="numeric"
          value={value.rw}
          onChange={(rw) => set({ rw: digits(rw) })}
        />
        <TextField
          label="RT"
          name={`${prefix}rt`}
          error={errorFor(`${prefix}rt`)}
          hint={t('population.forms.rtRwHint')}
          inputMode="numeric"
          value={value.rt}
          onChange={(rt) => set({ rt: digits(rt) })}
        />
      </div>
    </fieldset>
  );
}
