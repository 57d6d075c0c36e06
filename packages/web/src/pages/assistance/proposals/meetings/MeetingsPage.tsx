import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDeliberations, fetchProposals, type Deliberation } from '../../../../api/proposals.ts';
import { useCurrentUser } from '../../../../auth/useAuth.ts';
import { levelOfCode } from '../../../../regions/regionCodes.ts';
import { useRegionTitle } from '../../../../regions/useRegionTitle.ts';
import { useSelectedRegion } from '../../../../regions/useSelectedRegion.ts';
import { LoadError } from '../../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../../ui/useAsyncData.ts';
import { recordsMeetings } from '../access.ts';
import { ProposalsNav } from '../ProposalsNav.tsx';
import { MeetingForm } from './MeetingForm.tsx';
import { MeetingList } from './MeetingList.tsx';
import { PendingDecisions } from './PendingDecisions.tsx';
import '../proposals.css';
import '../../../../i18n/lazy/proposals.ts';

/** Musyawarah desa: the meeting record, its berita acara, and its decision on every checked item. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { code } = useSelectedRegion();
  const regionTitle = useRegionTitle(code);
  const isVillage = levelOfCode(code) === 'village';
  const canWrite = recordsMeetings(user);
  const [version, setVersion] = useState(0);
  const meetings = useAsyncData(isVillage ? `${code} ${version}` : null, () => fetchDeliberations(code));
  const pendingQuery = new URLSearchParams({ region: code, status: 'checked', limit: '100' });
  const pending = useAsyncData(isVillage && canWrite ? `pending ${code} ${version}` : null, () =>
    fetchProposals(pendingQuery),
  );
  const changed = (_: Deliberation) => setVersion((n) => n + 1);

  return (
    <div className="page proposals-page" data-testid="meetings-page">
      <header className="page-header">
        <h1 className="page-title">{t('proposals.meetings.title')}</h1>
        <p className="page-subtitle">{regionTitle}</p>
        <p className="muted">{t('proposals.meetings.intro')}</p>
      </header>
      <ProposalsNav />
      {!isVillage ? (
        <p className="notice notice-info">{t('proposals.meetings.chooseVillage')}</p>
      ) : meetings.status === 'loading' ? (
        <p className="muted" role="status">
          {t('app.loading')}
        </p>
      ) : meetings.status === 'error' ? (
        <LoadError
          title={t('proposals.meetings.loadFailed')}
          error={meetings.error}
          onRetry={meetings.reload}
        />
      ) : (
        <>
          {canWrite && (
            <section className="panel">
              <MeetingForm village={code} onRecorded={changed} />
            </section>
          )}
          <section className="panel form-stack">
            <h2 className="section-title">{t('proposals.meetings.title')}</h2>
            <MeetingList
              village={code}
              meetings={meetings.data.items}
              canWrite={canWrite}
              onChanged={changed}
            />
          </section>
          {canWrite && (
            <section className="panel form-stack" data-testid="pending-decisions">
              <h2 className="section-title">{t('proposals.meetings.decideTitle')}</h2>
              <p className="muted">{t('proposals.meetings.decideIntro')}</p>
              {pending.status === 'success' ? (
                <PendingDecisions items={pending.data.items} meetings={meetings.data.items} />
              ) : pending.status === 'error' ? (
                <LoadError
                  title={t('proposals.queue.loadFailed')}
                  error={pending.error}
                  onRetry={pending.reload}
                />
              ) : null}
            </section>
          )}
        </>
      )}
    </div>
  );
}
