import { useTranslation } from 'react-i18next';
import { NO_DATA_COLOUR, type ChoroplethClass } from './choropleth.ts';

/** The classes of a choropleth as swatches with their ranges, and the "no data" grey. */
export function ChoroplethLegend({
  title,
  classes,
  formatValue,
  note,
}: {
  title: string;
  classes: readonly ChoroplethClass[];
  formatValue: (value: number) => string;
  /** About the values themselves, under the classes (e.g. some being recounted). */
  note?: string | undefined;
}) {
  const { t } = useTranslation();
  const range = (c: ChoroplethClass) =>
    c.min === c.max ? formatValue(c.min) : `${formatValue(c.min)} – ${formatValue(c.max)}`;
  return (
    <figure className="choropleth-legend">
      <figcaption>{title}</figcaption>
      <ul>
        {classes.map((c) => (
          <li key={c.colour}>
            <span className="choropleth-swatch" style={{ background: c.colour }} aria-hidden="true" />
            {range(c)}
          </li>
        ))}
        <li>
          <span className="choropleth-swatch" style={{ background: NO_DATA_COLOUR }} aria-hidden="true" />
          {t('map.noData')}
        </li>
      </ul>
      {note && (
        <p className="choropleth-legend-note" data-testid="legend-note">
          {note}
        </p>
      )}
    </figure>
  );
}
