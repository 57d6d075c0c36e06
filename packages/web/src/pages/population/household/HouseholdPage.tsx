import { AssistancePanel } from '../../assistance/AssistancePanel.tsx';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchHousehold } from '../../../api/population.ts';
import type { HouseholdDetail } from '../../../api/populationTypes.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { isRegionCode, toTitleCaseIfShouting } from '../../../regions/regionCodes.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { StatusPage } from '../../StatusPage.tsx';
import { BackLink } from '../../../ui/BackLink.tsx';
import { canWriteRegistry } from '../shared/access.ts';
import { SuccessNotice } from '../../../ui/SuccessNotice.tsx';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { useRegionTitle } from '../../../regions/useRegionTitle.ts';
import { DeleteHouseholdButton } from './DeleteHouseholdButton.tsx';
import { householdAddress } from './householdAddress.ts';
import { HouseholdFamilies } from './HouseholdFamilies.tsx';
import { HousingFacts } from './HousingFacts.tsx';
import { HouseholdWelfarePanel } from '../../assistance/welfare/HouseholdWelfarePanel.tsx';

// MapLibre is the biggest library in the app; only the household pages download it, when they are opened.
const HouseholdMap = lazy(() => import('./HouseholdMap.tsx'));

export function HouseholdRoute() {
  const { village = '', id = '' } = useParams();
  if (!isRegionCode(village) || id === '') return <StatusPage kind="notFound" />;
  return <HouseholdPage key={`${village}/${id}`} villageCode={village} id={id} />;
}

/** Rumah tangga: where the house is (map pin), what it is built of (Regsosek codes), who lives there. */
function HouseholdPage({ villageCode, id }: { villageCode: string; id: string }) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  const user = useCurrentUser();
  const districtTitle = useRegionTitle(villageCode.split('.').slice(0, 3).join('.'));
  const household = useAsyncData(`${villageCode}/${id}`, () => fetchHousehold(villageCode, id));
  // The household as the server has it after a family moved in or out here (a head leaving with their
  // family leaves it without one; with no family left it may be deleted); null: as loaded.
  const [refreshed, setRefreshed] = useState<HouseholdDetail | null>(null);
  const refresh = () =>
    fetchHousehold(villageCode, id).then(setRefreshed, () => {
      // Keep what is shown; the next visit loads it again.
    });

  if (household.status === 'loading') return <p className="page muted">{t('app.loading')}</p>;
  if (household.status === 'error') {
    return (
      <div className="page">
        <BackLink to="/penduduk/rumah-tangga" label={t('population.nav.backToHouseholds')} />
        <LoadError
          title={t('population.household.loadFailed')}
          error={household.error}
          onRetry={household.reload}
        />
      </div>
    );
  }

  const h = household.data;
  const hasPin = h.latitude !== null && h.longitude !== null;
  const canEdit = canWriteRegistry(user, h.villageCode);
  const { headResidentId, headName } = refreshed ?? h;
  const title = h.householdNo
    ? t('population.household.titleNo', { no: h.householdNo })
    : t('population.household.title');
  const empty = (refreshed ?? h).families.length === 0;
  return (
    <div className="page household-page" data-testid="household-page">
      <BackLink to="/penduduk/rumah-tangga" label={t('population.nav.backToHouseholds')} />
      <SuccessNotice />
      <section className="panel" aria-labelledby="household-title">
        <p className="eyebrow">{t('population.household.eyebrow')}</p>
        <h1 id="household-title" className="page-title">
          {title}
        </h1>
        <p className="page-subtitle">{householdAddress(h.address, h.dusun, h.rw, h.rt)}</p>
        <p className="muted">
          {t('population.household.place', {
            village: toTitleCaseIfShouting(h.villageName),
            district: districtTitle,
          })}
        </p>
        <dl className="facts household-head" data-testid="household-head">
          <div>
            <dt>{t('population.householdHead.label')}</dt>
            <dd>
              {headResidentId ? (
                <Link to={{ pathname: `/penduduk/${h.villageCode}/${headResidentId}`, search }}>
                  {headName ?? t('population.householdHead.label')}
                </Link>
              ) : (
                <span className="muted">{t('population.householdHead.unset')}</span>
              )}
            </dd>
          </div>
        </dl>
        {canEdit && (
          <div className="action-buttons">
            <Link
              className="button button-primary"
              to={{ pathname: `/rumah-tangga/${h.villageCode}/${h.id}/ubah`, search }}
              data-testid="edit-household"
            >
              {t('population.householdEdit.action')}
            </Link>
            <Link
              className="button button-secondary"
              to={{
                pathname: '/penduduk/impor-rumah-tangga',
                search: new URLSearchParams({ region: h.villageCode }).toString(),
              }}
            >
              {t('population.nav.importHouseholds')}
            </Link>
            {empty && <DeleteHouseholdButton household={h} title={title} />}
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="map-title">
        <h2 id="map-title" className="section-title">
          {t('population.household.mapTitle')}
        </h2>
        <p className="map-caption">
          {hasPin
            ? t('population.household.coordinates', {
                lat: h.latitude?.toFixed(6),
                lng: h.longitude?.toFixed(6),
              })
            : t('population.household.noCoordinates')}
        </p>
        <Suspense
          fallback={
            <div className="household-map household-map-loading">{t('population.household.mapLoading')}</div>
          }
        >
          <HouseholdMap villageCode={h.villageCode} latitude={h.latitude} longitude={h.longitude} />
        </Suspense>
        <p className="field-hint">
          {t('population.household.legend', { village: toTitleCaseIfShouting(h.villageName) })}
        </p>
      </section>
      <HousingFacts housing={h.housing} />
      <HouseholdWelfarePanel villageCode={villageCode} householdId={id} />
      <HouseholdFamilies
        villageCode={h.villageCode}
        householdId={h.id}
        families={h.families}
        canEdit={canEdit}
        onChanged={() => void refresh()}
      />
      <AssistancePanel villageCode={h.villageCode} unitType="household" unitId={h.id} />
    </div>
  );
}
