import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapMetric } from '../../../api/assistanceMap.ts';
import type { Messages } from '../../../i18n/id.ts';
import { metricGroups, type Language } from './mapMetrics.ts';
import '../../../i18n/lazy/povertyMap.ts';

type FamilyKey = keyof Messages['povertyMap']['families'];
const isKnownFamily = (family: string, known: object): family is FamilyKey => family in known;

/** The metric picker: the catalogue's metrics grouped by family (welfare, recipients of each program …). */
export function MetricPicker({
  metrics,
  value,
  onChange,
  language,
}: {
  metrics: readonly MapMetric[];
  value: string;
  onChange: (metricId: string) => void;
  language: Language;
}) {
  const { t } = useTranslation();
  const id = useId();
  const families = t('povertyMap.families', { returnObjects: true });
  return (
    <div className="inline-field poverty-map-metric">
      <label htmlFor={id}>{t('povertyMap.metric')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid="metric-picker">
        {metricGroups(metrics).map((group) => (
          <optgroup
            key={group.family}
            label={
              isKnownFamily(group.family, families) ? t(`povertyMap.families.${group.family}`) : group.family
            }
          >
            {group.metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label[language]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
