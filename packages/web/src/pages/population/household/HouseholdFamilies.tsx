import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchFamily, setFamilyHousehold } from '../../../api/population.ts';
import type { FamilyCard, HouseholdFamily } from '../../../api/populationTypes.ts';
import { FamilyPicker } from '../../../ui/FamilyPicker.tsx';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';

interface HouseholdFamiliesProps {
  villageCode: string;
  householdId: string;
  families: HouseholdFamily[];
  /** Village staff may add and remove families; everyone else reads the list. */
  canEdit: boolean;
  /** After a family was added or taken out (the household's head may have changed with it). */
  onChanged?: () => void;
}

/** A family card as a row of the household's list (head, card number, members living). */
function familyRow(card: FamilyCard): HouseholdFamily {
  const present = card.members.filter((m) => m.status === 'present');
  return {
    id: card.id,
    kkMasked: card.kkMasked,
    active: card.active,
    headName: present.find((m) => m.relationship === 1)?.fullName ?? null,
    memberCount: present.length,
  };
}

/** The families under this roof, with adding one of the village's families and taking one out. */
export function HouseholdFamilies(props: HouseholdFamiliesProps) {
  const { villageCode, householdId, families, canEdit, onChanged } = props;
  const { t } = useTranslation();
  const search = useRegionSearch();
  const [list, setList] = useState(families);
  const [notice, setNotice] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [adding, setAdding] = useState<FamilyCard | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<HouseholdFamily | null>(null);
  const nameOf = (name: string | null) => name ?? t('population.householdFamilies.noHeadName');

  const pick = (familyId: string) => {
    setPickError(null);
    fetchFamily(villageCode, familyId).then(setAdding, (error: unknown) =>
      setPickError(error instanceof Error ? error.message : String(error)),
    );
  };

  return (
    <section className="panel" aria-labelledby="families-title" data-testid="household-families">
      <div className="panel-heading">
        <h2 id="families-title" className="section-title">
          {t('population.household.families', { n: list.length })}
        </h2>
        {canEdit && !picking && (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setNotice(null);
              setPicking(true);
            }}
          >
            {t('population.householdFamilies.add')}
          </button>
        )}
      </div>
      {notice && (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      )}
      {list.length === 0 ? (
        <p className="muted">{t('population.householdFamilies.none')}</p>
      ) : (
        <ul className="link-list household-families">
          {list.map((family) => (
            <li key={family.id} className="household-family">
              <span>
                <Link to={{ pathname: `/keluarga/${villageCode}/${family.id}`, search }}>
                  {family.headName ?? t('population.household.noHead')}
                </Link>
                <span className="muted">
                  {' '}
                  · {t('population.fields.kkNumber')} <span className="mono">{family.kkMasked}</span> ·{' '}
                  {t('population.household.memberCount', { n: family.memberCount })}
                  {!family.active && ` · ${t('population.kk.inactive')}`}
                </span>
              </span>
              {/* Any card can leave a household; only active ones can be placed in one (see the picker). */}
              {canEdit && (
                <button
                  type="button"
                  className="button button-danger-outline button-small"
                  aria-label={t('population.householdFamilies.removeLabel', {
                    name: nameOf(family.headName),
                  })}
                  onClick={() => setRemoving(family)}
                >
                  {t('population.householdFamilies.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {picking && (
        <fieldset className="form-section form-stack">
          <legend>{t('population.householdFamilies.addTitle')}</legend>
          <FamilyPicker
            villageCode={villageCode}
            excludeFamilyIds={list.map((family) => family.id)}
            onPick={pick}
          />
          {pickError && <p className="notice notice-error">{pickError}</p>}
          <div>
            <button type="button" className="button button-secondary" onClick={() => setPicking(false)}>
              {t('population.householdFamilies.closeAdd')}
            </button>
          </div>
        </fieldset>
      )}
      <ConfirmDialog
        open={adding !== null}
        title={t('population.householdFamilies.confirmAddTitle')}
        confirmLabel={t('population.householdFamilies.confirmAddSubmit')}
        testId="add-family-dialog"
        onClose={() => setAdding(null)}
        onConfirm={async () => {
          if (!adding) return;
          await setFamilyHousehold(villageCode, adding.id, householdId);
          const row = familyRow(adding);
          setList((current) => [...current.filter((f) => f.id !== row.id), row]);
          setPicking(false);
          setNotice(t('population.householdFamilies.added', { name: nameOf(row.headName) }));
          onChanged?.();
        }}
      >
        {adding && (
          <>
            <p>
              {t('population.householdFamilies.confirmAdd', {
                name: nameOf(familyRow(adding).headName),
                kk: adding.kkMasked,
              })}
            </p>
            {adding.householdId !== null && adding.householdId !== householdId && (
              <p className="notice notice-warning">{t('population.householdFamilies.movesFromOther')}</p>
            )}
          </>
        )}
      </ConfirmDialog>
      <ConfirmDialog
        open={removing !== null}
        danger
        title={t('population.householdFamilies.confirmRemoveTitle')}
        confirmLabel={t('population.householdFamilies.confirmRemoveSubmit')}
        testId="remove-family-dialog"
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing) return;
          await setFamilyHousehold(villageCode, removing.id, null);
          setList((current) => current.filter((f) => f.id !== removing.id));
          setNotice(t('population.householdFamilies.removed', { name: nameOf(removing.headName) }));
          onChanged?.();
        }}
      >
        {removing && (
          <>
            <p>
              {t('population.householdFamilies.confirmRemove', {
                name: nameOf(removing.headName),
                kk: removing.kkMasked,
              })}
            </p>
            {list.length === 1 && (
              <p className="notice notice-warning">{t('population.householdFamilies.lastFamily')}</p>
            )}
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
