import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapHouseholdFilter } from '../../../api/assistanceMap.ts';
import '../../../i18n/lazy/povertyMap.ts';

const DECILES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The drill-down's filters: one program, and a decile range (the lower end never above the upper). */
export function DrillDownFilters({
  programs,
  filter,
  onChange,
}: {
  programs: readonly string[];
  filter: MapHouseholdFilter;
  onChange: (filter: MapHouseholdFilter) => void;
}) {
  const { t } = useTranslation();
  const programId = useId();
  const fromId = useId();
  const toId = useId();
  const decile = (value: string) => (value === '' ? undefined : Number(value));
  const set = (change: Partial<MapHouseholdFilter>) => {
    const next = { ...filter, ...change };
    // Moving one end past the other moves the other along, so the range is never empty by mistake.
    if (next.decileMin !== undefined && next.decileMax !== undefined && next.decileMin > next.decileMax)
      if ('decileMin' in change) next.decileMax = next.decileMin;
      else next.decileMin = next.decileMax;
    onChange(next);
  };
  return (
    <div className="poverty-map-filters">
      <div className="inline-field">
        <label htmlFor={programId}>{t('povertyMap.village.program')}</label>
        <select
          id={programId}
          value={filter.program ?? ''}
          onChange={(e) => set({ program: e.target.value === '' ? undefined : e.target.value })}
        >
          <option value="">{t('povertyMap.village.anyProgram')}</option>
          {programs.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={fromId}>{t('povertyMap.village.decileFrom')}</label>
        <select
          id={fromId}
          value={filter.decileMin ?? ''}
          onChange={(e) => set({ decileMin: decile(e.target.value) })}
        >
          <option value="">{t('povertyMap.village.anyDecile')}</option>
          {DECILES.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>{t('povertyMap.village.decileTo')}</label>
        <select
          id={toId}
          value={filter.decileMax ?? ''}
          onChange={(e) => set({ decileMax: decile(e.target.value) })}
        >
          <option value="">{t('povertyMap.village.anyDecile')}</option>
          {DECILES.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
