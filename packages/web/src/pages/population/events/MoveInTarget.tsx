import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchFamily } from '../../../api/population.ts';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { FamilyPicker } from '../../../ui/FamilyPicker.tsx';
import '../../../i18n/lazy/populationEvents.ts';

interface MoveInTargetProps {
  villageCode: string;
  newFamily: boolean;
  onNewFamily: (value: boolean) => void;
  familyId: string | null;
  onFamily: (id: string | null) => void;
  errorFor: (field: string) => string | undefined;
  /** The new-family fields (KK number, address). */
  children: ReactNode;
}

/** Where the newcomers go: a new family card (with its number and address) or an existing card. */
export function MoveInTarget({
  villageCode,
  newFamily,
  onNewFamily,
  familyId,
  onFamily,
  errorFor,
  children,
}: MoveInTargetProps) {
  const { t } = useTranslation();
  const family = useAsyncData(!newFamily && familyId ? familyId : null, () =>
    fetchFamily(villageCode, familyId ?? ''),
  );
  const head =
    family.status === 'success'
      ? family.data.members.find((m) => m.relationship === 1 && m.status === 'present')
      : undefined;

  return (
    <fieldset className="form-section">
      <legend>{t('population.moveIn.target')}</legend>
      <div className="segmented" role="radiogroup" aria-label={t('population.moveIn.target')}>
        <label className="segmented-option">
          <input type="radio" name="target" checked={newFamily} onChange={() => onNewFamily(true)} />
          <span>{t('population.moveIn.newFamily')}</span>
        </label>
        <label className="segmented-option">
          <input type="radio" name="target" checked={!newFamily} onChange={() => onNewFamily(false)} />
          <span>{t('population.moveIn.existingFamily')}</span>
        </label>
      </div>
      {newFamily ? (
        children
      ) : familyId ? (
        <p className="chosen-family" data-field="familyId">
          {t('population.fields.kkNumber')}{' '}
          <span className="mono">{family.status === 'success' ? family.data.kkMasked : '…'}</span>
          {head && ` · ${t('population.kk.headName')}: ${head.fullName}`}{' '}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onFamily(null)}
          >
            {t('population.merge.change')}
          </button>
        </p>
      ) : (
        <div data-field="familyId">
          <FamilyPicker villageCode={villageCode} onPick={onFamily} />
          {errorFor('familyId') && <p className="field-error">{t('population.moveIn.chooseFamily')}</p>}
        </div>
      )}
    </fieldset>
  );
}
