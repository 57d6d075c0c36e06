import { useTranslation } from 'react-i18next';

/** A failed load with the reason and a retry button: on weak connections retrying is the usual fix. */
export function LoadError({ title, error, onRetry }: { title: string; error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <p>{error.message}</p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        {t('dashboard.retry')}
      </button>
    </div>
  );
}
