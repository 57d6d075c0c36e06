import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recordDeliberation, type Deliberation } from '../../../../api/proposals.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { FormErrorSummary } from '../../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../../ui/FormField.tsx';
import { splitServerErrors, type FieldErrors } from '../../../../ui/formErrors.ts';
import { todayIso } from '../../../../ui/todayIso.ts';
import '../../../../i18n/lazy/proposals.ts';

/** A musyawarah desa as held: the day, the place, how many attended and who. */
export function MeetingForm({
  village,
  onRecorded,
}: {
  village: string;
  onRecorded: (m: Deliberation) => void;
}) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(todayIso());
  const [place, setPlace] = useState('');
  const [attendance, setAttendance] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const made = await recordDeliberation(village, {
        heldOn,
        place,
        attendance: Number(attendance),
        ...(note.trim() ? { attendanceNote: note } : {}),
      });
      setErrors({});
      setGeneral([]);
      setPlace('');
      setAttendance('');
      setNote('');
      onRecorded(made);
    } catch (error) {
      const split = splitServerErrors(error, currentLanguage(), (field) => field);
      setErrors(split.fields);
      setGeneral(split.general);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => void submit(event)}
      data-testid="meeting-form"
    >
      <h2 className="section-title">{t('proposals.meetings.new')}</h2>
      <FormErrorSummary messages={general} fieldCount={Object.keys(errors).length} />
      <div className="form-grid">
        <FormField label={t('proposals.meetings.heldOn')} name="heldOn" error={errors.heldOn} required>
          {(control) => (
            <input {...control} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
          )}
        </FormField>
        <FormField label={t('proposals.meetings.place')} name="place" error={errors.place} required>
          {(control) => (
            <input {...control} maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} />
          )}
        </FormField>
        <FormField
          label={t('proposals.meetings.attendance')}
          name="attendance"
          error={errors.attendance}
          required
        >
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              value={attendance}
              onChange={(e) => setAttendance(e.target.value.replace(/\D/g, ''))}
            />
          )}
        </FormField>
      </div>
      <FormField
        label={t('proposals.meetings.attendanceNote')}
        name="attendanceNote"
        hint={t('proposals.meetings.attendanceNoteHint')}
        error={errors.attendanceNote}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </FormField>
      <button className="button button-primary" type="submit" disabled={busy || !place.trim() || !attendance}>
        {t('proposals.meetings.record')}
      </button>
    </form>
  );
}
