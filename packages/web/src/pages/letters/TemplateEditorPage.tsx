import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  fetchTemplate,
  previewTemplate,
  resetTemplate,
  saveTemplate,
  type EditableTemplate,
  type TemplateEdit,
} from '../../api/lettersAdmin.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { isRegionCode } from '../../regions/regionCodes.ts';
import { useRegionSearch } from '../../regions/useRegionSearch.ts';
import { BackLink } from '../../ui/BackLink.tsx';
import { FormErrorSummary } from '../../ui/FormErrorSummary.tsx';
import { splitServerErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { useAsyncData } from '../../ui/useAsyncData.ts';
import { StatusPage } from '../StatusPage.tsx';
import { TemplateEditorForm } from './TemplateEditorForm.tsx';
import './letters.css';
import '../../i18n/lazy/lettersAdmin.ts';

export function TemplateEditorRoute() {
  const { village = '', type = '' } = useParams();
  if (!isRegionCode(village) || type === '') return <StatusPage kind="notFound" />;
  return <TemplateEditorPage key={`${village}/${type}`} villageCode={village} typeCode={type} />;
}

const editOf = (template: EditableTemplate['template']): TemplateEdit => ({
  page: template.page,
  letterhead: template.letterhead,
  title: template.title,
  body: template.body,
});

/**
 * Templat surat: the structured editor with a PDF preview. The preview is the server's PDF of the draft
 * (the same renderer as issued letters, marked CONTOH), not an HTML imitation of it.
 */
function TemplateEditorPage({ villageCode, typeCode }: { villageCode: string; typeCode: string }) {
  const { t } = useTranslation();
  const search = useRegionSearch();
  const loaded = useAsyncData(`${villageCode}/${typeCode}`, () => fetchTemplate(villageCode, typeCode));
  const [data, setData] = useState<EditableTemplate | null>(null);
  const [draft, setDraft] = useState<TemplateEdit | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState<'' | 'save' | 'preview' | 'reset'>('');
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);

  useEffect(() => {
    if (loaded.status === 'success' && !data) {
      setData(loaded.data);
      setDraft(editOf(loaded.data.template));
    }
  }, [loaded, data]);
  useEffect(() => () => void (previewUrl && URL.revokeObjectURL(previewUrl)), [previewUrl]);

  if (loaded.status === 'error')
    return (
      <div className="page">
        <LoadError
          title={t('lettersAdmin.template.loadFailed')}
          error={loaded.error}
          onRetry={loaded.reload}
        />
      </div>
    );
  if (!data || !draft)
    return (
      <div className="page" aria-busy="true">
        <p className="muted">{t('app.loading')}</p>
      </div>
    );

  const run = async (kind: 'save' | 'preview' | 'reset') => {
    setBusy(kind);
    setNotice('');
    try {
      if (kind === 'preview') {
        const pdf = await previewTemplate(villageCode, typeCode, { template: draft });
        setPreviewUrl(URL.createObjectURL(pdf));
      } else {
        const next =
          kind === 'save'
            ? await saveTemplate(villageCode, typeCode, draft)
            : await resetTemplate(villageCode, typeCode);
        setData(next);
        setDraft(editOf(next.template));
        setNotice(t(kind === 'save' ? 'lettersAdmin.template.saved' : 'lettersAdmin.template.resetDone'));
      }
      setErrors({});
      setGeneral([]);
    } catch (error) {
      // The server names template paths (title, body.2.text); a preview's are under "template.".
      const split = splitServerErrors(error, currentLanguage(), (field) => field.replace(/^template\./, ''));
      setErrors(split.fields);
      setGeneral(split.general);
    } finally {
      setBusy('');
    }
  };

  return (
    <div className="page letters-page" data-testid="template-editor-page">
      <BackLink
        to={`/surat/jenis/${villageCode}/${typeCode}${search}`}
        label={t('lettersAdmin.settings.heading')}
      />
      <div className="page-header">
        <h1 className="page-title">{t('lettersAdmin.template.heading')}</h1>
        <p className="page-subtitle">{t('lettersAdmin.template.subtitle', { name: data.name })}</p>
        <p className="muted">
          {data.customised ? t('lettersAdmin.template.customised') : t('lettersAdmin.template.fromCatalogue')}
        </p>
      </div>
      <div className="template-layout">
        <form className="panel" onSubmit={(event) => (event.preventDefault(), void run('save'))} noValidate>
          <FormErrorSummary messages={general} fieldCount={Object.keys(errors).length} />
          {notice && (
            <p className="notice notice-success" role="status">
              {notice}
            </p>
          )}
          <TemplateEditorForm
            draft={draft}
            template={data.template}
            errors={errors}
            language={currentLanguage()}
            onChange={setDraft}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy !== ''}>
              {busy === 'save' ? t('lettersAdmin.template.saving') : t('lettersAdmin.template.save')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy !== ''}
              onClick={() => void run('preview')}
              data-testid="preview-template"
            >
              {busy === 'preview'
                ? t('lettersAdmin.template.previewing')
                : t('lettersAdmin.template.preview')}
            </button>
            {data.customised && (
              <button
                type="button"
                className="button button-danger-outline"
                disabled={busy !== ''}
                onClick={() => void run('reset')}
              >
                {t('lettersAdmin.template.reset')}
              </button>
            )}
          </div>
        </form>
        <section className="panel template-preview" aria-label={t('lettersAdmin.template.preview')}>
          <p className="field-hint">{t('lettersAdmin.template.previewNote')}</p>
          {previewUrl && (
            <>
              <a href={previewUrl} target="_blank" rel="noreferrer">
                {t('lettersAdmin.template.openPreview')}
              </a>
              <iframe
                className="template-preview-frame"
                title={t('lettersAdmin.template.preview')}
                src={previewUrl}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
