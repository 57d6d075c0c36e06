import { useTranslation } from 'react-i18next';
import type { PopulationStats } from '../../../api/populationTypes.ts';
import { formatNumber } from '../../../ui/format.ts';

/** Headline numbers: residents (present), men, women, family cards, households. */
export function PopulationTotals({ totals }: { totals: PopulationStats['totals'] }) {
  const { t } = useTranslation();
  const items: [string, number][] = [
    [t('population.stats.residents'), totals.residents],
    [t('population.stats.male'), totals.male],
    [t('population.stats.female'), totals.female],
    [t('population.stats.families'), totals.families],
    [t('population.stats.households'), totals.households],
  ];
  return (
    <dl className="stats" data-testid="population-totals">
      {items.map(([label, value]) => (
        <div className="stat" key={label}>
          <dt>{label}</dt>
          <dd>{formatNumber(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
