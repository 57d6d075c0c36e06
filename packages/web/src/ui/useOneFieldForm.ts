// The state every one-field dialog keeps (a reason, a NIK): the value, its error, the server's general errors
// and whether it is saving. The field is checked in the browser first; the server's answer for that field
// lands under it, anything else above the form. Resolved: the form is cleared and closed.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/index.ts';
import { splitServerErrors } from './formErrors.ts';
import type { ValidationKey } from './validation.ts';

interface OneFieldForm {
  /** The field's name in the server's problem (`reason`, `nik`). */
  field: string;
  /** A validation key (`validation.<key>`) when the value cannot be sent, else null. */
  check: (value: string) => ValidationKey | null;
  /** Sends the trimmed value; rejects with an ApiError to keep the form open and show why. */
  send: (value: string) => Promise<void>;
  onClose: () => void;
}

export function useOneFieldForm({ field, check, send, onClose }: OneFieldForm) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setValue('');
    setError(undefined);
    setGeneral([]);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = check(value);
    setError(problem ? t(`validation.${problem}`) : undefined);
    setGeneral([]);
    if (problem) return;
    setBusy(true);
    send(value.trim()).then(
      () => {
        setBusy(false);
        close();
      },
      (failure: unknown) => {
        setBusy(false);
        const split = splitServerErrors(failure, currentLanguage(), (name) => (name === field ? name : null));
        setError(split.fields[field]);
        setGeneral(split.general);
      },
    );
  };

  return { value, setValue, error, general, busy, close, submit };
}
