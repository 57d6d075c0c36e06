import { useTranslation } from 'react-i18next';
import type { ControlProps } from './FormField.tsx';
import { currentLanguage } from '../i18n/index.ts';
import { labelText } from './codeLabel.ts';
import { codeOptions } from './codeLists.ts';
import type { CodeListName } from './codeLists.ts';
import { useCodeLists } from './useCodeLists.ts';

interface CodeSelectProps {
  control: ControlProps;
  list: CodeListName;
  value: string;
  onChange: (value: string) => void;
  /** Restrict the choices, e.g. SHDK without "Kepala Keluarga" for a birth. */
  filter?: (code: number) => boolean;
  disabled?: boolean;
}

/** A select filled from a server code list, labelled in the reader's language, with an empty first choice. */
export function CodeSelect({ control, list, value, onChange, filter, disabled }: CodeSelectProps) {
  const { t } = useTranslation();
  const { lists } = useCodeLists();
  const language = currentLanguage();
  const options = codeOptions(lists, list).filter((entry) => !filter || filter(entry.code));
  return (
    <select {...control} disabled={disabled} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{lists ? t('forms.choose') : t('app.loading')}</option>
      {/* Keep a stored value visible even before the list has loaded. */}
      {value !== '' && !options.some((entry) => String(entry.code) === value) && (
        <option value={value}>{value}</option>
      )}
      {options.map((entry) => (
        <option key={entry.code} value={entry.code}>
          {labelText(entry, language, list)}
        </option>
      ))}
    </select>
  );
}
