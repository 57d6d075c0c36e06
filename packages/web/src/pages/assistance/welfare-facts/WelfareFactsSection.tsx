// The frame both welfare-facts panels share: a titled section that loads its answers, says so while it does,
// offers a retry when loading fails, and shows the form once they are there.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import './welfare-facts.css';
import '../../../i18n/lazy/welfareFacts.ts';

export function WelfareFactsSection<T>(props: {
  /** Names the section, its title and its test id (e.g. "family" → family-welfare). */
  name: 'family' | 'member';
  title: string;
  cacheKey: string;
  load: () => Promise<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const page = useAsyncData(props.cacheKey, props.load);
  const titleId = `${props.name}-welfare-title`;
  return (
    <section className="panel welfare-panel" aria-labelledby={titleId} data-testid={`${props.name}-welfare`}>
      <h2 id={titleId} className="section-title">
        {props.title}
      </h2>
      {page.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {page.status === 'error' && (
        <LoadError title={t('welfareFacts.loadFailed')} error={page.error} onRetry={page.reload} />
      )}
      {page.status === 'success' && props.children(page.data)}
    </section>
  );
}
