import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.tsx';
import { FormErrorSummary } from './FormErrorSummary.tsx';
import { ReasonField } from './ReasonField.tsx';
import { useOneFieldForm } from './useOneFieldForm.ts';
import { checkReason } from './validation.ts';

interface ReasonDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in one or two sentences. */
  intro: string;
  /** Shown as a highlighted note, e.g. that the access is recorded in the audit log. */
  notice?: string;
  reasonLabel: string;
  reasonHint?: string;
  submitLabel: string;
  danger?: boolean;
  onClose: () => void;
  /** Rejects with an ApiError to keep the dialog open and show why. */
  onSubmit: (reason: string) => Promise<void>;
  testId?: string;
}

/** Asks why before anything sensitive happens: revealing identifiers, voiding, clearing flags, full export. */
export function ReasonDialog(props: ReasonDialogProps) {
  const { open, title, intro, notice, reasonLabel, reasonHint, submitLabel, danger, onClose, onSubmit } =
    props;
  const { t } = useTranslation();
  const form = useOneFieldForm({ field: 'reason', check: checkReason, send: onSubmit, onClose });
  const { error, general, busy, close, submit } = form;

  return (
    <Dialog open={open} title={title} onClose={close} testId={props.testId}>
      <form className="form-stack" onSubmit={submit} noValidate>
        <p>{intro}</p>
        {notice && (
          <p className="notice notice-warning" role="note">
            {notice}
          </p>
        )}
        <FormErrorSummary messages={general} fieldCount={0} />
        <ReasonField
          label={reasonLabel}
          hint={reasonHint}
          error={error}
          value={form.value}
          onChange={form.setValue}
        />
        <div className="form-actions">
          <button
            type="submit"
            className={danger ? 'button button-danger' : 'button button-primary'}
            disabled={busy}
          >
            {busy ? t('forms.saving') : submitLabel}
          </button>
          <button type="button" className="button button-secondary" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
