import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minutesUrl, uploadMinutes, type Deliberation } from '../../../../api/proposals.ts';
import { currentLanguage } from '../../../../i18n/index.ts';
import { formatDate, formatNumber } from '../../../../ui/format.ts';
import '../../../../i18n/lazy/proposals.ts';

const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024 ? `${formatNumber(Math.ceil(bytes / 1024))} KB` : `${(bytes / 1048576).toFixed(1)} MB`;

/** The village's meetings, the latest first, each with its berita acara to download or still to upload. */
export function MeetingList({
  village,
  meetings,
  canWrite,
  onChanged,
}: {
  village: string;
  meetings: Deliberation[];
  canWrite: boolean;
  onChanged: (m: Deliberation) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ id: string; message: string } | null>(null);

  async function upload(id: string, file: File | undefined) {
    if (!file) return;
    setBusy(id);
    setProblem(null);
    try {
      onChanged(await uploadMinutes(village, id, file));
    } catch (error) {
      setProblem({ id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  }

  if (meetings.length === 0) return <p className="muted">{t('proposals.meetings.none')}</p>;
  return (
    <ul className="proposal-list">
      {meetings.map((m) => (
        <li key={m.id} className="proposal-row" data-testid="meeting">
          <strong>
            {formatDate(m.heldOn, language)} — {m.place}
          </strong>
          <span className="muted">
            {t('proposals.meetings.attended', { count: m.attendance })}
            {m.attendanceNote && `: ${m.attendanceNote}`}
          </span>
          <div className="proposal-photo-row">
            {m.minutes ? (
              <a href={minutesUrl(village, m.id)} download data-testid="minutes-download">
                {t('proposals.meetings.download', { size: sizeOf(m.minutes.bytes) })}
              </a>
            ) : (
              <span className="proposal-clock overdue">{t('proposals.meetings.minutesMissing')}</span>
            )}
            {canWrite && (
              <>
                <label className="button button-secondary button-small" htmlFor={`minutes-${m.id}`}>
                  {busy === m.id
                    ? t('proposals.meetings.uploading')
                    : m.minutes
                      ? t('proposals.meetings.replace')
                      : t('proposals.meetings.upload')}
                </label>
                <input
                  id={`minutes-${m.id}`}
                  className="proposal-photo-input"
                  type="file"
                  accept="application/pdf,.pdf"
                  disabled={busy !== null}
                  onChange={(event) => void upload(m.id, event.target.files?.[0])}
                />
              </>
            )}
          </div>
          {problem?.id === m.id && (
            <p className="notice notice-error" role="alert">
              {problem.message}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
