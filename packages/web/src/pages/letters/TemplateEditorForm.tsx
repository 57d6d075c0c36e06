import { PARTY_FIELDS, PLACEHOLDERS } from '@smart-kampung/domain';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableTemplate, TemplateBlock, TemplateEdit } from '../../api/lettersAdmin.ts';
import { FormField } from '../../ui/FormField.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import '../../i18n/lazy/lettersAdmin.ts';

/** Every placeholder a paragraph of this letter may use, with what the picker shows for it. */
export function placeholderChoices(template: EditableTemplate['template'], language: 'id' | 'en') {
  const party = (field: string) => PLACEHOLDERS[`subject.${field}` as keyof typeof PLACEHOLDERS][language];
  return [
    ...Object.entries(PLACEHOLDERS).map(([key, label]) => ({ key, label: label[language] })),
    ...template.fields.map((field) => ({ key: `isian.${field.key}`, label: field.label })),
    ...template.parties.flatMap((p) =>
      PARTY_FIELDS.map((field) => ({ key: `pihak.${p.key}.${field}`, label: `${p.label}: ${party(field)}` })),
    ),
  ];
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/**
 * The structured template editor: page, letterhead, title and body blocks. Paragraph text takes placeholders
 * from a picker (never typed by hand), so a saved template names only what the letter knows; the server
 * checks it again and its messages show beside the field they are about (`errors` by path).
 */
export function TemplateEditorForm({
  draft,
  template,
  errors,
  language,
  onChange,
}: {
  draft: TemplateEdit;
  template: EditableTemplate['template'];
  errors: FieldErrors;
  language: 'id' | 'en';
  onChange: (draft: TemplateEdit) => void;
}) {
  const { t } = useTranslation();
  const areas = useRef(new Map<number, HTMLTextAreaElement>());
  const choices = placeholderChoices(template, language);
  const setBlock = (index: number, block: TemplateBlock) =>
    onChange({ ...draft, body: draft.body.map((b, i) => (i === index ? block : b)) });
  const move = (index: number, by: -1 | 1) => {
    const body = [...draft.body];
    const [block] = body.splice(index, 1);
    body.splice(index + by, 0, block!);
    onChange({ ...draft, body });
  };
  const insert = (index: number, key: string) => {
    const block = draft.body[index]!;
    const text = block.text ?? '';
    const area = areas.current.get(index);
    const at = area ? area.selectionStart : text.length;
    setBlock(index, { ...block, text: `${text.slice(0, at)}{${key}}${text.slice(at)}` });
  };
  const blockLabel = (block: TemplateBlock) =>
    block.kind === 'party'
      ? `${t('lettersAdmin.template.blockParty')}: ${template.parties.find((p) => p.key === block.key)?.label ?? block.key}`
      : block.kind === 'fields' && block.group
        ? `${t('lettersAdmin.template.blockFields')}: ${block.group}`
        : t(`lettersAdmin.template.block_${block.kind}`);

  return (
    <div className="template-editor" data-testid="template-editor">
      <FormField label={t('lettersAdmin.template.title')} name="title" error={errors.title} required>
        {(control) => (
          <input
            {...control}
            value={draft.title}
            maxLength={200}
            onChange={(e) => onChange({ ...draft, title: e.target.value })}
          />
        )}
      </FormField>
      <div className="form-grid">
        <FormField label={t('lettersAdmin.template.pageSize')} name="page.size">
          {(control) => (
            <select
              {...control}
              value={draft.page.size}
              onChange={(e) =>
                onChange({ ...draft, page: { ...draft.page, size: e.target.value as 'F4' | 'A4' } })
              }
            >
              <option value="F4">F4 (215 × 330 mm)</option>
              <option value="A4">A4 (210 × 297 mm)</option>
            </select>
          )}
        </FormField>
        {SIDES.map((side) => (
          <FormField
            key={side}
            label={t(`lettersAdmin.template.margin_${side}`)}
            name={`page.marginsMm.${side}`}
            error={errors[`page.marginsMm.${side}`]}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={5}
                max={50}
                value={draft.page.marginsMm[side]}
                onChange={(e) =>
                  onChange({
                    ...draft,
                    page: {
                      ...draft.page,
                      marginsMm: { ...draft.page.marginsMm, [side]: Number(e.target.value) },
                    },
                  })
                }
              />
            )}
          </FormField>
        ))}
      </div>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={draft.letterhead}
          onChange={(e) => onChange({ ...draft, letterhead: e.target.checked })}
        />{' '}
        {t('lettersAdmin.template.letterhead')}
      </label>
      <h2 className="section-title">{t('lettersAdmin.template.body')}</h2>
      {errors.body && <p className="field-error">{errors.body}</p>}
      <ol className="template-blocks">
        {draft.body.map((block, index) => (
          <li key={index} className="template-block" data-testid="template-block">
            <div className="template-block-head">
              <strong>{blockLabel(block)}</strong>
              <span className="action-buttons">
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('lettersAdmin.template.up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={index === draft.body.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('lettersAdmin.template.down')}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button-danger-outline"
                  onClick={() => onChange({ ...draft, body: draft.body.filter((_, i) => i !== index) })}
                >
                  {t('lettersAdmin.template.remove')}
                </button>
              </span>
            </div>
            {block.kind === 'paragraph' && (
              <>
                <FormField
                  label={t('lettersAdmin.template.text')}
                  name={`body.${index}.text`}
                  error={errors[`body.${index}.text`]}
                >
                  {(control) => (
                    <textarea
                      {...control}
                      rows={4}
                      maxLength={4000}
                      ref={(element) => {
                        if (element) areas.current.set(index, element);
                        else areas.current.delete(index);
                      }}
                      value={block.text ?? ''}
                      onChange={(e) => setBlock(index, { ...block, text: e.target.value })}
                    />
                  )}
                </FormField>
                <FormField label={t('lettersAdmin.template.insert')} name={`body.${index}.insert`}>
                  {(control) => (
                    <select
                      {...control}
                      value=""
                      data-testid="placeholder-picker"
                      onChange={(e) => e.target.value && insert(index, e.target.value)}
                    >
                      <option value="">{t('lettersAdmin.template.choosePlaceholder')}</option>
                      {choices.map((choice) => (
                        <option key={choice.key} value={choice.key}>
                          {choice.label} — {`{${choice.key}}`}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              </>
            )}
          </li>
        ))}
      </ol>
      <div className="action-buttons">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange({ ...draft, body: [...draft.body, { kind: 'paragraph', text: '' }] })}
        >
          {t('lettersAdmin.template.addParagraph')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange({ ...draft, body: [...draft.body, { kind: 'subject' }] })}
        >
          {t('lettersAdmin.template.addSubject')}
        </button>
        {template.fields.length > 0 && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onChange({ ...draft, body: [...draft.body, { kind: 'fields' }] })}
          >
            {t('lettersAdmin.template.addFields')}
          </button>
        )}
        {template.parties.map((party) => (
          <button
            key={party.key}
            type="button"
            className="button button-secondary"
            onClick={() => onChange({ ...draft, body: [...draft.body, { kind: 'party', key: party.key }] })}
          >
            {t('lettersAdmin.template.addParty', { label: party.label })}
          </button>
        ))}
      </div>
    </div>
  );
}
