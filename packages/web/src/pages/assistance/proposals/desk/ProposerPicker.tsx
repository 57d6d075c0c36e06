import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchResidents } from '../../../../api/population.ts';
import type { ResidentListItem } from '../../../../api/populationTypes.ts';
import { formatShortAddress } from '../../../../ui/format.ts';
import '../../../../i18n/lazy/proposals.ts';

/**
 * The resident who came to the desk, found by name with the registry's typo-tolerant search. Optional: the
 * village may record an item of its own. Staff see an usul's proposer; a sanggah's is never shown.
 */
export function ProposerPicker({
  village,
  picked,
  onPick,
}: {
  village: string;
  picked: { id: string; name: string } | null;
  onPick: (resident: { id: string; name: string } | null) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<ResidentListItem[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  function search() {
    if (q.trim().length < 2) return;
    const params = new URLSearchParams({ region: village, q: q.trim(), status: 'present', limit: '10' });
    fetchResidents(params).then(
      (page) => (setFound(page.items), setProblem(null)),
      (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)),
    );
  }

  if (picked)
    return (
      <div className="proposal-photo-row">
        <span>{t('proposals.desk.picked', { name: picked.name })}</span>
        <button type="button" className="button button-secondary button-small" onClick={() => onPick(null)}>
          {t('proposals.desk.clear')}
        </button>
      </div>
    );
  return (
    <div className="form-stack">
      <div className="field">
        <label htmlFor={inputId}>{t('proposals.desk.proposerSearch')}</label>
        <div className="proposal-photo-row">
          <input
            id={inputId}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                search();
              }
            }}
          />
          <button type="button" className="button button-secondary" onClick={search}>
            {t('proposals.desk.search')}
          </button>
        </div>
        <p className="field-hint">{t('proposals.desk.proposerHint')}</p>
      </div>
      {problem && <p className="notice notice-error">{problem}</p>}
      {found?.length === 0 && <p className="muted">{t('proposals.desk.none')}</p>}
      {found && found.length > 0 && (
        <ul className="choice-list">
          {found.map((resident) => (
            <li key={resident.id} className="choice-row">
              <span>
                <strong>{resident.fullName}</strong>
                <span className="field-hint">
                  {formatShortAddress(resident.dusun, resident.rw, resident.rt)}
                </span>
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onPick({ id: resident.id, name: resident.fullName })}
              >
                {t('proposals.desk.pick')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
