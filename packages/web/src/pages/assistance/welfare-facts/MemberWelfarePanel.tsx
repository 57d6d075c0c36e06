// Section IV of the Regsosek form for one resident (school, work, business, health, protection), on the
// resident's page: grouped like the form's blocks A–F, each a fold of its own so the page stays short. A
// follow-up the answers make the form skip is switched off (and cleared on save); the server checks the same
// rules. Read-only for those who may only read the area.
import {
  MEMBER_FOLLOW_UPS,
  MEMBER_WELFARE_BLOCKS,
  MEMBER_WELFARE_FIELDS,
  MEMBER_WELFARE_TEXT_FIELDS,
  MEMBER_WELFARE_VARIABLES,
  type MemberWelfare,
  type MemberWelfareField,
} from '@smart-kampung/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/index.ts';
import { AnswerField } from './AnswerField.tsx';
import { RecordedNote } from './RecordedNote.tsx';
import { SaveBar } from './SaveBar.tsx';
import { WelfareFactsSection } from './WelfareFactsSection.tsx';
import { asText, numberOrNull, textOrNull, useWelfareForm } from './useWelfareForm.ts';
import { fetchMemberWelfare, saveMemberWelfare, type MemberWelfarePage } from './welfareApi.ts';
import './welfare-facts.css';
import '../../../i18n/lazy/welfareFacts.ts';

const TEXT: readonly string[] = MEMBER_WELFARE_TEXT_FIELDS;

export function MemberWelfarePanel(props: { villageCode: string; residentId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <WelfareFactsSection
      name="member"
      title={t('welfareFacts.memberTitle')}
      cacheKey={`welfare/${props.villageCode}/${props.residentId}`}
      load={() => fetchMemberWelfare(props.villageCode, props.residentId)}
    >
      {(page) => <MemberForm {...props} page={page} />}
    </WelfareFactsSection>
  );
}

function MemberForm({
  villageCode,
  residentId,
  canWrite,
  page,
}: {
  villageCode: string;
  residentId: string;
  canWrite: boolean;
  page: MemberWelfarePage;
}) {
  const { t } = useTranslation();
  const [recorded, setRecorded] = useState({ source: page.source, updatedAt: page.updatedAt });
  const form = useWelfareForm(
    Object.fromEntries(MEMBER_WELFARE_FIELDS.map((field) => [field, asText(page.facts[field])])),
  );
  const answers = Object.fromEntries(
    MEMBER_WELFARE_FIELDS.map((field) => [
      field,
      TEXT.includes(field) ? textOrNull(form.values[field]!) : numberOrNull(form.values[field]!),
    ]),
  ) as MemberWelfare;
  const skipped = new Set<MemberWelfareField>(
    MEMBER_FOLLOW_UPS.filter((rule) => rule.asked(answers, page.person) === false).flatMap(
      (rule) => rule.fields,
    ),
  );
  const english = currentLanguage() === 'en';

  const save = () =>
    form.submit(async () => {
      const next = await saveMemberWelfare(villageCode, residentId, {
        source: form.source,
        facts: Object.fromEntries(
          MEMBER_WELFARE_FIELDS.map((field) => [field, skipped.has(field) ? null : answers[field]]),
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
      {MEMBER_WELFARE_BLOCKS.map((block) => (
        <details key={block.block} className="form-section welfare-block" open={block.block === 'A'}>
          <summary>
            {block.block}. {english ? block.en : block.id}
          </summary>
          <div className="form-grid">
            {MEMBER_WELFARE_VARIABLES.filter((v) => v.block === block.block).map((variable) => (
              <AnswerField
                key={variable.field}
                name={variable.field}
                label={`${variable.variable.replace(' tulis', '')}. ${english ? variable.question.en : variable.question.id}`}
                answer={variable.answer}
                value={form.values[variable.field]!}
                onChange={(value) => form.set(variable.field, value)}
                error={form.errors.fields[variable.field]}
                hint={skipped.has(variable.field) ? t('welfareFacts.skipped') : undefined}
                disabled={!canWrite || skipped.has(variable.field)}
              />
            ))}
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
