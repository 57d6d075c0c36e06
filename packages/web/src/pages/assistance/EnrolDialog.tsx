import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { enrol, type Program } from '../../api/assistance.ts';
import { fetchHouseholds, fetchResidents } from '../../api/population.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { formatShortAddress } from '../../ui/format.ts';
import { statusLabel, unitLabel } from './labels.ts';
import '../../i18n/lazy/assistance.ts';

export interface Candidate {
  unitId: string;
  name: string;
  detail: string;
}

/** Registry search for the program's unit: residents (or their family card) by name/NIK, households by name. */
async function findCandidates(program: Program, villageCode: string, q: string): Promise<Candidate[]> {
  const params = new URLSearchParams({ region: villageCode, q, limit: '10' });
  if (program.targetUnit === 'household') {
    const page = await fetchHouseholds(params);
    return page.items.map((h) => ({
      unitId: h.id,
      name: h.headName ?? h.householdNo ?? '—',
      detail: `${h.householdNo ?? ''} ${formatShortAddress(h.dusun, h.rw, h.rt)}`.trim(),
    }));
  }
  params.set('status', 'present');
  const page = await fetchResidents(params);
  return page.items.flatMap((r) => {
    const unitId = program.targetUnit === 'family' ? r.familyId : r.id;
    if (!unitId) return [];
    const number = program.targetUnit === 'family' ? r.kkMasked : r.nikMasked;
    return [
      { unitId, name: r.fullName, detail: `${number ?? ''} · ${formatShortAddress(r.dusun, r.rw, r.rt)}` },
    ];
  });
}

interface EnrolDialogProps {
  program: Program;
  villageCode: string;
  onClose: () => void;
  onDone: () => void;
  /** The unit, when the operator chose it on a list (a program's excluded households): no search then. */
  unit?: Candidate;
}

/** Enrol (or propose) a unit of the village: find it in the registry (or take the one given), choose the status, save. */
export function EnrolDialog({ program, villageCode, onClose, onDone, unit }: EnrolDialogProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const [q, setQ] = useState('');
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [chosen, setChosen] = useState<Candidate | null>(unit ?? null);
  const statuses = program.canEnrol ? (['active', 'verified', 'proposed'] as const) : (['proposed'] as const);
  const [status, setStatus] = useState<(typeof statuses)[number]>(statuses[0]);
  const [cardNumber, setCardNumber] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const find = () => {
    if (q.trim().length < 2) return;
    setError(null);
    findCandidates(program, villageCode, q.trim()).then(setCandidates, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    enrol(villageCode, {
      programId: program.id,
      unitType: program.targetUnit,
      unitId: chosen.unitId,
      status,
      cardNumber: cardNumber || null,
      reason: reason || null,
    }).then(onDone, (e: unknown) => {
      setBusy(false);
      setError(e instanceof Error ? e.message : String(e));
    });
  };

  return (
    <Dialog
      open
      title={t('assistance.enrol.title', { program: program.name })}
      onClose={onClose}
      testId="enrol-dialog"
    >
      <form onSubmit={submit} className="enrol-form">
        {!unit && <p>{t('assistance.enrol.intro', { unit: unitLabel(program.targetUnit).toLowerCase() })}</p>}
        {!unit && (
          <div className="search-row" role="search">
            <div className="field search-field">
              <label htmlFor={searchId}>{t('assistance.enrol.search')}</label>
              <input
                id={searchId}
                type="search"
                value={q}
                onChange={(e) => setQ(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    find();
                  }
                }}
              />
            </div>
            <div className="search-buttons">
              <button type="button" className="button button-secondary" onClick={find}>
                {t('assistance.enrol.find')}
              </button>
            </div>
          </div>
        )}
        {candidates?.length === 0 && <p className="muted">{t('assistance.enrol.none')}</p>}
        {candidates && candidates.length > 0 && !chosen && (
          <ul className="choice-list">
            {candidates.map((c) => (
              <li key={c.unitId} className="choice-row">
                <span>
                  <strong>{c.name}</strong>
                  <span className="field-hint mono">{c.detail}</span>
                </span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setChosen(c)}
                >
                  {t('assistance.enrol.choose')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {chosen && (
          <>
            <p className="notice notice-info">{t('assistance.enrol.chosen', { name: chosen.name })}</p>
            <div className="field">
              <label htmlFor={`${searchId}-status`}>{t('assistance.enrol.status')}</label>
              <select
                id={`${searchId}-status`}
                value={status}
                onChange={(e) => setStatus(e.target.value as typeof status)}
              >
                {statuses.map((s) => (
                  <option key={s} value={s}>
                    {statusLabel(s)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${searchId}-card`}>{t('assistance.enrol.cardNumber')}</label>
              <input
                id={`${searchId}-card`}
                value={cardNumber}
                maxLength={60}
                onChange={(e) => setCardNumber(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${searchId}-reason`}>{t('assistance.enrol.reason')}</label>
              <input
                id={`${searchId}-reason`}
                value={reason}
                maxLength={300}
                onChange={(e) => setReason(e.target.value)}
              />
            </div>
          </>
        )}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <div className="action-buttons">
          <button type="submit" className="button button-primary" disabled={!chosen || busy}>
            {t('assistance.enrol.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
