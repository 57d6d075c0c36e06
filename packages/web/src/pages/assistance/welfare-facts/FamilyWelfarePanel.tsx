// Section V of the Regsosek form for one family (assets 502, land and another house 503, livestock 504,
// internet 505 and account 506), on the family card's page, grouped like the form. 501 (programs received)
// is not here: programs are enrolments, kept on the program pages. Read-only for those who may only read.
import {
  FAMILY_WELFARE_BLOCKS,
  FAMILY_WELFARE_FIELDS,
  FAMILY_WELFARE_VARIABLES,
} from '@smart-kampung/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/index.ts';
import { AnswerField } from './AnswerField.tsx';
import { RecordedNote } from './RecordedNote.tsx';
import { SaveBar } from './SaveBar.tsx';
import { WelfareFactsSection } from './WelfareFactsSection.tsx';
import { asText, booleanOrNull, numberOrNull, useWelfareForm } from './useWelfareForm.ts';
import { fetchFamilyWelfare, saveFamilyWelfare, type FamilyWelfarePage } from './welfareApi.ts';
import './welfare-facts.css';
import '../../../i18n/lazy/welfareFacts.ts';

const BOOLEAN = new Set<string>([
  ...FAMILY_WELFARE_VARIABLES.filter((v) => v.answer.kind === 'yes_no').map((v) => v.field),
  'lost_livelihood',
]);

export function FamilyWelfarePanel(props: { villageCode: string; familyId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <WelfareFactsSection
      name="family"
      title={t('welfareFacts.familyTitle')}
      cacheKey={`welfare/${props.villageCode}/${props.familyId}`}
      load={() => fetchFamilyWelfare(props.villageCode, props.familyId)}
    >
      {(page) => <FamilyForm {...props} page={page} />}
    </WelfareFactsSection>
  );
}

function FamilyForm({
  villageCode,
  familyId,
  canWrite,
  page,
}: {
  villageCode: string;
  familyId: string;
  canWrite: boolean;
  page: FamilyWelfarePage;
}) {
  const { t } = useTranslation();
  const english = currentLanguage() === 'en';
  const [recorded, setRecorded] = useState({ source: page.source, updatedAt: page.updatedAt });
  const form = useWelfareForm(
    Object.fromEntries(FAMILY_WELFARE_FIELDS.map((field) => [field, asText(page.facts[field])])),
  );
  const save = () =>
    form.submit(async () => {
      const next = await saveFamilyWelfare(villageCode, familyId, {
        source: form.source,
        facts: Object.fromEntries(
          FAMILY_WELFARE_FIELDS.map((field) => [
            field,
            BOOLEAN.has(field) ? booleanOrNull(form.values[field]!) : numberOrNull(form.values[field]!),
          ]),
        ),
      });
      setRecorded({ source: next.source, updatedAt: next.updatedAt });
    });
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <RecordedNote recorded={recorded} />
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
                value={form.values[variable.field]!}
                onChange={(value) => form.set(variable.field, value)}
                error={form.errors.fields[variable.field]}
                disabled={!canWrite}
              />
            ))}
            {block.block === '505' && (
              <AnswerField
                name="lost_livelihood"
                label={t('welfareFacts.lostLivelihood')}
                hint={t('welfareFacts.lostLivelihoodHint')}
                answer={{ kind: 'yes_no' }}
                value={form.values.lost_livelihood!}
                onChange={(value) => form.set('lost_livelihood', value)}
                error={form.errors.fields.lost_livelihood}
                disabled={!canWrite}
              />
            )}
          </div>
        </details>
      ))}
      {canWrite && (
        <SaveBar
          source={form.source}
          onSource={form.setSource}
          saving={form.saving}
          saved={form.saved}
          general={form.errors.general}
          fieldCount={Object.keys(form.errors.fields).length}
        />
      )}
    </form>
  );
}
