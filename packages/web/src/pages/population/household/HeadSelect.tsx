import { useTranslation } from 'react-i18next';
import { fetchFamily } from '../../../api/population.ts';
import type { HouseholdFamily } from '../../../api/populationTypes.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { FormField } from '../../../ui/FormField.tsx';
import { formatDate } from '../../../ui/format.ts';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { useCodeLists } from '../../../ui/useCodeLists.ts';
import { headChoiceGroups, isHeadChoice } from './householdHead.ts';

interface HeadSelectProps {
  villageCode: string;
  families: HouseholdFamily[];
  /** Resident id, "" for none. */
  value: string;
  onChange: (residentId: string) => void;
  /** The head as recorded, named even when they no longer live here (and so are not among the choices). */
  recordedHead: { id: string | null; name: string | null };
  error: string | undefined;
}

/** Kepala rumah tangga: one of the living members of the household's family cards, grouped by card. */
export function HeadSelect({ villageCode, families, value, onChange, recordedHead, error }: HeadSelectProps) {
  const { t } = useTranslation();
  const { label } = useCodeLists();
  const ids = families.map((family) => family.id);
  const cards = useAsyncData(ids.length > 0 ? `${villageCode}/${ids.join(',')}` : null, () =>
    Promise.all(ids.map((id) => fetchFamily(villageCode, id))),
  );
  const groups = cards.status === 'success' ? headChoiceGroups(cards.data) : [];
  const loading = ids.length > 0 && cards.status === 'loading';
  const strayValue = value !== '' && !loading && !isHeadChoice(groups, value);
  const strayName = value === recordedHead.id ? (recordedHead.name ?? value) : value;

  return (
    <FormField
      label={t('population.householdHead.label')}
      name="headResidentId"
      className="span-2"
      error={error}
      hint={ids.length === 0 ? t('population.householdHead.noFamilies') : t('population.householdHead.hint')}
    >
      {(control) => (
        <>
          <select
            {...control}
            value={value}
            disabled={loading}
            onChange={(event) => onChange(event.target.value)}
            data-testid="head-select"
          >
            <option value="">{loading ? t('app.loading') : t('population.householdHead.none')}</option>
            {(strayValue || (loading && value !== '')) && (
              <option value={value}>
                {loading ? strayName : t('population.householdHead.notLiving', { name: strayName })}
              </option>
            )}
            {groups.map((group) => (
              <optgroup
                key={group.familyId}
                label={
                  group.familyHeadName
                    ? t('population.householdHead.group', { kk: group.kkMasked, name: group.familyHeadName })
                    : t('population.householdHead.groupNoHead', { kk: group.kkMasked })
                }
              >
                {group.members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {t('population.householdHead.option', {
                      name: member.fullName,
                      relationship: label('kk_level', member.relationship) ?? '—',
                      born: formatDate(member.birthDate, currentLanguage()),
                    })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {cards.status === 'error' && (
            <p className="notice notice-error">
              {t('population.householdHead.loadFailed')}{' '}
              <button type="button" className="button button-secondary button-small" onClick={cards.reload}>
                {t('dashboard.retry')}
              </button>
            </p>
          )}
        </>
      )}
    </FormField>
  );
}
