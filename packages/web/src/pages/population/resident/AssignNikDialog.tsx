import { useTranslation } from 'react-i18next';
import { assignNik } from '../../../api/population.ts';
import type { ResidentDetail } from '../../../api/populationTypes.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { Dialog } from '../../../ui/Dialog.tsx';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useOneFieldForm } from '../../../ui/useOneFieldForm.ts';
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
  const form = useOneFieldForm({
    field: 'nik',
    check: (value) => checkNik(value),
    send: (nik) =>
      assignNik(resident.villageCode, resident.id, nik).then(({ warnings }) =>
        onAssigned(warnings.map((w) => (currentLanguage() === 'id' ? w.message : w.message_en))),
      ),
    onClose,
  });
  const { error, general, busy, close, submit } = form;

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
          value={form.value}
          onChange={(value) => form.setValue(value.replace(/\D/g, ''))}
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
