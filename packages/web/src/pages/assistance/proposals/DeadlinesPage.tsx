import { PROPOSAL_STEPS, stepOwner, type ProposalStep } from '@smart-kampung/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchStepDeadlines, saveStepDeadlines, type StepDeadlines } from '../../../api/proposals.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import { splitServerErrors } from '../../../ui/formErrors.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { setsDeadlines } from './access.ts';
import { proposalStepLabel, stepOwnerLabel } from './labels.ts';
import { ProposalsNav } from './ProposalsNav.tsx';
import './proposals.css';
import '../../../i18n/lazy/proposals.ts';

/** The regency's working days per step: read by every member of staff, set by the regency's admin. */
export function DeadlinesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const editable = setsDeadlines(user);
  const loaded = useAsyncData('deadlines', fetchStepDeadlines);
  const [days, setDays] = useState<Partial<Record<ProposalStep, string>>>({});
  const [state, setState] = useState<{ busy: boolean; saved: boolean; errors: string[] }>({
    busy: false,
    saved: false,
    errors: [],
  });
  if (loaded.status === 'loading')
    return (
      <p className="muted" role="status">
        {t('app.loading')}
      </p>
    );
  if (loaded.status === 'error')
    return (
      <LoadError title={t('proposals.deadlines.loadFailed')} error={loaded.error} onRetry={loaded.reload} />
    );
  const current = new Map(loaded.data.items.map((item) => [item.step, item.workingDays]));
  const valueOf = (step: ProposalStep) => days[step] ?? String(current.get(step) ?? '');

  async function save() {
    setState({ busy: true, saved: false, errors: [] });
    const items: StepDeadlines = PROPOSAL_STEPS.map((step) => ({ step, workingDays: Number(valueOf(step)) }));
    try {
      await saveStepDeadlines(items);
      setState({ busy: false, saved: true, errors: [] });
    } catch (error) {
      setState({
        busy: false,
        saved: false,
        errors: splitServerErrors(error, currentLanguage(), () => null).general,
      });
    }
  }

  return (
    <div className="page proposals-page" data-testid="deadlines-page">
      <header className="page-header">
        <h1 className="page-title">{t('proposals.deadlines.title')}</h1>
        <p className="page-subtitle">{t('proposals.deadlines.intro')}</p>
      </header>
      <ProposalsNav />
      <section className="panel form-stack">
        <FormErrorSummary messages={state.errors} fieldCount={0} />
        {state.saved && (
          <p className="notice notice-success" role="status">
            {t('proposals.deadlines.saved')}
          </p>
        )}
        <div className="proposal-table-wrap">
          <table className="proposal-deadlines">
            <thead>
              <tr>
                <th scope="col">{t('proposals.deadlines.step')}</th>
                <th scope="col">{t('proposals.deadlines.owner')}</th>
                <th scope="col">{t('proposals.deadlines.days')}</th>
              </tr>
            </thead>
            <tbody>
              {PROPOSAL_STEPS.map((step) => (
                <tr key={step}>
                  <th scope="row">{proposalStepLabel(step)}</th>
                  <td>{stepOwnerLabel(stepOwner(step))}</td>
                  <td>
                    {editable ? (
                      <input
                        aria-label={`${t('proposals.deadlines.days')}: ${proposalStepLabel(step)}`}
                        inputMode="numeric"
                        maxLength={3}
                        value={valueOf(step)}
                        onChange={(e) =>
                          setDays((d) => ({ ...d, [step]: e.target.value.replace(/\D/g, '') }))
                        }
                      />
                    ) : (
                      valueOf(step)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {editable ? (
          <button
            className="button button-primary"
            type="button"
            disabled={state.busy}
            onClick={() => void save()}
          >
            {t('proposals.deadlines.save')}
          </button>
        ) : (
          <p className="muted">{t('proposals.deadlines.readOnly')}</p>
        )}
      </section>
    </div>
  );
}
