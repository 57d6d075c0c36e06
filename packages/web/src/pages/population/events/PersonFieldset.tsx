import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/DateField.tsx';
import { FormField } from '../../../ui/FormField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { CodeSelect } from '../../../ui/CodeSelect.tsx';
import { sexLabel } from '../../../ui/codeLabel.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import type { CodeListName } from '../../../ui/codeLists.ts';
import type { PersonDraft } from './personDraft.ts';
import '../../../i18n/lazy/populationEvents.ts';

interface PersonFieldsetProps {
  legend: string;
  draft: PersonDraft;
  onChange: (draft: PersonDraft) => void;
  /** Field path prefix for errors, e.g. `members.0.`; '' for a single person. */
  prefix: string;
  errorFor: (field: string) => string | undefined;
  /** 'new': a person entering the registry; 'correction': changing a recorded one (identifiers optional). */
  mode: 'new' | 'correction';
  showRelationship: boolean;
  relationshipFilter?: (code: number) => boolean;
  /** A new person whose NIK may be left empty (a birth): the hint says what happens then. */
  nikOptionalHint?: string;
}

type TextKey =
  'nik' | 'fullName' | 'birthPlace' | 'fatherName' | 'motherName' | 'birthCertificateNo' | 'phone';
type CodeKey = 'religion' | 'educationKk' | 'occupation' | 'maritalStatus' | 'bloodType' | 'relationship';

const CODE_FIELDS: [CodeKey, CodeListName][] = [
  ['religion', 'agama'],
  ['educationKk', 'pendidikan_kk'],
  ['occupation', 'pekerjaan'],
  ['maritalStatus', 'status_kawin'],
  ['bloodType', 'golongan_darah'],
];

/** The person fields of the registry (as on a family card), with errors under each field. */
export function PersonFieldset(props: PersonFieldsetProps) {
  const { legend, draft, onChange, prefix, errorFor, mode, showRelationship, relationshipFilter } = props;
  const { nikOptionalHint } = props;
  const { t } = useTranslation();
  const isNew = mode === 'new';
  const set = (changes: Partial<PersonDraft>) => onChange({ ...draft, ...changes });

  const text = (
    key: TextKey,
    options: { required?: boolean; hint?: string; numeric?: number; label?: string } = {},
  ) => (
    <TextField
      label={options.label ?? t(`population.fields.${key}`)}
      name={`${prefix}${key}`}
      error={errorFor(`${prefix}${key}`)}
      hint={options.hint}
      required={options.required}
      inputMode={options.numeric ? 'numeric' : undefined}
      autoComplete="off"
      maxLength={options.numeric ?? (key === 'phone' ? 30 : 120)}
      value={draft[key]}
      onChange={(value) => set({ [key]: options.numeric ? value.replace(/\D/g, '') : value })}
    />
  );

  const codeField = (
    key: CodeKey,
    list: CodeListName,
    required = false,
    filter?: (code: number) => boolean,
  ) => (
    <FormField
      label={t(`population.fields.${key}`)}
      name={`${prefix}${key}`}
      error={errorFor(`${prefix}${key}`)}
      required={required}
    >
      {(control) => (
        <CodeSelect
          control={control}
          list={list}
          value={draft[key]}
          filter={filter}
          onChange={(value) => set({ [key]: value })}
        />
      )}
    </FormField>
  );

  return (
    <fieldset className="form-section">
      <legend>{legend}</legend>
      <div className="form-grid">
        {text('nik', {
          required: isNew && !nikOptionalHint,
          numeric: 16,
          label: isNew ? t('population.fields.nik') : t('population.correction.newNik'),
          hint:
            nikOptionalHint ?? (isNew ? t('population.forms.nikHint') : t('population.correction.keepHint')),
        })}
        {text('fullName', { required: isNew, hint: isNew ? t('population.forms.nameHint') : undefined })}
        <FormField
          label={t('population.fields.sex')}
          name={`${prefix}sex`}
          error={errorFor(`${prefix}sex`)}
          required={isNew}
        >
          {(control) => (
            <select
              {...control}
              value={draft.sex}
              onChange={(event) => set({ sex: event.target.value as PersonDraft['sex'] })}
            >
              <option value="">{t('forms.choose')}</option>
              <option value="1">{sexLabel(1, currentLanguage())}</option>
              <option value="2">{sexLabel(2, currentLanguage())}</option>
            </select>
          )}
        </FormField>
        {text('birthPlace')}
        <DateField
          label={t('population.fields.birthDate')}
          name={`${prefix}birthDate`}
          error={errorFor(`${prefix}birthDate`)}
          required={isNew}
          value={draft.birthDate}
          onChange={(birthDate) => set({ birthDate })}
        />
        {showRelationship && codeField('relationship', 'kk_level', isNew, relationshipFilter)}
        {CODE_FIELDS.map(([key, list]) => (
          <Fragment key={key}>{codeField(key, list)}</Fragment>
        ))}
        {text('fatherName')}
        {text('motherName')}
        {text('birthCertificateNo', { hint: isNew ? undefined : t('population.correction.keepHint') })}
        {text('phone', { hint: isNew ? undefined : t('population.correction.keepHint') })}
      </div>
    </fieldset>
  );
}
