import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchDuplicates, type DuplicateKind } from '../../../api/targeting.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { TabBar } from '../../../ui/TabBar.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import './targeting.css';
import '../../../i18n/lazy/targeting.ts';

const KINDS: readonly { key: DuplicateKind; label: 'kindShared' | 'kindExclusive' | 'kindGone' }[] = [
  { key: 'shared_person', label: 'kindShared' },
  { key: 'exclusive_programs', label: 'kindExclusive' },
  { key: 'gone', label: 'kindGone' },
];

/** Open enrolments to check: the same person twice, excluding programs together, recipients who are gone. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const search = useRegionSearch();
  const [kind, setKind] = useState<DuplicateKind>('shared_person');
  const [offset, setOffset] = useState(0);
  const result = useAsyncData(`${code}|${kind}|${offset}`, () => fetchDuplicates(code, kind, offset));
  return (
    <div className="page targeting-page" data-testid="targeting-duplicates">
      <header className="page-header">
        <Link to={{ pathname: '/bantuan-sosial/penargetan', search }}>{t('targeting.back')}</Link>
        <h1 className="page-title">{t('targeting.duplicatesTitle')}</h1>
        <p className="page-subtitle">{t('targeting.duplicatesSubtitle', { region: regionTitle })}</p>
      </header>
      <section className="panel" aria-busy={result.status === 'loading'}>
        <TabBar
          label={t('targeting.duplicatesTitle')}
          tabs={KINDS.map((k) => ({
            key: k.key,
            label: t(`targeting.${k.label}`),
            count: result.status === 'success' ? result.data.counts[k.key] : undefined,
          }))}
          active={kind}
          onSelect={(key) => {
            setKind(key);
            setOffset(0);
          }}
          panelId="duplicates-list"
        />
        <div id="duplicates-list" role="tabpanel">
          {result.status === 'error' ? (
            <LoadError title={t('targeting.listFailed')} error={result.error} onRetry={result.reload} />
          ) : result.status === 'loading' ? (
            <p className="muted">{t('app.loading')}</p>
          ) : result.data.items.length === 0 ? (
            <p className="notice notice-info">{t('targeting.duplicatesEmpty')}</p>
          ) : (
            <>
              <ul className="targeting-units">
                {result.data.items.map((item, i) => (
                  <li key={i} className="targeting-unit" data-testid="duplicate">
                    <div className="targeting-unit-head">
                      <strong>{item.name ?? item.householdNo ?? '—'}</strong>
                      <span className="muted">{item.identifierMasked ?? item.householdNo}</span>
                      {item.programs.map((p) => (
                        <span key={p.code} className="targeting-chip">
                          {p.code}
                        </span>
                      ))}
                    </div>
                    <div className="muted">
                      {t(`targeting.detail_${item.detail}`)} · {item.villageName}
                    </div>
                  </li>
                ))}
              </ul>
              <Pagination
                total={result.data.total}
                limit={result.data.limit}
                offset={offset}
                onChange={setOffset}
              />
            </>
          )}
        </div>
      </section>
    </div>
  );
}
