import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createHousehold } from '../../../api/population.ts';
import type { FamilyCard } from '../../../api/populationTypes.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { householdAddress } from '../household/householdAddress.ts';
import { householdForFamily } from '../household/householdDraft.ts';
import { canWriteRegistry } from '../shared/access.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';

/**
 * "Buat rumah tangga" for a family not yet under any roof: a household at the card's address holding this
 * family, then straight to its form to pin the house and describe it. Village staff only.
 */
export function CreateHouseholdButton({ family }: { family: FamilyCard }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const [open, setOpen] = useState(false);
  if (family.householdId || !family.active || !canWriteRegistry(user, family.villageCode)) return null;

  const head =
    family.members.find((m) => m.status === 'present' && m.relationship === 1)?.fullName ??
    t('population.householdFamilies.noHeadName');

  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setOpen(true)}
        data-testid="create-household"
      >
        {t('population.householdCreate.button')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('population.householdCreate.title')}
        confirmLabel={t('population.householdCreate.submit')}
        testId="create-household-dialog"
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          const household = await createHousehold(family.villageCode, householdForFamily(family));
          await navigate(
            { pathname: `/rumah-tangga/${household.villageCode}/${household.id}/ubah`, search },
            { state: { notice: t('population.householdCreate.done') } },
          );
        }}
      >
        <p>
          {t('population.householdCreate.intro', {
            name: head,
            address: householdAddress(family.address, family.dusun, family.rw, family.rt),
          })}
        </p>
        <p>{t('population.householdCreate.next')}</p>
      </ConfirmDialog>
    </>
  );
}
