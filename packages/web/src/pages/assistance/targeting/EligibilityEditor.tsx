import {
  CONDITIONS,
  MAX_CONDITIONS,
  type ConditionId,
  type Eligibility,
  type EligibilityFieldError,
} from '@smart-kampung/domain';
import { useTranslation } from 'react-i18next';
import type { TargetingProgram } from '../../../api/targeting.ts';
import { say } from './labels.ts';
import '../../../i18n/lazy/targeting.ts';

interface Props {
  draft: Eligibility;
  onChange: (next: Eligibility) => void;
  programs: readonly TargetingProgram[];
  self: TargetingProgram;
  errors: readonly EligibilityFieldError[];
  readOnly: boolean;
}

/** The threshold and the conditions picked from the catalogue, each with its parameters. */
export function EligibilityEditor({ draft, onChange, programs, self, errors, readOnly }: Props) {
  const { t } = useTranslation();
  const errorAt = (field: string) => errors.find((e) => e.field === field);
  const setCondition = (i: number, params: Record<string, number | string>) =>
    onChange({
      ...draft,
      conditions: draft.conditions.map((c, j) =>
        j === i ? { ...c, params: { ...c.params, ...params } } : c,
      ),
    });
  const add = (id: ConditionId) => {
    const definition = CONDITIONS.find((c) => c.id === id)!;
    const params = Object.fromEntries(
      definition.params.map((p) => [
        p.name,
        p.kind === 'integer' ? p.default : (programs.find((x) => x.id !== self.id)?.code ?? ''),
      ]),
    );
    onChange({
      ...draft,
      conditions: [...draft.conditions, definition.params.length ? { id, params } : { id }],
    });
  };
  const FieldError = ({ field }: { field: string }) => {
    const error = errorAt(field);
    return error ? <p className="field-error">{say(error.message)}</p> : null;
  };
  return (
    <fieldset className="targeting-editor" disabled={readOnly}>
      <label className="field">
        <span className="field-label">{t('targeting.maxDecile')}</span>
        <select
          value={draft.maxDecile ?? ''}
          onChange={(e) => onChange({ ...draft, maxDecile: e.target.value ? Number(e.target.value) : null })}
          data-testid="max-decile"
        >
          <option value="">{t('targeting.noThreshold')}</option>
          {Array.from({ length: 10 }, (_, i) => i + 1).map((d) => (
            <option key={d} value={d}>
              {t('targeting.decile')} ≤ {d}
            </option>
          ))}
        </select>
      </label>
      <div className="field" role="radiogroup" aria-label={t('targeting.combine')}>
        <span className="field-label">{t('targeting.combine')}</span>
        {(['all', 'any'] as const).map((combine) => (
          <label key={combine} className="targeting-radio">
            <input
              type="radio"
              checked={draft.combine === combine}
              onChange={() => onChange({ ...draft, combine })}
            />
            {t(combine === 'all' ? 'targeting.combineAll' : 'targeting.combineAny')}
          </label>
        ))}
      </div>
      <ol className="targeting-conditions">
        {draft.conditions.map((condition, i) => {
          const definition = CONDITIONS.find((c) => c.id === condition.id)!;
          return (
            <li key={`${condition.id}-${i}`} className="targeting-condition" data-testid="condition">
              <span>{say(definition.label)}</span>
              {definition.params.map((param) =>
                param.kind === 'integer' ? (
                  <label key={param.name} className="targeting-param">
                    {say(param.label)}
                    <input
                      type="number"
                      min={param.min}
                      max={param.max}
                      value={condition.params?.[param.name as 'age' | 'decile'] ?? param.default}
                      onChange={(e) => setCondition(i, { [param.name]: Number(e.target.value) })}
                    />
                  </label>
                ) : (
                  <label key={param.name} className="targeting-param">
                    {say(param.label)}
                    <select
                      value={condition.params?.program ?? ''}
                      onChange={(e) => setCondition(i, { program: e.target.value })}
                    >
                      {programs
                        .filter((p) => p.id !== self.id)
                        .map((p) => (
                          <option key={p.id} value={p.code}>
                            {p.code}
                          </option>
                        ))}
                    </select>
                  </label>
                ),
              )}
              <button
                type="button"
                className="button button-link"
                onClick={() => onChange({ ...draft, conditions: draft.conditions.filter((_, j) => j !== i) })}
              >
                {t('targeting.remove')}
              </button>
              {definition.params.map((p) => (
                <FieldError key={p.name} field={`conditions.${i}.params.${p.name}`} />
              ))}
              <FieldError field={`conditions.${i}`} />
            </li>
          );
        })}
      </ol>
      {draft.conditions.length < MAX_CONDITIONS && (
        <label className="field">
          <span className="field-label">{t('targeting.addCondition')}</span>
          <select
            value=""
            onChange={(e) => e.target.value && add(e.target.value as ConditionId)}
            data-testid="add-condition"
          >
            <option value="">{t('targeting.chooseCondition')}</option>
            {CONDITIONS.map((c) => (
              <option key={c.id} value={c.id}>
                {say(c.label)} —{' '}
                {say(c.readings[self.targetUnit === 'group' ? 'household' : self.targetUnit])}
              </option>
            ))}
          </select>
        </label>
      )}
      <FieldError field="maxDecile" />
    </fieldset>
  );
}
