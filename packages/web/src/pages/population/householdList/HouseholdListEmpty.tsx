import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { writesAnywhere } from '../shared/access.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import type { EmptyReason } from './householdListQuery.ts';

/**
 * An empty page says why and what to do: with nothing registered yet, staff who can write are shown the
 * ways households come in (OpenSID's RTM file, the Regsosek housing sheet, or one family card at a time).
 */
export function HouseholdListEmpty({ reason }: { reason: EmptyReason }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = useRegionSearch();

  if (reason !== 'none') {
    return (
      <p className="notice notice-info" data-testid="no-households">
        {t(`population.householdList.empty.${reason}`)}
      </p>
    );
  }
  return (
    <div className="notice notice-info" data-testid="no-households">
      <p className="notice-title">{t('population.householdList.empty.none')}</p>
      {writesAnywhere(user) ? (
        <>
          <p>{t('population.householdList.empty.howImport')}</p>
          <p>{t('population.householdList.empty.howFamilyCard')}</p>
          <div className="action-buttons empty-actions">
            <Link
              className="button button-primary"
              to={{ pathname: '/penduduk/impor-rumah-tangga', search }}
              data-testid="import-households"
            >
              {t('population.nav.importHouseholds')}
            </Link>
            <Link
              className="button button-secondary"
              to={{ pathname: '/penduduk/impor-perumahan', search }}
              data-testid="import-housing"
            >
              {t('population.nav.importHousing')}
            </Link>
            <Link className="button button-secondary" to={{ pathname: '/penduduk', search }}>
              {t('population.householdList.empty.openResidents')}
            </Link>
          </div>
        </>
      ) : (
        <p>{t('population.householdList.empty.readOnly')}</p>
      )}
    </div>
  );
}
