import { useTranslation } from 'react-i18next';
import { HomeLink } from '../ui/HomeLink.tsx';

/** Forbidden and not-found pages: say what happened and offer the way back. */
export function StatusPage({ kind }: { kind: 'forbidden' | 'notFound' }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <section className="panel status-page" data-testid={kind === 'forbidden' ? 'forbidden' : 'not-found'}>
        <h1 className="page-title">{t(`${kind}.title`)}</h1>
        <p>{t(`${kind}.body`)}</p>
        <HomeLink />
      </section>
    </div>
  );
}
