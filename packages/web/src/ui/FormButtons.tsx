import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegionSearch } from '../regions/useRegionSearch.ts';

/** Save and cancel at the foot of a form; cancel goes back without saving anything. */
export function FormButtons({
  busy,
  submitLabel,
  cancelTo,
}: {
  busy: boolean;
  submitLabel: string;
  cancelTo: string;
}) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('forms.saving') : submitLabel}
      </button>
      <Link className="button button-secondary" to={{ pathname: cancelTo, search }}>
        {t('common.cancel')}
      </Link>
    </div>
  );
}
