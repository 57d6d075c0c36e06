import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormField } from '../../../ui/FormField.tsx';
import './i18n.ts';

/** Signing is re-entering one's own password: the act the server checks before it issues the letter. */
export function SignDialog({
  open,
  onClose,
  onSign,
}: {
  open: boolean;
  onClose: () => void;
  onSign: (password: string) => Promise<void>;
}) {
  const { t } = useTranslation('requests');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSign(password);
      setPassword('');
    } catch (problem) {
      const field =
        problem instanceof ApiError ? problem.fieldErrors.find((f) => f.field === 'password') : undefined;
      const english = currentLanguage() === 'en';
      setError(
        field
          ? english && field.message_en
            ? field.message_en
            : field.message
          : problem instanceof Error
            ? problem.message
            : String(problem),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} title={t('act.signTitle')} onClose={onClose} testId="sign-dialog">
      <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
        <p>{t('act.signIntro')}</p>
        <FormField label={t('act.password')} name="password" error={error} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </FormField>
        <button className="button" type="submit" disabled={busy || password === ''}>
          {t('act.signSubmit')}
        </button>
      </form>
    </Dialog>
  );
}
