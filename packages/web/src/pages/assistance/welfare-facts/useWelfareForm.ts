// The state of a welfare facts form: every answer as the text its control holds, the server's refusal by
// field, and saving. Shared by the member (section IV) and family (section V) forms.
import { useState } from 'react';
import { currentLanguage } from '../../../i18n/index.ts';
import { splitServerErrors, type FieldErrors } from '../../../ui/formErrors.ts';

export type Source = 'desk' | 'visit';

export function useWelfareForm(initial: Record<string, string>) {
  const [values, setValues] = useState(initial);
  const [source, setSource] = useState<Source>('desk');
  const [errors, setErrors] = useState<{ fields: FieldErrors; general: string[] }>({
    fields: {},
    general: [],
  });
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(save: () => Promise<unknown>) {
    setSaving(true);
    setSaved(false);
    try {
      await save();
      setErrors({ fields: {}, general: [] });
      setSaved(true);
    } catch (error) {
      // The server names fields "facts.<field>"; the controls are named by the field alone.
      setErrors(splitServerErrors(error, currentLanguage(), (field) => field.replace(/^facts\./, '')));
    } finally {
      setSaving(false);
    }
  }

  return {
    values,
    set: (field: string, value: string) => {
      setSaved(false);
      setValues((current) => ({ ...current, [field]: value }));
    },
    source,
    setSource,
    errors,
    saving,
    saved,
    submit,
  };
}

/** A form value back to the answer the API takes. */
export const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));
export const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());
export const booleanOrNull = (text: string) => (text === '' ? null : text === 'true');
export const asText = (value: string | number | boolean | null | undefined) =>
  value === null || value === undefined ? '' : String(value);
