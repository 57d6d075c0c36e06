import { formatNumber } from '../../ui/format.ts';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../api/types.ts';

interface Stat {
  label: string;
  value: number;
}

/** Headline numbers for the selected region, computed from the child list the page already loaded. */
export function RegionStats({ region, children }: { region: Region; children: Region[] }) {
  const { t } = useTranslation();
  const stats: Stat[] = [];

  if (region.level === 'regency' || region.level === 'province') {
    stats.push({ label: t('dashboard.districtCount'), value: children.length });
    stats.push({
      label: t('dashboard.villageCount'),
      value: children.reduce((sum, child) => sum + child.childCount, 0),
    });
  } else if (region.level === 'district') {
    stats.push({ label: t('dashboard.villageCount'), value: children.length });
    stats.push({ label: t('dashboard.desaCount'), value: children.filter((c) => c.kind === 'desa').length });
    stats.push({
      label: t('dashboard.kelurahanCount'),
      value: children.filter((c) => c.kind === 'kelurahan').length,
    });
  }

  if (stats.length === 0) return null;
  return (
    <dl className="stats">
      {stats.map((stat) => (
        <div className="stat" key={stat.label}>
          {/* A zero-width space after '/' lets "Desa/kelurahan" wrap there instead of mid-word. */}
          <dt>{stat.label.replaceAll('/', '/\u200b')}</dt>
          <dd>{formatNumber(stat.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
