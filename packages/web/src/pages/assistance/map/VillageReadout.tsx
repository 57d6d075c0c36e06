import { useTranslation } from 'react-i18next';
import type { MapFigures, MapMetric } from '../../../api/assistanceMap.ts';
import { formatCount, formatRate, metricIndex, rateOf, type Language } from './mapMetrics.ts';
import '../../../i18n/lazy/povertyMap.ts';

/**
 * A village's figures in the map's readout (hover, or a tap on a phone): its households, the chosen metric's
 * counts, and the welfare figures beside it, so one look compares poverty with coverage.
 */
export function VillageReadout({
  figures,
  code,
  metric,
  language,
}: {
  figures: MapFigures;
  code: string;
  metric: MapMetric;
  language: Language;
}) {
  const { t } = useTranslation();
  const village = figures.villages.find((v) => v.code === code);
  if (!village) return null;
  const shown = [metric, ...figures.metrics.filter((m) => m.family === 'welfare' && m.id !== metric.id)];
  return (
    <span className="poverty-map-readout" data-testid="village-readout">
      <span>{t('povertyMap.households', { n: village.households.toLocaleString(language) })}</span>
      {shown.map((m) => {
        const rate = rateOf(village.figures[metricIndex(figures, m.id)]);
        return (
          <span key={m.id}>
            {m.label[language]}: <strong>{rate === null ? '–' : formatRate(rate, m, language)}</strong>{' '}
            <span className="muted">({formatCount(village, figures, m, language)})</span>
          </span>
        );
      })}
    </span>
  );
}
