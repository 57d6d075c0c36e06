import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueLetterBody, LetterType } from '../../api/letters.ts';
import { fetchResidents } from '../../api/population.ts';
import type { ResidentListItem } from '../../api/populationTypes.ts';
import { FormField } from '../../ui/FormField.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import '../../i18n/lazy/lettersAdmin.ts';

export type LetterParty = LetterType['parties'][number];
export type PartyValue = NonNullable<IssueLetterBody['parties']>[string];
type Outsider = NonNullable<PartyValue['outsider']>;

const emptyOutsider: Outsider = {
  name: '',
  nik: '',
  birthPlace: '',
  birthDate: null,
  sex: null,
  occupation: '',
  address: '',
};

/** Living residents of the village whose name or NIK matches, for picking a reporter or a witness. */
export function useResidentSearch(villageCode: string, query: string) {
  const [found, setFound] = useState<ResidentListItem[] | null>(null);
  useEffect(() => {
    if (query.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({
        region: villageCode,
        q: query.trim(),
        status: 'present',
        limit: '8',
      });
      fetchResidents(params, controller.signal)
        .then((page) => setFound(page.items))
        .catch(() => setFound([]));
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [villageCode, query]);
  return query.trim().length < 2 ? null : found;
}

/**
 * One other person a letter names (the reporter, a witness, a parent): picked from the village's living
 * residents, or, where the template allows, typed in as someone from outside the village.
 */
export function LetterPartyInput({
  villageCode,
  party,
  value,
  errors,
  onChange,
}: {
  villageCode: string;
  party: LetterParty;
  value: PartyValue | undefined;
  errors: FieldErrors;
  onChange: (value: PartyValue | undefined) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [chosenName, setChosenName] = useState('');
  const found = useResidentSearch(villageCode, query);
  const outsider = value?.outsider ?? null;
  const path = `parties.${party.key}`;
  const own = errors[path] ?? errors[`${path}.residentId`] ?? errors[`${path}.outsider`];
  const setOutsider = (patch: Partial<Outsider>) =>
    onChange({ outsider: { ...(outsider ?? emptyOutsider), ...patch } });

  return (
    <fieldset className="letter-party" data-testid={`party-${party.key}`}>
      <legend>
        {party.label} {party.optional && <span className="muted">{t('lettersAdmin.parties.optional')}</span>}
      </legend>
      {party.outsider && (
        <div className="segmented" role="radiogroup" aria-label={party.label}>
          <label>
            <input type="radio" checked={!outsider} onChange={() => onChange(undefined)} />
            {t('lettersAdmin.parties.resident')}
          </label>
          <label>
            <input type="radio" checked={!!outsider} onChange={() => setOutsider({})} />
            {t('lettersAdmin.parties.outsider')}
          </label>
        </div>
      )}
      {own && (
        <p className="field-error" role="alert">
          {own}
        </p>
      )}
      {!outsider && value?.residentId && (
        <p>
          {t('lettersAdmin.parties.chosen', { name: chosenName })}{' '}
          <button type="button" className="button button-link" onClick={() => onChange(undefined)}>
            {t('lettersAdmin.parties.change')}
          </button>
        </p>
      )}
      {!outsider && !value?.residentId && (
        <>
          <FormField
            label={t('lettersAdmin.parties.search')}
            name={`${path}.search`}
            hint={t('lettersAdmin.parties.searchHint')}
          >
            {(control) => (
              <input {...control} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            )}
          </FormField>
          {found && found.length === 0 && <p className="muted">{t('lettersAdmin.parties.none')}</p>}
          {found && found.length > 0 && (
            <ul className="party-results">
              {found.map((resident) => (
                <li key={resident.id}>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => {
                      setChosenName(resident.fullName);
                      onChange({ residentId: resident.id });
                    }}
                  >
                    {t('lettersAdmin.parties.pick')}
                  </button>{' '}
                  {resident.fullName}{' '}
                  <span className="muted">
                    {resident.nikMasked} · {resident.age}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {outsider && <OutsiderFields path={path} value={outsider} errors={errors} onChange={setOutsider} />}
    </fieldset>
  );
}

function OutsiderFields({
  path,
  value,
  errors,
  onChange,
}: {
  path: string;
  value: Outsider;
  errors: FieldErrors;
  onChange: (patch: Partial<Outsider>) => void;
}) {
  const { t } = useTranslation();
  const text = (key: 'name' | 'nik' | 'birthPlace' | 'occupation' | 'address', required = false) => (
    <FormField
      label={t(`lettersAdmin.parties.${key}`)}
      name={`${path}.outsider.${key}`}
      error={errors[`${path}.outsider.${key}`]}
      required={required}
    >
      {(control) => (
        <input
          {...control}
          inputMode={key === 'nik' ? 'numeric' : undefined}
          value={value[key] ?? ''}
          onChange={(e) => onChange({ [key]: e.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <div className="form-grid">
      {text('name', true)}
      {text('nik')}
      {text('birthPlace')}
      <FormField
        label={t('lettersAdmin.parties.birthDate')}
        name={`${path}.outsider.birthDate`}
        error={errors[`${path}.outsider.birthDate`]}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            value={value.birthDate ?? ''}
            onChange={(e) => onChange({ birthDate: e.target.value || null })}
          />
        )}
      </FormField>
      <FormField label={t('lettersAdmin.parties.sex')} name={`${path}.outsider.sex`}>
        {(control) => (
          <select
            {...control}
            value={value.sex ?? ''}
            onChange={(e) =>
              onChange({ sex: e.target.value === '' ? null : (Number(e.target.value) as 1 | 2) })
            }
          >
            <option value="">-</option>
            <option value="1">{t('lettersAdmin.parties.male')}</option>
            <option value="2">{t('lettersAdmin.parties.female')}</option>
          </select>
        )}
      </FormField>
      {text('occupation')}
      {text('address', true)}
    </div>
  );
}
