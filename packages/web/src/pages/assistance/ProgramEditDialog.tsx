import { BENEFIT_KINDS, FUND_SOURCES, PROGRAM_CYCLES } from '@smart-kampung/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeProgram, type Program, type ProgramChange } from '../../api/assistance.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { benefitLabel, cycleLabel, fundLabel } from './labels.ts';
import '../../i18n/lazy/assistance.ts';

interface Props {
  program: Program;
  onClose: () => void;
  onSaved: () => void;
}

/** Changing a program's facts by whoever decides it; closing it or ending its period ends its enrolments. */
export function ProgramEditDialog({ program, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState({
    name: program.name,
    description: program.description ?? '',
    fundSource: program.fundSource,
    benefitKind: program.benefitKind,
    benefitAmount: program.benefitAmount === null ? '' : String(program.benefitAmount),
    cycle: program.cycle,
    periodStart: program.periodStart ?? '',
    periodEnd: program.periodEnd ?? '',
    active: program.active,
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const change: ProgramChange = {
      name: draft.name,
      description: draft.description,
      fundSource: draft.fundSource,
      benefitKind: draft.benefitKind,
      benefitAmount:
        draft.benefitKind === 'cash' && draft.benefitAmount !== '' ? Number(draft.benefitAmount) : null,
      cycle: draft.cycle,
      periodStart: draft.periodStart || null,
      periodEnd: draft.periodEnd || null,
      active: draft.active,
    };
    setBusy(true);
    setError(null);
    changeProgram(program.id, change).then(onSaved, (e: unknown) => {
      setBusy(false);
      setError(e instanceof Error ? e.message : String(e));
    });
  };

  const field = (key: string) => `${id}-${key}`;
  return (
    <Dialog
      open
      title={t('assistance.edit.title', { program: program.name })}
      onClose={onClose}
      testId="program-edit-dialog"
    >
      <form onSubmit={submit} className="program-edit-form">
        <div className="field">
          <label htmlFor={field('name')}>{t('assistance.edit.name')}</label>
          <input
            id={field('name')}
            value={draft.name}
            maxLength={200}
            required
            onChange={(e) => set('name', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={field('description')}>{t('assistance.edit.description')}</label>
          <textarea
            id={field('description')}
            value={draft.description}
            maxLength={2000}
            rows={3}
            onChange={(e) => set('description', e.target.value)}
          />
        </div>
        <div className="program-edit-grid">
          <div className="field">
            <label htmlFor={field('fund')}>{t('assistance.edit.fundSource')}</label>
            <select
              id={field('fund')}
              value={draft.fundSource}
              onChange={(e) => set('fundSource', e.target.value as typeof draft.fundSource)}
            >
              {FUND_SOURCES.map((value) => (
                <option key={value} value={value}>
                  {fundLabel(value)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={field('cycle')}>{t('assistance.edit.cycle')}</label>
            <select
              id={field('cycle')}
              value={draft.cycle}
              onChange={(e) => set('cycle', e.target.value as typeof draft.cycle)}
            >
              {PROGRAM_CYCLES.map((value) => (
                <option key={value} value={value}>
                  {cycleLabel(value)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={field('kind')}>{t('assistance.edit.benefitKind')}</label>
            <select
              id={field('kind')}
              value={draft.benefitKind}
              onChange={(e) => set('benefitKind', e.target.value as typeof draft.benefitKind)}
            >
              {BENEFIT_KINDS.map((value) => (
                <option key={value} value={value}>
                  {benefitLabel(value)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={field('amount')}>{t('assistance.edit.benefitAmount')}</label>
            <input
              id={field('amount')}
              inputMode="numeric"
              pattern="[0-9]*"
              value={draft.benefitAmount}
              disabled={draft.benefitKind !== 'cash'}
              onChange={(e) => set('benefitAmount', e.target.value.replace(/[^0-9]/g, ''))}
            />
          </div>
          <div className="field">
            <label htmlFor={field('start')}>{t('assistance.edit.periodStart')}</label>
            <input
              id={field('start')}
              type="date"
              value={draft.periodStart}
              onChange={(e) => set('periodStart', e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={field('end')}>{t('assistance.edit.periodEnd')}</label>
            <input
              id={field('end')}
              type="date"
              value={draft.periodEnd}
              onChange={(e) => set('periodEnd', e.target.value)}
            />
          </div>
        </div>
        <label className="checkbox-option">
          <input type="checkbox" checked={draft.active} onChange={(e) => set('active', e.target.checked)} />{' '}
          {t('assistance.edit.active')}
        </label>
        <p className="field-hint">{t('assistance.edit.endWarning')}</p>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <div className="action-buttons">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('assistance.edit.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
