import { useTranslation } from 'react-i18next';
import { getRegionChildren } from '../../regions/regionCache.ts';
import { sortByName, toTitleCaseIfShouting } from '../../regions/regionCodes.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import '../../i18n/lazy/users.ts';

interface RegionOptionSelectProps {
  label: string;
  /** Field name, for server errors: `district` or `areaCode`. */
  name: string;
  /** Whose children are offered; '' disables the select until the level above is chosen. */
  parentCode: string;
  /** What the empty select says while there is no parent yet. */
  waitingLabel: string;
  value: string;
  error: string | undefined;
  hint?: string | undefined;
  onChange: (code: string) => void;
  onBlur?: () => void;
}

/** A required form select of the kecamatan of the regency, or the desa/kelurahan of a kecamatan. */
export function RegionOptionSelect(props: RegionOptionSelectProps) {
  const { label, name, parentCode, waitingLabel, value, error, hint, onChange, onBlur } = props;
  const { t } = useTranslation();
  const children = useAsyncData(parentCode === '' ? null : parentCode, () => getRegionChildren(parentCode));
  const options = children.status === 'success' ? sortByName(children.data) : [];
  const failed = parentCode !== '' && children.status === 'error';
  const placeholder =
    parentCode === '' ? waitingLabel : children.status === 'success' ? t('forms.choose') : t('app.loading');

  return (
    <FormField
      label={label}
      name={name}
      error={error ?? (failed ? t('users.create.regionsFailed') : undefined)}
      hint={hint}
      required
    >
      {(control) => (
        <select
          {...control}
          value={value}
          disabled={parentCode === '' || children.status !== 'success'}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        >
          <option value="">{placeholder}</option>
          {/* Keep a chosen value selectable while the list is still loading. */}
          {value !== '' && options.length === 0 && <option value={value}>{t('app.loading')}</option>}
          {options.map((region) => (
            <option key={region.code} value={region.code}>
              {toTitleCaseIfShouting(region.name)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
