import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchResidents } from '../api/population.ts';
import type { ResidentListItem } from '../api/populationTypes.ts';
import { useCodeLists } from './useCodeLists.ts';
import { formatShortAddress } from './format.ts';
import '../i18n/lazy/populationEvents.ts';

interface FamilyPickerProps {
  villageCode: string;
  /** The card being edited, which cannot be picked. */
  excludeFamilyId?: string;
  /** More cards that cannot be picked (e.g. those already in the household). */
  excludeFamilyIds?: readonly string[];
  onPick: (familyId: string) => void;
}

type Search =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; items: ResidentListItem[] }
  | { state: 'error'; message: string };

/**
 * Finds a family card through one of its members (name or NIK), the way an operator thinks of it, using the
 * same typo-tolerant search as the resident list.
 */
export function FamilyPicker({ villageCode, excludeFamilyId, excludeFamilyIds, onPick }: FamilyPickerProps) {
  const { t } = useTranslation();
  const { label } = useCodeLists();
  const inputId = useId();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState<Search>({ state: 'idle' });

  const find = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (q.trim().length < 2) return;
    setSearch({ state: 'busy' });
    const params = new URLSearchParams({ region: villageCode, q: q.trim(), status: 'present', limit: '10' });
    fetchResidents(params).then(
      (page) =>
        setSearch({
          state: 'done',
          items: page.items.filter(
            (r) =>
              r.familyId !== null &&
              r.familyId !== excludeFamilyId &&
              !(excludeFamilyIds ?? []).includes(r.familyId),
          ),
        }),
      (error: unknown) =>
        setSearch({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <div className="family-picker">
      {/* A nested form is not allowed in HTML, so this is a search group submitted by its own button. */}
      <div className="search-row" role="search">
        <div className="field search-field">
          <label htmlFor={inputId}>{t('population.picker.label')}</label>
          <input
            id={inputId}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') find(e);
            }}
          />
          <p className="field-hint">{t('population.picker.hint')}</p>
        </div>
        <div className="search-buttons">
          <button type="button" className="button button-secondary" onClick={find}>
            {t('population.list.search')}
          </button>
        </div>
      </div>
      {search.state === 'busy' && <p className="muted">{t('app.loading')}</p>}
      {search.state === 'error' && <p className="notice notice-error">{search.message}</p>}
      {search.state === 'done' && search.items.length === 0 && (
        <p className="muted">{t('population.picker.none')}</p>
      )}
      {search.state === 'done' && search.items.length > 0 && (
        <ul className="choice-list">
          {search.items.map((resident) => (
            <li key={resident.id} className="choice-row">
              <span>
                <strong>{resident.fullName}</strong> · {label('kk_level', resident.relationship)}
                <span className="field-hint">
                  {t('population.fields.kkNumber')} <span className="mono">{resident.kkMasked}</span> ·{' '}
                  {formatShortAddress(resident.dusun, resident.rw, resident.rt)}
                </span>
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onPick(resident.familyId ?? '')}
              >
                {t('population.picker.choose')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
