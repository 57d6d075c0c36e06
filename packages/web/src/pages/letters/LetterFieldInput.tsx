import { useTranslation } from 'react-i18next';
import type { LetterField } from '../../api/letters.ts';
import { FormField } from '../../ui/FormField.tsx';

/** One typed field of a letter as its template declares it: text, long text, number, date, time or a choice. */
export function LetterFieldInput({
  field,
  value,
  error,
  onChange,
}: {
  field: LetterField;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormField label={field.label} name={`fields.${field.key}`} error={error} required={field.required}>
      {(control) => {
        switch (field.type) {
          case 'textarea':
            return (
              <textarea
                {...control}
                rows={3}
                maxLength={1000}
                value={value}
                onChange={(e) => onChange(e.target.value)}
              />
            );
          case 'select':
            return (
              <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
                <option value="">{t('letters.issue.choose')}</option>
                {(field.options ?? []).map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            );
          case 'number':
            return (
              <input
                {...control}
                inputMode="decimal"
                value={value}
                onChange={(e) => onChange(e.target.value)}
              />
            );
          case 'date':
          case 'time':
            return (
              <input
                {...control}
                type={field.type}
                value={value}
                onChange={(e) => onChange(e.target.value)}
              />
            );
          case 'text':
            return (
              <input {...control} maxLength={200} value={value} onChange={(e) => onChange(e.target.value)} />
            );
        }
      }}
    </FormField>
  );
}
