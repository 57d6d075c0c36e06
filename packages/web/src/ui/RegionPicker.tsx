import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/useAuth.ts';
import { ancestorAt, areaDisplayName, levelOfCode } from '../regions/regionCodes.ts';
import { useSelectedRegion } from '../regions/useSelectedRegion.ts';
import { RegionSelect } from './RegionSelect.tsx';

/**
 * Cascading kecamatan → desa selects that start at the user's own area: regency-level users pick any
 * district and then a village, district staff pick a village in their district, village users are fixed.
 */
export function RegionPicker() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { code, select } = useSelectedRegion();

  if (user.areaLevel === 'village') {
    return (
      <div className="region-picker region-picker-fixed">
        <span className="region-picker-label">{t('regionPicker.label')}</span>
        <span className="region-picker-value">{areaDisplayName(user)}</span>
      </div>
    );
  }

  const districtCode = user.areaLevel === 'district' ? user.areaCode : ancestorAt(code, 'district');
  const villageCode = levelOfCode(code) === 'village' ? code : undefined;

  return (
    <div className="region-picker" role="group" aria-label={t('regionPicker.label')}>
      {user.areaLevel === 'regency' ? (
        <RegionSelect
          label={t('regionPicker.district')}
          parentCode={user.areaCode}
          value={districtCode}
          allLabel={t('regionPicker.allDistricts')}
          onChange={(next) => select(next ?? user.areaCode)}
        />
      ) : (
        <div className="region-select region-select-fixed">
          <span className="region-picker-label">{t('regionPicker.district')}</span>
          <span className="region-picker-value">{areaDisplayName(user)}</span>
        </div>
      )}
      <RegionSelect
        label={t('regionPicker.village')}
        parentCode={districtCode}
        value={villageCode}
        allLabel={t('regionPicker.allVillages')}
        onChange={(next) => select(next ?? districtCode ?? user.areaCode)}
      />
    </div>
  );
}
