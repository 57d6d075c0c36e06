import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Forbidden and not-found pages: say what happened and offer the way back. */
export function StatusPage({ kind }: { kind: 'forbidden' | 'notFound' }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <section className="panel status-page" data-testid={kind === 'forbidden' ? 'forbidden' : 'not-found'}>
        <h1 className="page-title">{t(`${kind}.title`)}</h1>
        <p>{t(`${kind}.body`)}</p>
        <Link className="button button-secondary" to="/">
          {t('underConstruction.back')}
        </Link>
      </section>
    </div>
  );
}
