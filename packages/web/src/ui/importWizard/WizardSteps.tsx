import { useTranslation } from 'react-i18next';
import { WIZARD_STEPS, stepState, type WizardView } from './wizardSteps.ts';
import '../../i18n/lazy/importWizard.ts';

/**
 * The five steps as a numbered row: done ones ticked, the current one named (on a phone only the current
 * one's name shows, with "Langkah 2 dari 5" for screen readers and everyone else).
 */
export function WizardSteps({ view }: { view: WizardView }) {
  const { t } = useTranslation();
  const current = WIZARD_STEPS.findIndex((step) => {
    const state = stepState(step, view);
    return state === 'current' || state === 'failed';
  });
  return (
    <nav className="wizard-steps" aria-label={t('importWizard.steps.label')} data-testid="import-steps">
      {current >= 0 && (
        <p className="wizard-position">
          {t('importWizard.steps.position', { n: current + 1, total: WIZARD_STEPS.length })}
        </p>
      )}
      <ol>
        {WIZARD_STEPS.map((step, index) => {
          const state = stepState(step, view);
          return (
            <li
              key={step}
              className={`wizard-step is-${state}`}
              aria-current={state === 'current' || state === 'failed' ? 'step' : undefined}
            >
              <span className="wizard-step-number" aria-hidden="true">
                {state === 'done' ? '✓' : state === 'failed' ? '!' : index + 1}
              </span>
              <span className="wizard-step-label">{t(`importWizard.steps.${step}`)}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
