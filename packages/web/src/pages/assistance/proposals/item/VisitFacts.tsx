// The family's Regsosek section V as the visitor finds it, prefilled with what the registry holds, so a visit
// that corrects two answers keeps the others (the server saves the section whole, with source "visit").
import {
  FAMILY_WELFARE_BLOCKS,
  FAMILY_WELFARE_FIELDS,
  FAMILY_WELFARE_VARIABLES,
} from '@smart-kampung/domain';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../../i18n/index.ts';
import { LoadError } from '../../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../../ui/useAsyncData.ts';
import { AnswerField } from '../../welfare-facts/AnswerField.tsx';
import { asText, booleanOrNull, numberOrNull } from '../../welfare-facts/useWelfareForm.ts';
import { fetchFamilyWelfare } from '../../welfare-facts/welfareApi.ts';
import '../../../../i18n/lazy/welfareFacts.ts';

const FIELDS = [...FAMILY_WELFARE_FIELDS];
const BOOLEAN = new Set<string>([
  ...FAMILY_WELFARE_VARIABLES.filter((v) => v.answer.kind === 'yes_no').map((v) => v.field),
  'lost_livelihood',
]);

/** The answers as the API takes them. */
export function familyFactsOf(values: Record<string, string>) {
  return Object.fromEntries(
    FIELDS.map((field) => [
      field,
      BOOLEAN.has(field) ? booleanOrNull(values[field] ?? '') : numberOrNull(values[field] ?? ''),
    ]),
  );
}

interface VisitFactsProps {
  villageCode: string;
  familyId: string;
  values: Record<string, string> | null;
  errors: Record<string, string>;
  onLoaded: (values: Record<string, string>) => void;
  onChange: (field: string, value: string) => void;
}

export function VisitFacts({ villageCode, familyId, values, errors, onLoaded, onChange }: VisitFactsProps) {
  const { t } = useTranslation();
  const english = currentLanguage() === 'en';
  const loaded = useAsyncData(`visit-facts ${familyId}`, async () => {
    const page = await fetchFamilyWelfare(villageCode, familyId);
    const initial = Object.fromEntries(FIELDS.map((field) => [field, asText(page.facts[field])]));
    onLoaded(initial);
    return initial;
  });
  if (loaded.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (loaded.status === 'error')
    return <LoadError title={t('welfareFacts.familyTitle')} error={loaded.error} onRetry={loaded.reload} />;
  const shown = values ?? loaded.data;
  return (
    <div className="form-stack" data-testid="visit-facts">
      {FAMILY_WELFARE_BLOCKS.map((block) => (
        <details key={block.block} className="form-section welfare-block" open={block.block === '502'}>
          <summary>
            {block.block}. {english ? block.en : block.id}
          </summary>
          <div className="form-grid">
            {FAMILY_WELFARE_VARIABLES.filter((v) => v.block === block.block).map((variable) => (
              <AnswerField
                key={variable.field}
                name={variable.field}
                label={`${variable.variable}. ${english ? variable.question.en : variable.question.id}`}
                answer={variable.answer}
                value={shown[variable.field] ?? ''}
                onChange={(value) => onChange(variable.field, value)}
                error={errors[variable.field]}
              />
            ))}
            {block.block === '505' && (
              <AnswerField
                name="lost_livelihood"
                label={t('welfareFacts.lostLivelihood')}
                answer={{ kind: 'yes_no' }}
                value={shown.lost_livelihood ?? ''}
                onChange={(value) => onChange('lost_livelihood', value)}
                error={errors.lost_livelihood}
              />
            )}
          </div>
        </details>
      ))}
    </div>
  );
}
