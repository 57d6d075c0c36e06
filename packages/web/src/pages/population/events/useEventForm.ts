import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { splitServerErrors } from '../../../ui/formErrors.ts';
import type { FieldErrors } from '../../../ui/formErrors.ts';
import { collectErrors } from '../../../ui/validation.ts';
import type { ValidationKey } from '../../../ui/validation.ts';

/**
 * The submit cycle every registry form shares: check in the browser, send, and put the server's refusals
 * next to the fields they name (`nik`, `members.0.nik`, …) or, if no such field is on screen, at the top.
 * `fallbackPrefix` catches rules that name a bare field (`nik`) the form renders under a prefix (`changes.nik`);
 * `codeFields` puts a refusal without a field (e.g. KK_ALREADY_REGISTERED) next to the field it is about.
 */
export function useEventForm(fallbackPrefix = '', codeFields: Record<string, string> = {}) {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = (checks: Record<string, ValidationKey | null>, send: () => Promise<void>) => {
    const failed = collectErrors(checks);
    const messages = Object.fromEntries(
      Object.entries(failed).map(([field, key]) => [field, t(`validation.${key}`)]),
    );
    setFieldErrors(messages);
    setGeneral([]);
    if (Object.keys(messages).length > 0) {
      // Bring the first problem into view; the summary at the top says how many there are.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    send().then(
      () => setBusy(false),
      (error: unknown) => {
        setBusy(false);
        const onScreen = (field: string) =>
          document.querySelector(`[data-field="${CSS.escape(field)}"]`) !== null;
        const resolve = (field: string) =>
          onScreen(field)
            ? field
            : onScreen(`${fallbackPrefix}${field}`)
              ? `${fallbackPrefix}${field}`
              : null;
        const split = splitServerErrors(error, currentLanguage(), resolve);
        const codeField = error instanceof ApiError ? codeFields[error.code] : undefined;
        if (codeField && onScreen(codeField))
          split.fields[codeField] ??= error instanceof Error ? error.message : '';
        setFieldErrors(split.fields);
        setGeneral(split.general);
      },
    );
  };

  return {
    busy,
    general,
    fieldErrors,
    fieldCount: Object.keys(fieldErrors).length,
    errorFor: (field: string): string | undefined => fieldErrors[field],
    submit,
  };
}
