import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FamilyCard } from '../../../api/populationTypes.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { canWriteRegistry } from '../shared/access.ts';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';

/** Birth, move-in, split and merge start from the family card they change (village staff only). */
export function FamilyActions({ family }: { family: FamilyCard }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const regionSearch = useRegionSearch();
  if (!family.active || !canWriteRegistry(user, family.villageCode)) return null;

  const base = `/keluarga/${family.villageCode}/${family.id}`;
  const moveInSearch = new URLSearchParams(regionSearch.slice(1));
  moveInSearch.set('keluarga', `${family.villageCode}/${family.id}`);
  const presentCount = family.members.filter((m) => m.status === 'present').length;

  return (
    <div className="action-buttons">
      <Link className="button button-primary" to={{ pathname: `${base}/kelahiran`, search: regionSearch }}>
        {t('population.kk.birth')}
      </Link>
      <Link
        className="button button-secondary"
        to={{ pathname: '/penduduk/pindah-datang', search: `?${moveInSearch.toString()}` }}
      >
        {t('population.kk.moveInHere')}
      </Link>
      {presentCount > 1 && (
        <Link className="button button-secondary" to={{ pathname: `${base}/pecah`, search: regionSearch }}>
          {t('population.kk.split')}
        </Link>
      )}
      <Link className="button button-secondary" to={{ pathname: `${base}/gabung`, search: regionSearch }}>
        {t('population.kk.merge')}
      </Link>
    </div>
  );
}
