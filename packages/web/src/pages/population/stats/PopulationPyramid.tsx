import { useTranslation } from 'react-i18next';
import type { PopulationStats } from '../../../api/populationTypes.ts';
import { formatNumber } from '../../../ui/format.ts';

const percent = (value: number, max: number) => `${max > 0 ? (value / max) * 100 : 0}%`;

/**
 * The age pyramid as a real table (men | age band | women) whose cells carry the bars: screen readers read
 * the numbers, everyone else sees the shape. Oldest band on top, as pyramids are drawn.
 */
export function PopulationPyramid({ pyramid }: { pyramid: PopulationStats['pyramid'] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...pyramid.flatMap((row) => [row.male, row.female]));
  const rows = [...pyramid].reverse();
  const totalMale = pyramid.reduce((sum, row) => sum + row.male, 0);
  const totalFemale = pyramid.reduce((sum, row) => sum + row.female, 0);

  return (
    <section className="panel chart-panel chart-wide" aria-labelledby="pyramid-title">
      <h2 id="pyramid-title" className="section-title">
        {t('population.stats.pyramid')}
      </h2>
      <table className="pyramid" data-testid="pyramid">
        <caption className="visually-hidden">{t('population.stats.pyramidCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="pyramid-male-head">
              {t('population.stats.male')}
            </th>
            <th scope="col">{t('population.stats.ageBand')}</th>
            <th scope="col" className="pyramid-female-head">
              {t('population.stats.female')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.band}>
              <td className="pyramid-cell pyramid-male">
                <span className="pyramid-value">{formatNumber(row.male)}</span>
                <span className="bar bar-male" style={{ width: percent(row.male, max) }} />
              </td>
              <th scope="row" className="pyramid-band">
                {row.band}
              </th>
              <td className="pyramid-cell pyramid-female">
                <span className="bar bar-female" style={{ width: percent(row.female, max) }} />
                <span className="pyramid-value">{formatNumber(row.female)}</span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td className="pyramid-total">{formatNumber(totalMale)}</td>
            <th scope="row">{t('population.stats.total')}</th>
            <td className="pyramid-total pyramid-total-female">{formatNumber(totalFemale)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
