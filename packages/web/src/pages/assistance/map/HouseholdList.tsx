import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchMapHouseholds, filterParams, type MapHouseholdFilter } from '../../../api/assistanceMap.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { HouseholdBadges, householdPath } from './HouseholdSummary.tsx';
import '../../../i18n/lazy/povertyMap.ts';

const PAGE_SIZE = 25;

/** The by-name list beside the map (below it on a phone): the same households, poorest first, masked. */
export function HouseholdList({ village, filter }: { village: string; filter: MapHouseholdFilter }) {
  const { t } = useTranslation();
  const filterKey = `${village}?${filterParams(filter).toString()}`;
  const [paged, setPaged] = useState({ key: filterKey, offset: 0 });
  // A new village or filter starts at the first page.
  const offset = paged.key === filterKey ? paged.offset : 0;
  const page = useAsyncData(`${filterKey}&offset=${offset}`, () =>
    fetchMapHouseholds(village, filter, { limit: PAGE_SIZE, offset }),
  );
  return (
    <section
      className="panel poverty-map-list"
      aria-labelledby="poverty-list-title"
      data-testid="poverty-list"
    >
      <h2 id="poverty-list-title" className="section-title">
        {t('povertyMap.list.title')}
      </h2>
      <p className="field-hint">{t('povertyMap.list.caption')}</p>
      {page.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {page.status === 'error' && (
        <LoadError title={t('povertyMap.list.failed')} error={page.error} onRetry={page.reload} />
      )}
      {page.status === 'success' &&
        (page.data.items.length === 0 ? (
          <p className="notice notice-info">{t('povertyMap.list.empty')}</p>
        ) : (
          <>
            <ol className="poverty-list-items">
              {page.data.items.map((h) => (
                <li key={h.id} data-testid="poverty-list-item">
                  <Link to={householdPath(village, h.id)} className="poverty-list-name">
                    {h.headName ?? t('povertyMap.list.noHead')}
                  </Link>
                  {h.householdNo && (
                    <span className="muted">
                      {' '}
                      · {t('povertyMap.household.number', { no: h.householdNo })}
                    </span>
                  )}
                  <div className="muted poverty-list-ids">
                    {[h.headNik, h.headKkNumber].filter(Boolean).join(' · ')}
                  </div>
                  <div>
                    {[h.dusun, h.rw && `RW ${h.rw}`, h.rt && `RT ${h.rt}`].filter(Boolean).join(', ')}
                    {!h.hasLocation && <span className="muted"> ({t('povertyMap.household.noPin')})</span>}
                  </div>
                  <div className="poverty-list-badges">
                    <HouseholdBadges decile={h.decile} programs={h.programs} incomplete={h.incomplete} />
                  </div>
                </li>
              ))}
            </ol>
            <Pagination
              total={page.data.total}
              limit={PAGE_SIZE}
              offset={offset}
              onChange={(next) => setPaged({ key: filterKey, offset: next })}
            />
          </>
        ))}
    </section>
  );
}
