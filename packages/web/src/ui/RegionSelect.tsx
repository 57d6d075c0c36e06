import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getRegionChildren } from '../regions/regionCache.ts';
import { sortByName, toTitleCaseIfShouting } from '../regions/regionCodes.ts';
import { useAsyncData } from './useAsyncData.ts';

interface RegionSelectProps {
  label: string;
  /** Whose children are listed; undefined disables the select (e.g. no district chosen yet). */
  parentCode: string | undefined;
  value: string | undefined;
  /** Label of the empty option, which stands for "the whole parent region". */
  allLabel: string;
  onChange: (code: string | undefined) => void;
}

export function RegionSelect({ label, parentCode, value, allLabel, onChange }: RegionSelectProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const children = useAsyncData(parentCode ?? null, () => getRegionChildren(parentCode ?? ''));
  const options = children.status === 'success' ? sortByName(children.data) : [];
  const failed = parentCode !== undefined && children.status === 'error';

  return (
    <div className="region-select">
      <label htmlFor={inputId}>{label}</label>
      <select
        id={inputId}
        value={value ?? ''}
        disabled={parentCode === undefined || children.status !== 'success'}
        aria-invalid={failed || undefined}
        title={failed ? t('regionPicker.loadFailed') : undefined}
        onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
      >
        <option value="">{failed ? t('regionPicker.loadFailed') : allLabel}</option>
        {/* Keep the current value selectable while the list is still loading. */}
        {value !== undefined && options.length === 0 && <option value={value}>{t('app.loading')}</option>}
        {options.map((region) => (
          <option key={region.code} value={region.code}>
            {toTitleCaseIfShouting(region.name)}
          </option>
        ))}
      </select>
    </div>
  );
}
