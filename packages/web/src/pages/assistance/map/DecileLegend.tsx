import { useTranslation } from 'react-i18next';
import { DECILE_COLOURS, UNRANKED_COLOUR } from './mapMetrics.ts';
import '../../../i18n/lazy/povertyMap.ts';

/** What the points' colours mean: desil 1 (poorest) to 10, and not ranked. */
export function DecileLegend() {
  const { t } = useTranslation();
  return (
    <figure className="choropleth-legend">
      <figcaption>{t('povertyMap.village.decileLegend')}</figcaption>
      <ul>
        {DECILE_COLOURS.map((colour, i) => (
          <li key={colour}>
            <span
              className="choropleth-swatch decile-swatch"
              style={{ background: colour }}
              aria-hidden="true"
            />
            {i + 1}
          </li>
        ))}
        <li>
          <span
            className="choropleth-swatch decile-swatch"
            style={{ background: UNRANKED_COLOUR }}
            aria-hidden="true"
          />
          {t('povertyMap.village.unranked')}
        </li>
      </ul>
    </figure>
  );
}
