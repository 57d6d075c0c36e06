import { useTranslation } from 'react-i18next';
import { TextField } from './TextField.tsx';

interface KkNumberFieldProps {
  label: string;
  /** Field path, e.g. `family.kkNumber`. */
  name: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** The 16-digit family card number of a new card; anything but digits is dropped as it is typed. */
export function KkNumberField({ label, name, error, value, onChange }: KkNumberFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label}
      name={name}
      hint={t('population.forms.kkHint')}
      error={error}
      required
      inputMode="numeric"
      maxLength={16}
      value={value}
      onChange={(text) => onChange(text.replace(/\D/g, ''))}
    />
  );
}
