import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchFamily, revealFamily } from '../../../api/population.ts';
import type { RevealedFamily } from '../../../api/populationTypes.ts';
import { isRegionCode } from '../../../regions/regionCodes.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { StatusPage } from '../../StatusPage.tsx';
import { BackLink } from '../../../ui/BackLink.tsx';
import { ReasonDialog } from '../../../ui/ReasonDialog.tsx';
import { SuccessNotice } from '../../../ui/SuccessNotice.tsx';
import { useRegionSearch } from '../../../regions/useRegionSearch.ts';
import { PrintButtons } from '../shared/PrintButtons.tsx';
import { CreateHouseholdButton } from './CreateHouseholdButton.tsx';
import { FamilyActions } from './FamilyActions.tsx';
import { FamilyCardView } from './FamilyCardView.tsx';
import { FamilyWelfarePanel } from '../../assistance/welfare-facts/FamilyWelfarePanel.tsx';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { canWriteRegistry } from '../shared/access.ts';

export function FamilyCardRoute() {
  const { village = '', id = '' } = useParams();
  if (!isRegionCode(village) || id === '') return <StatusPage kind="notFound" />;
  return <FamilyCardPage key={`${village}/${id}`} villageCode={village} id={id} />;
}

/** Kartu Keluarga: the card itself, reveal of the full numbers (audited), and the family's life events. */
function FamilyCardPage({ villageCode, id }: { villageCode: string; id: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const search = useRegionSearch();
  const family = useAsyncData(`${villageCode}/${id}`, () => fetchFamily(villageCode, id));
  const [revealed, setRevealed] = useState<RevealedFamily | null>(null);
  const [revealOpen, setRevealOpen] = useState(false);

  if (family.status === 'loading') return <p className="page muted">{t('app.loading')}</p>;
  if (family.status === 'error') {
    return (
      <div className="page">
        <BackLink to="/penduduk" label={t('population.nav.backToList')} />
        <LoadError title={t('population.kk.loadFailed')} error={family.error} onRetry={family.reload} />
      </div>
    );
  }

  const card = family.data;
  return (
    <div className="page family-page" data-testid="family-page">
      <BackLink to="/penduduk" label={t('population.nav.backToList')} />
      <SuccessNotice />
      <FamilyCardView family={card} revealed={revealed} linkMembers />
      <section className="panel actions-panel" aria-labelledby="family-actions-title">
        <h2 id="family-actions-title" className="section-title">
          {t('population.kk.actionsTitle')}
        </h2>
        <div className="action-buttons">
          {revealed ? (
            <button type="button" className="button button-secondary" onClick={() => setRevealed(null)}>
              {t('population.reveal.hide')}
            </button>
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setRevealOpen(true)}>
              {t('population.reveal.button')}
            </button>
          )}
          <PrintButtons pdfUrl={`/api/villages/${villageCode}/families/${id}/pdf`} what="family" />
          {card.householdId ? (
            <Link
              className="button button-secondary"
              to={{ pathname: `/rumah-tangga/${card.villageCode}/${card.householdId}`, search }}
            >
              {t('population.kk.openHousehold')}
            </Link>
          ) : (
            <CreateHouseholdButton family={card} />
          )}
        </div>
        {!card.householdId && <p className="field-hint">{t('population.householdCreate.missing')}</p>}
        {revealed && <p className="field-hint">{t('population.reveal.shownNote')}</p>}
        <FamilyActions family={card} />
      </section>
      <FamilyWelfarePanel
        villageCode={villageCode}
        familyId={id}
        canWrite={canWriteRegistry(user, villageCode)}
      />
      <ReasonDialog
        open={revealOpen}
        testId="reveal-dialog"
        title={t('population.reveal.title')}
        intro={t('population.reveal.introFamily')}
        notice={t('population.reveal.auditNotice')}
        reasonLabel={t('population.reveal.reason')}
        reasonHint={t('population.reveal.reasonHint')}
        submitLabel={t('population.reveal.submit')}
        onClose={() => setRevealOpen(false)}
        onSubmit={async (reason) => setRevealed(await revealFamily(villageCode, id, reason))}
      />
    </div>
  );
}
