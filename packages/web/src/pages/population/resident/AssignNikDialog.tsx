import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assignNik } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import { splitServerErrors } from '../../../ui/formErrors.ts';
import { TextField } from '../../../ui/TextField.tsx';
import { checkNik } from '../../../ui/validation.ts';

interface AssignNikDialogProps {
  open: boolean;
  resident: ResidentDetail;
  onClose: () => void;
  /** Called with the warnings the NIK was saved with (texts in the reader's language). */
  onAssigned: (warnings: string[]) => void;
}

/** The NIK Dukcapil issued replaces the temporary number a baby was registered under (its own event). */
export function AssignNikDialog({ open, resident, onClose, onAssigned }: AssignNikDialogProps) {
  const { t } = useTranslation();
  const [nik, setNik] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setNik('');
    setError(undefined);
    setGeneral([]);
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkNik(nik);
    setError(problem ? t(`validation.${problem}`) : undefined);
    setGeneral([]);
    if (problem) return;
    setBusy(true);
    assignNik(resident.villageCode, resident.id, nik.trim()).then(
      ({ warnings }) => {
        setBusy(false);
        close();
        onAssigned(warnings.map((w) => (currentLanguage() === 'id' ? w.message : w.message_en)));
      },
      (failure: unknown) => {
        setBusy(false);
        const split = splitServerErrors(failure, currentLanguage(), (field) =>
          field === 'nik' ? field : null,
        );
        setError(split.fields.nik);
        setGeneral(split.general);
      },
    );
  };

  return (
    <Dialog open={open} title={t('population.assignNik.title')} onClose={close} testId="assign-nik-dialog">
      <form className="form-stack" onSubmit={submit} noValidate>
        <p>{t('population.assignNik.intro', { name: resident.fullName })}</p>
        <FormErrorSummary messages={general} fieldCount={0} />
        <TextField
          label={t('population.fields.nik')}
          name="nik"
          required
          inputMode="numeric"
          autoComplete="off"
          maxLength={16}
          error={error}
          value={nik}
          onChange={(value) => setNik(value.replace(/\D/g, ''))}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('forms.saving') : t('population.assignNik.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
