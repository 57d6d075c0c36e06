import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { deleteHousehold } from '../../../api/householdDelete.ts';
import type { HouseholdDetail } from '../../../api/populationTypes.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { householdAddress } from './householdAddress.ts';

interface DeleteHouseholdButtonProps {
  household: Pick<HouseholdDetail, 'villageCode' | 'id' | 'address' | 'dusun' | 'rw' | 'rt'>;
  /** The household as the page names it ("Rumah tangga 017"). */
  title: string;
}

/**
 * "Hapus rumah tangga" for a household registered by mistake: asks first, deletes, then goes back to the
 * household list with a notice. The page offers it only to village staff and only while no family lives
 * here; the server checks both again (a family moved in meanwhile is refused there and said in the dialog).
 */
export function DeleteHouseholdButton({ household, title }: DeleteHouseholdButtonProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = useRegionSearch();
  const [open, setOpen] = useState(false);

  return (
    <>
      <button
        type="button"
        className="button button-danger-outline"
        onClick={() => setOpen(true)}
        data-testid="delete-household"
      >
        {t('population.householdDelete.button')}
      </button>
      <ConfirmDialog
        open={open}
        danger
        title={t('population.householdDelete.title')}
        confirmLabel={t('population.householdDelete.submit')}
        testId="delete-household-dialog"
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          await deleteHousehold(household.villageCode, household.id);
          await navigate(
            { pathname: '/penduduk/rumah-tangga', search },
            { state: { notice: t('population.householdDelete.done', { title }) } },
          );
        }}
      >
        <p>
          {t('population.householdDelete.intro', {
            title,
            address: householdAddress(household.address, household.dusun, household.rw, household.rt),
          })}
        </p>
        <p className="field-hint">{t('population.householdDelete.note')}</p>
      </ConfirmDialog>
    </>
  );
}
