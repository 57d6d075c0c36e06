import { useTranslation } from 'react-i18next';
import type { MapFigures, MapMetric } from '../../../api/assistanceMap.ts';
import { formatCount, formatRate, metricIndex, rateOf, type Language } from './mapMetrics.ts';
import { formatDateTime } from '../../../ui/format.ts';
import '../../../i18n/lazy/assistance.ts';
import '../../../i18n/lazy/povertyMap.ts';

/**
 * A village's figures in the map's readout (hover, or a tap on a phone): its households, the chosen metric's
 * counts, and the welfare figures beside it, so one look compares poverty with coverage; a figure counted
 * before the latest change in the village says so and when it was counted.
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
        const count = village.figures[metricIndex(figures, m.id)];
        const rate = rateOf(count);
        return (
          <span key={m.id}>
            {m.label[language]}: <strong>{rate === null ? '–' : formatRate(rate, m, language)}</strong>{' '}
            <span className="muted">({formatCount(village, figures, m, language)})</span>
            {count?.current === false && (
              <span className="poverty-map-stale" data-testid="readout-stale">
                {' '}
                {count.countedAt
                  ? t('assistance.freshness.figure', { time: formatDateTime(count.countedAt, language) })
                  : t('assistance.freshness.figureNotYet')}
              </span>
            )}
          </span>
        );
      })}
    </span>
  );
}
