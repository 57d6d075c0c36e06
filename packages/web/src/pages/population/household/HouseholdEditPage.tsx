import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { fetchHousehold, updateHousehold } from '../../../api/population.ts';
import type { HouseholdDetail } from '../../../api/populationTypes.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { isRegionCode, toTitleCaseIfShouting } from '../../../regions/regionCodes.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { StatusPage } from '../../StatusPage.tsx';
import { AddressFields } from '../../../ui/AddressFields.tsx';
import { EventForm } from '../events/EventForm.tsx';
import { EventPageLayout } from '../events/EventPageLayout.tsx';
import { useEventForm } from '../events/useEventForm.ts';
import { canWriteRegistry } from '../shared/access.ts';
import { SuccessNotice } from '../../../ui/SuccessNotice.tsx';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { householdAddress } from './householdAddress.ts';
import { HeadSelect } from './HeadSelect.tsx';
import { checkHouseholdDraft, draftFromHousehold, householdChanges } from './householdDraft.ts';
import { HousingFieldsets } from './HousingFieldsets.tsx';
import { LocationFields } from './LocationFields.tsx';
import { useVillageBoundary } from './useVillageBoundary.ts';

export function HouseholdEditRoute() {
  const { village = '', id = '' } = useParams();
  const valid = isRegionCode(village) && id !== '';
  const user = useCurrentUser();
  const { t } = useTranslation();
  const household = useAsyncData(valid ? `${village}/${id}` : null, () => fetchHousehold(village, id));

  if (!valid) return <StatusPage kind="notFound" />;
  if (!canWriteRegistry(user, village)) return <StatusPage kind="forbidden" />;
  if (household.status === 'loading') return <p className="muted page">{t('app.loading')}</p>;
  if (household.status === 'error') {
    return (
      <div className="page">
        <LoadError
          title={t('population.household.loadFailed')}
          error={household.error}
          onRetry={household.reload}
        />
      </div>
    );
  }
  return <HouseholdEditForm key={household.data.id} household={household.data} />;
}

/**
 * Ubah rumah tangga: number, head and address, the pin on the village map, and the Regsosek housing facts.
 */
function HouseholdEditForm({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const form = useEventForm();
  const inVillage = useVillageBoundary(household.villageCode);
  const [draft, setDraft] = useState(() => draftFromHousehold(household));
  const back = `/rumah-tangga/${household.villageCode}/${household.id}`;
  const villageName = toTitleCaseIfShouting(household.villageName);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit(checkHouseholdDraft(draft, inVillage), async () => {
      const changes = householdChanges(draft, household);
      const changed = Object.keys(changes).length > 0;
      if (changed) await updateHousehold(household.villageCode, household.id, changes);
      await navigate(
        { pathname: back, search },
        {
          state: {
            notice: t(changed ? 'population.householdEdit.saved' : 'population.householdEdit.noChanges'),
          },
        },
      );
    });
  };

  return (
    <EventPageLayout
      title={t('population.householdEdit.title')}
      subtitle={[
        household.householdNo ? t('population.household.titleNo', { no: household.householdNo }) : null,
        householdAddress(household.address, household.dusun, household.rw, household.rt),
      ]
        .filter(Boolean)
        .join(' · ')}
      backTo={back}
      backLabel={t('population.householdEdit.back')}
      testId="household-edit-page"
    >
      <SuccessNotice />
      <EventForm
        form={form}
        intro={t('population.householdEdit.intro')}
        onSubmit={submit}
        submitLabel={t('population.householdEdit.submit')}
        cancelTo={back}
        testId="household-form"
      >
        <div className="form-grid">
          <TextField
            label={t('population.householdEdit.householdNo')}
            name="householdNo"
            hint={t('population.householdEdit.householdNoHint')}
            error={form.errorFor('householdNo')}
            maxLength={20}
            value={draft.householdNo}
            onChange={(householdNo) => setDraft({ ...draft, householdNo })}
          />
          <HeadSelect
            villageCode={household.villageCode}
            families={household.families}
            value={draft.headResidentId}
            onChange={(headResidentId) => setDraft({ ...draft, headResidentId })}
            recordedHead={{ id: household.headResidentId, name: household.headName }}
            error={form.errorFor('headResidentId')}
          />
        </div>
        <AddressFields
          legend={t('population.householdEdit.address')}
          prefix=""
          errorFor={form.errorFor}
          value={draft.address}
          onChange={(address) => setDraft({ ...draft, address })}
        />
        <LocationFields
          villageCode={household.villageCode}
          villageName={villageName}
          value={{ latitude: draft.latitude, longitude: draft.longitude }}
          onChange={(location) => setDraft((current) => ({ ...current, ...location }))}
          errorFor={form.errorFor}
          inVillage={inVillage}
        />
        <HousingFieldsets
          value={draft.housing}
          onChange={(housing) => setDraft({ ...draft, housing })}
          errorFor={form.errorFor}
        />
      </EventForm>
    </EventPageLayout>
  );
}
