import { useTranslation } from 'react-i18next';
import type { ProposalItem } from '../../../../api/proposals.ts';
import { proposalStepLabel } from '../labels.ts';
import { AgencyDecisionForm } from './AgencyDecisionForm.tsx';
import { CheckForm } from './CheckForm.tsx';
import { ForwardForm } from './ForwardForm.tsx';
import { VillageDecisionForm } from './VillageDecisionForm.tsx';
import { VisitForm } from './VisitForm.tsx';
import '../../../../i18n/lazy/proposals.ts';

/** The step this reader may take now (the server says which: `actions`), or why there is none. */
export function StepPanel({ item, onDone }: { item: ProposalItem; onDone: (next: ProposalItem) => void }) {
  const { t } = useTranslation();
  const step = item.actions[0];
  if (!step)
    return (
      <p className="muted" data-testid="no-step">
        {item.awaitedStep ? t('proposals.item.noAction') : t('proposals.item.final')}
      </p>
    );
  const form = {
    check: CheckForm,
    decide_village: VillageDecisionForm,
    forward: ForwardForm,
    visit: VisitForm,
    decide_agency: AgencyDecisionForm,
  }[step];
  const Form = form;
  return (
    <section className="panel form-stack proposal-step-panel" data-testid="step-panel" data-step={step}>
      <h2 className="section-title">{t('proposals.act.title', { step: proposalStepLabel(step) })}</h2>
      <Form key={`${item.id}-${item.status}`} item={item} onDone={onDone} />
    </section>
  );
}
