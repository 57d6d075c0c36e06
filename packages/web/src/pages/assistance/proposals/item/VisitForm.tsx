import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadVisitPhoto, type ProposalItem } from '../../../../api/proposals.ts';
import { FormErrorSummary } from '../../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../../ui/FormField.tsx';
import { todayIso } from '../../../../ui/todayIso.ts';
import { resizePhoto } from '../../../letters/requests/resizePhoto.ts';
import { useStep } from './useStep.ts';
import { familyFactsOf, VisitFacts } from './VisitFacts.tsx';
import '../../../../i18n/lazy/proposals.ts';

/**
 * Dinas Sosial's verification visit: the day, what was found, photos from the field (sent at once, resized on
 * the phone) and, when the family is in the registry, its section V as found.
 */
export function VisitForm({ item, onDone }: { item: ProposalItem; onDone: (next: ProposalItem) => void }) {
  const { t } = useTranslation();
  const [visitedOn, setVisitedOn] = useState(todayIso());
  const [findings, setFindings] = useState('');
  const [updateFacts, setUpdateFacts] = useState(false);
  const [facts, setFacts] = useState<Record<string, string> | null>(null);
  const [uploading, setUploading] = useState(false);
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);
  const { errors, busy, take } = useStep(item, onDone);
  const familyId = item.subject.familyId;

  async function addPhoto(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setPhotoProblem(null);
    try {
      onDone(await uploadVisitPhoto(item.villageCode, item.id, await resizePhoto(file)));
    } catch (error) {
      setPhotoProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setUploading(false);
    }
  }

  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void take({
          step: 'visit',
          body: {
            visitedOn,
            findings,
            ...(updateFacts && familyId && facts ? { familyFacts: familyFactsOf(facts) } : {}),
          },
        });
      }}
    >
      <FormErrorSummary messages={errors.general} fieldCount={Object.keys(errors.fields).length} />
      <FormField
        label={t('proposals.act.visitedOn')}
        name="visitedOn"
        error={errors.fields.visitedOn}
        required
      >
        {(control) => (
          <input
            {...control}
            type="date"
            max={todayIso()}
            value={visitedOn}
            onChange={(e) => setVisitedOn(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('proposals.act.findings')} name="findings" error={errors.fields.findings} required>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            maxLength={4000}
            value={findings}
            onChange={(e) => setFindings(e.target.value)}
          />
        )}
      </FormField>
      <div className="proposal-photo-row">
        <span className="muted">
          {t('proposals.item.photos')}: {item.photos.filter((p) => p.kind === 'visit').length}
        </span>
        <label className="button button-secondary button-small" htmlFor={`visit-photo-${item.id}`}>
          {uploading ? t('proposals.act.uploading') : t('proposals.act.addPhoto')}
        </label>
        <input
          id={`visit-photo-${item.id}`}
          className="proposal-photo-input"
          type="file"
          accept="image/*"
          capture="environment"
          disabled={uploading}
          onChange={(event) => void addPhoto(event.target.files?.[0])}
        />
      </div>
      {photoProblem && (
        <p className="notice notice-error" role="alert">
          {photoProblem}
        </p>
      )}
      {familyId ? (
        <label className="checkbox-field">
          <input type="checkbox" checked={updateFacts} onChange={(e) => setUpdateFacts(e.target.checked)} />
          <span>{t('proposals.act.updateFacts')}</span>
        </label>
      ) : (
        <p className="muted">{t('proposals.act.factsUnknownFamily')}</p>
      )}
      {updateFacts && familyId && (
        <VisitFacts
          villageCode={item.villageCode}
          familyId={familyId}
          values={facts}
          errors={errors.fields}
          onLoaded={(initial) => setFacts((current) => current ?? initial)}
          onChange={(field, value) => setFacts((current) => ({ ...(current ?? {}), [field]: value }))}
        />
      )}
      <button className="button button-primary" type="submit" disabled={busy || findings.trim().length === 0}>
        {t('proposals.act.visitSubmit')}
      </button>
    </form>
  );
}
