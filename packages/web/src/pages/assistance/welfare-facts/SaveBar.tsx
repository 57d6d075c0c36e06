// The foot of a welfare facts form: who answered (at the desk or on a visit), save, and what happened.
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import type { Source } from './useWelfareForm.ts';
import '../../../i18n/lazy/welfareFacts.ts';

interface SaveBarProps {
  source: Source;
  onSource: (source: Source) => void;
  saving: boolean;
  saved: boolean;
  general: string[];
  fieldCount: number;
}

export function SaveBar({ source, onSource, saving, saved, general, fieldCount }: SaveBarProps) {
  const { t } = useTranslation();
  return (
    <div className="form-stack">
      <FormErrorSummary messages={general} fieldCount={fieldCount} />
      <div className="form-actions welfare-save">
        <label className="inline-field">
          <span>{t('welfareFacts.source')}</span>
          <select value={source} onChange={(event) => onSource(event.target.value as Source)}>
            <option value="desk">{t('welfareFacts.sourceDesk')}</option>
            <option value="visit">{t('welfareFacts.sourceVisit')}</option>
          </select>
        </label>
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('welfareFacts.saving') : t('welfareFacts.save')}
        </button>
      </div>
      {saved && (
        <p className="notice notice-success" role="status">
          {t('welfareFacts.saved')}
        </p>
      )}
    </div>
  );
}
