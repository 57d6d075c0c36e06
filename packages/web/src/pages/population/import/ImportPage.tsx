import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { useSelectedRegion } from '../../../regions/useSelectedRegion.ts';
import { StatusPage } from '../../StatusPage.tsx';
import { writableVillage, writesAnywhere } from '../shared/access.ts';
import { PopulationNav } from '../shared/PopulationNav.tsx';
import { useRegionSearch } from '../shared/useRegionSearch.ts';
import { useRegionTitle } from '../shared/useRegionTitle.ts';
import { ImportFileStep } from './ImportFileStep.tsx';
import { ImportJobView } from './ImportJobView.tsx';

const JOB_PARAM = 'job';

/**
 * Impor data penduduk: upload an OpenSID file, watch it being checked, review the bad rows, then decide.
 * The job id sits in the URL, so a reload (or a dropped connection) resumes the same import.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const search = useRegionSearch();
  const [searchParams, setSearchParams] = useSearchParams();
  const village = writableVillage(user, code);
  const jobId = searchParams.get(JOB_PARAM);

  const setJob = (id: string | null) =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      if (id) next.set(JOB_PARAM, id);
      else next.delete(JOB_PARAM);
      return next;
    });

  if (!writesAnywhere(user)) return <StatusPage kind="forbidden" />;
  return (
    <div className="page population-page" data-testid="import-page">
      <header className="page-header">
        <h1 className="page-title">{t('import.title')}</h1>
        <p className="page-subtitle">{regionTitle}</p>
      </header>
      <PopulationNav />
      {village === null ? (
        <p className="notice notice-info">{t('population.forms.chooseVillage')}</p>
      ) : jobId ? (
        <ImportJobView key={jobId} villageCode={village} jobId={jobId} onRestart={() => setJob(null)} />
      ) : (
        <>
          <ImportFileStep villageCode={village} onUploaded={setJob} />
          <p className="notice notice-info">
            {t('householdImport.crossLink')}{' '}
            <Link to={{ pathname: '/penduduk/impor-rumah-tangga', search }}>
              {t('householdImport.crossLinkAction')}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
