import { AssistancePanel } from '../../assistance/AssistancePanel.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fetchResident, revealResident } from '../../../api/population.ts';
import type { RevealedResident } from '../../../api/populationTypes.ts';
import { isRegionCode } from '../../../regions/regionCodes.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { StatusPage } from '../../StatusPage.tsx';
import { BackLink } from '../../../ui/BackLink.tsx';
import { ReasonDialog } from '../../../ui/ReasonDialog.tsx';
import { PrintButtons } from '../shared/PrintButtons.tsx';
import { ResidentActions } from './ResidentActions.tsx';
import { ResidentFacts } from './ResidentFacts.tsx';
import { ResidentHeader } from './ResidentHeader.tsx';
import { ResidentTimeline } from './ResidentTimeline.tsx';
import { RevealedIdentifiers } from './RevealedIdentifiers.tsx';
import { VerificationFlags } from './VerificationFlags.tsx';
import { MemberWelfarePanel } from '../../assistance/welfare-facts/MemberWelfarePanel.tsx';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { canWriteRegistry } from '../shared/access.ts';

/** The route wrapper: a new resident id starts from scratch, so revealed numbers never carry over. */
export function ResidentRoute() {
  const { village = '', id = '' } = useParams();
  if (!isRegionCode(village) || id === '') return <StatusPage kind="notFound" />;
  return <ResidentPage key={`${village}/${id}`} villageCode={village} id={id} />;
}

function ResidentPage({ villageCode, id }: { villageCode: string; id: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const detail = useAsyncData(`${villageCode}/${id}`, () => fetchResident(villageCode, id));
  // Full identifiers live only in this component's state: leaving the page forgets them.
  const [revealed, setRevealed] = useState<RevealedResident | null>(null);
  const [revealOpen, setRevealOpen] = useState(false);

  if (detail.status === 'loading') {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">{t('app.loading')}</p>
      </div>
    );
  }
  if (detail.status === 'error') {
    return (
      <div className="page">
        <BackLink to="/penduduk" label={t('population.nav.backToList')} />
        <LoadError title={t('population.resident.loadFailed')} error={detail.error} onRetry={detail.reload} />
      </div>
    );
  }

  const resident = detail.data;
  return (
    <div className="page resident-page" data-testid="resident-page">
      <BackLink to="/penduduk" label={t('population.nav.backToList')} />
      <ResidentHeader
        resident={resident}
        revealed={revealed}
        onReveal={() => setRevealOpen(true)}
        onHide={() => setRevealed(null)}
      />
      {revealed && <RevealedIdentifiers revealed={revealed} />}
      <div className="action-buttons resident-print">
        <PrintButtons pdfUrl={`/api/villages/${villageCode}/residents/${id}/pdf`} what="resident" />
      </div>
      <VerificationFlags resident={resident} onVerified={detail.reload} />
      <ResidentActions resident={resident} onChanged={detail.reload} />
      <ResidentFacts resident={resident} revealed={revealed} />
      <MemberWelfarePanel
        villageCode={villageCode}
        residentId={id}
        canWrite={canWriteRegistry(user, villageCode)}
      />
      <AssistancePanel villageCode={villageCode} unitType="resident" unitId={id} />
      <ResidentTimeline events={resident.events} />
      <ReasonDialog
        open={revealOpen}
        testId="reveal-dialog"
        title={t('population.reveal.title')}
        intro={t('population.reveal.introResident', { name: resident.fullName })}
        notice={t('population.reveal.auditNotice')}
        reasonLabel={t('population.reveal.reason')}
        reasonHint={t('population.reveal.reasonHint')}
        submitLabel={t('population.reveal.submit')}
        onClose={() => setRevealOpen(false)}
        onSubmit={async (reason) => setRevealed(await revealResident(villageCode, id, reason))}
      />
    </div>
  );
}
