// The step bar as the operator sees it, rendered to HTML: whatever the import's state, the numbers shown run
// 1, 2, 3 … without a gap, "Langkah n dari 5" names the step that is marked current, and every section title's
// number (stepNumber) is the place of that step in the bar.
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { allIndonesian as id } from '../../i18n/all-indonesian.ts';
import { WizardSteps } from './WizardSteps.tsx';
import { WIZARD_STEPS, stepNumber, type WizardView } from './wizardSteps.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: 'id', resources: { id: { translation: id } } });
});

function bar(view: WizardView) {
  const html = renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(WizardSteps, { view })),
  );
  const marks = [...html.matchAll(/class="wizard-step-number"[^>]*>([^<]*)</g)].map((m) => m[1]);
  const labels = [...html.matchAll(/class="wizard-step-label">([^<]*)</g)].map((m) => m[1]);
  const position = /Langkah (\d+) dari (\d+)/.exec(html);
  const current = /aria-current="step"[^>]*>.*?class="wizard-step-label">([^<]*)</.exec(html)?.[1];
  return { marks, labels, position, current };
}

const VIEWS: WizardView[] = [
  ...WIZARD_STEPS.map((step) => ({ step })),
  { step: 'failed', at: 'checking' },
  { step: 'failed', at: 'saving' },
  { step: 'done' },
  { step: 'cancelled' },
];

describe('the wizard step bar', () => {
  it.each(VIEWS.map((view) => [JSON.stringify(view), view] as const))(
    '%s: numbers without a gap, the current step named in "Langkah n dari 5"',
    (_name, view) => {
      const { marks, labels, position, current } = bar(view);
      expect(labels).toEqual(WIZARD_STEPS.map((step) => id.importWizard.steps[step]));
      // Each place shows its own number, or a tick (done) or "!" (failed) instead.
      marks.forEach((mark, index) => expect(['✓', '!', String(index + 1)]).toContain(mark));
      const numbers = marks.filter((mark) => /^\d+$/.test(mark!)).map(Number);
      if (numbers.length > 0)
        expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => numbers[0]! + i));
      const underWay = view.step !== 'done' && view.step !== 'cancelled';
      expect(position !== null, 'position shown').toBe(underWay);
      if (position) {
        expect(Number(position[2])).toBe(WIZARD_STEPS.length);
        expect(current).toBeDefined();
        expect(labels[Number(position[1]) - 1]).toBe(current);
      }
    },
  );

  it("gives each section title its step's place in the bar", () => {
    const { labels } = bar({ step: 'choose' });
    for (const step of WIZARD_STEPS) expect(labels[stepNumber(step) - 1]).toBe(id.importWizard.steps[step]);
    expect(WIZARD_STEPS.map(stepNumber)).toEqual([1, 2, 3, 4, 5]);
  });
});
