import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveWeights, fetchWelfareModels, type WelfareModel } from '../../../api/welfare.ts';
import { useCurrentUser } from '../../../auth/useAuth.ts';
import { LoadError } from '../../../ui/LoadError.tsx';
import { useAsyncData } from '../../../ui/useAsyncData.ts';
import { isDinsos } from './access.ts';
import { useBilingual } from './bilingual.ts';
import './welfare.css';
import '../../../i18n/lazy/welfare.ts';

/** Model skor: every variable with its points and weight; Dinas Sosial saves new weights as a new version. */
export function WelfareModelsPage() {
  const { t } = useTranslation();
  const result = useAsyncData('models', () => fetchWelfareModels());
  return (
    <div className="page" data-testid="welfare-models-page">
      <div className="page-header">
        <h1 className="page-title">{t('welfare.models.title')}</h1>
        <p className="page-subtitle">{t('welfare.models.subtitle')}</p>
        <Link to="/bantuan-sosial/kesejahteraan/pemeringkatan">{t('welfare.models.links.runs')}</Link>
      </div>
      {result.status === 'error' ? (
        <LoadError title={t('welfare.models.loadFailed')} error={result.error} onRetry={result.reload} />
      ) : result.status === 'loading' ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          {result.data.active.map((model) => (
            <ModelPanel key={model.id} model={model} onSaved={result.reload} />
          ))}
          <section className="panel">
            <h2 className="section-title">{t('welfare.models.versions')}</h2>
            <ul className="plain-list">
              {result.data.versions.map((model) => (
                <li key={model.id}>
                  <span className="mono">{model.id}</span> · {t(`welfare.models.kinds.${model.kind}`)} ·{' '}
                  {new Date(model.createdAt).toLocaleDateString()}
                  {model.active ? ' ✓' : ''}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

function ModelPanel({ model, onSaved }: { model: WelfareModel; onSaved: () => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const user = useCurrentUser();
  const editable = isDinsos(user) && model.kind === 'score';
  const [weights, setWeights] = useState<Record<string, string>>(() =>
    Object.fromEntries(model.variables.map((v) => [v.variable, String(v.weight)])),
  );
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    setMessage(null);
    const changed = Object.fromEntries(
      model.variables
        .filter((v) => Number(weights[v.variable]) !== v.weight)
        .map((v) => [v.variable, Number(weights[v.variable])]),
    );
    try {
      const saved = await saveWeights(model.kind, changed);
      setMessage({ kind: 'success', text: t('welfare.models.saved', { id: saved.id }) });
      onSaved();
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={`model-${model.kind}`} data-testid={`model-${model.kind}`}>
      <h2 className="section-title" id={`model-${model.kind}`}>
        {t(`welfare.models.kinds.${model.kind}`)}
      </h2>
      <p className="muted">
        {t('welfare.models.active', { id: model.id })}
        {model.threshold !== null
          ? ` · ${t('welfare.models.threshold', { threshold: model.threshold })}`
          : ''}
      </p>
      {!editable && model.kind === 'score' && <p className="muted">{t('welfare.models.onlyDinsos')}</p>}
      <div className="table-scroll">
        <table className="data-table responsive-table">
          <thead>
            <tr>
              <th scope="col">{t('welfare.models.variable')}</th>
              <th scope="col">{t('welfare.models.reads')}</th>
              <th scope="col">{t('welfare.models.points')}</th>
              <th scope="col">{t('welfare.models.weight')}</th>
            </tr>
          </thead>
          <tbody>
            {model.variables.map((v) => (
              <tr key={v.variable}>
                <th scope="row">
                  {text(v.label)}
                  <div className="muted">{t(`welfare.models.groups.${v.group}`)}</div>
                </th>
                <td data-label={t('welfare.models.reads')}>
                  {v.unrecorded ? t('welfare.models.unrecorded') : text(v.reads)}
                </td>
                <td data-label={t('welfare.models.points')}>{v.points > 0 ? `+${v.points}` : v.points}</td>
                <td data-label={t('welfare.models.weight')}>
                  {editable ? (
                    <input
                      className="welfare-weight"
                      type="number"
                      min={0}
                      max={5}
                      step={0.1}
                      aria-label={`${t('welfare.models.weight')}: ${text(v.label)}`}
                      value={weights[v.variable] ?? ''}
                      onChange={(event) => setWeights({ ...weights, [v.variable]: event.target.value })}
                    />
                  ) : (
                    v.weight
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {message && (
        <p
          className={`notice ${message.kind === 'success' ? 'notice-success' : 'notice-error'}`}
          role="status"
        >
          {message.text}
        </p>
      )}
      {editable && (
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={saving}
            onClick={() => void save()}
          >
            {t('welfare.models.save')}
          </button>
        </div>
      )}
    </section>
  );
}
