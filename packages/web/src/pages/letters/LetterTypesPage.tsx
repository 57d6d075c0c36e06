import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchLetterTypes } from '../../api/letters.ts';
import { levelOfCode } from '../../regions/regionCodes.ts';
import { useRegionSearch } from '../../regions/useRegionSearch.ts';
import { useRegionTitle } from '../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../regions/useSelectedRegion.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import './letters.css';

/** Jenis surat: the catalogue as the village set it (on or off, classification, sequence, authority). */
export function LetterTypesPage() {
  const { t } = useTranslation();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const search = useRegionSearch();
  const isVillage = levelOfCode(code) === 'village';
  const result = useAsyncData(isVillage ? code : null, () => fetchLetterTypes(code));

  return (
    <div className="page letters-page" data-testid="letter-types-page">
      <BackLink to={`/surat${search}`} label={t('letters.list.title')} />
      <div className="page-header">
        <h1 className="page-title">{t('letters.types.title')}</h1>
        <p className="page-subtitle">{t('letters.types.subtitle', { region: regionTitle })}</p>
      </div>
      <section className="panel">
        {!isVillage ? (
          <p className="notice notice-info">{t('letters.list.chooseVillage')}</p>
        ) : result.status === 'error' ? (
          <LoadError title={t('letters.types.loadFailed')} error={result.error} onRetry={result.reload} />
        ) : result.status === 'loading' ? (
          <p className="muted">{t('app.loading')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table responsive-table letter-types-table">
              <caption className="visually-hidden">{t('letters.types.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('letters.types.name')}</th>
                  <th scope="col">{t('letters.types.klasifikasi')}</th>
                  <th scope="col">{t('letters.types.authority')}</th>
                  <th scope="col">{t('letters.types.sequence')}</th>
                  <th scope="col">{t('letters.types.enabled')}</th>
                </tr>
              </thead>
              <tbody>
                {result.data.map((type) => (
                  <tr key={type.code} data-testid="letter-type-row">
                    <th scope="row">
                      <Link to={{ pathname: `/surat/jenis/${code}/${type.code}`, search }}>{type.name}</Link>{' '}
                      <span className="muted">({type.numberCode})</span>
                    </th>
                    <td data-label={t('letters.types.klasifikasi')}>{type.klasifikasi}</td>
                    <td data-label={t('letters.types.authority')}>
                      {t(`letters.types.authorityLabels.${type.authority}`)}
                    </td>
                    <td data-label={t('letters.types.sequence')}>
                      {type.sequenceScope === 'type'
                        ? t('letters.types.sequenceType')
                        : t('letters.types.sequenceVillage')}
                    </td>
                    <td data-label={t('letters.types.enabled')}>
                      {type.enabled ? t('letters.types.yes') : t('letters.types.no')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
