// One Regsosek answer as a form control, by how the question is answered (domain Answer): a select of its
// codes, checkboxes for a summed answer (411, 426, 431a, 431f), a whole number, or text. Labels in the
// reader's language, Bahasa Indonesia first.
import type { Answer, CodeList } from '@smart-kampung/domain';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/index.ts';
import { FormField } from '../../../ui/FormField.tsx';
import '../../../i18n/lazy/welfareFacts.ts';

interface AnswerFieldProps {
  name: string;
  label: string;
  answer: Answer | { kind: 'yes_no' };
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  disabled?: boolean;
}

const labelOf = (entry: { id: string; en: string }) => (currentLanguage() === 'en' ? entry.en : entry.id);

function CodeOptions({ codes }: { codes: CodeList }) {
  return (
    <>
      {codes.map((entry) => (
        <option key={entry.code} value={entry.code}>
          {entry.code}. {labelOf(entry)}
        </option>
      ))}
    </>
  );
}

export function AnswerField({
  name,
  label,
  answer,
  value,
  onChange,
  error,
  hint,
  disabled,
}: AnswerFieldProps) {
  const { t } = useTranslation();
  if (answer.kind === 'sum') {
    const sum = value === '' ? null : Number(value);
    const alone = answer.codes.alone.find((entry) => entry.code === sum);
    const toggle = (code: number, on: boolean) => {
      const flags = sum === null || alone ? 0 : sum;
      onChange(String(on ? flags | code : flags & ~code));
    };
    return (
      <fieldset
        className="field welfare-sum"
        data-field={name}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
      >
        <legend>{label}</legend>
        {hint && <p className="field-hint">{hint}</p>}
        {answer.codes.flags.map((flag) => (
          <label key={flag.code} className="checkbox-field">
            <input
              type="checkbox"
              checked={sum !== null && !alone && (sum & flag.code) !== 0}
              onChange={(event) => toggle(flag.code, event.target.checked)}
            />
            <span>{labelOf(flag)}</span>
          </label>
        ))}
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={sum === 0}
            onChange={(event) => onChange(event.target.checked ? '0' : '')}
          />
          <span>{labelOf(answer.codes.none)}</span>
        </label>
        {answer.codes.alone.map((entry) => (
          <label key={entry.code} className="checkbox-field">
            <input
              type="checkbox"
              checked={sum === entry.code}
              onChange={(event) => onChange(event.target.checked ? String(entry.code) : '')}
            />
            <span>{labelOf(entry)}</span>
          </label>
        ))}
        {error && <p className="field-error">{error}</p>}
      </fieldset>
    );
  }
  return (
    <FormField label={label} name={name} error={error} hint={hint}>
      {(control) =>
        answer.kind === 'code' || answer.kind === 'yes_no' ? (
          <select
            {...control}
            disabled={disabled}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          >
            <option value="">{t('welfareFacts.unknown')}</option>
            {answer.kind === 'code' ? (
              <CodeOptions codes={answer.codes} />
            ) : (
              <>
                <option value="true">{t('welfareFacts.yes')}</option>
                <option value="false">{t('welfareFacts.no')}</option>
              </>
            )}
          </select>
        ) : (
          <input
            {...control}
            disabled={disabled}
            inputMode={answer.kind === 'count' ? 'numeric' : 'text'}
            maxLength={answer.kind === 'count' ? String(answer.max).length : answer.maxLength}
            value={value}
            onChange={(event) =>
              onChange(answer.kind === 'count' ? event.target.value.replace(/\D/g, '') : event.target.value)
            }
          />
        )
      }
    </FormField>
  );
}
