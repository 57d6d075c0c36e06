import { useTranslation } from 'react-i18next';
import type { ResidentEvent } from '../../../api/populationTypes.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { eventDescription } from './eventDescription.ts';
import { formatDate, formatDateTime } from '../../../ui/format.ts';

const EVENT_TYPES = [
  'birth',
  'death',
  'move_in',
  'move_out',
  'family_change',
  'correction',
  'void',
  'import',
  'flags_cleared',
] as const;
type EventType = (typeof EVENT_TYPES)[number];
const isEventType = (type: string): type is EventType => (EVENT_TYPES as readonly string[]).includes(type);

/** The resident's history, newest first: what happened, when, who recorded it, and the details given. */
export function ResidentTimeline({ events }: { events: ResidentEvent[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="section-title">
        {t('population.timeline.title')}
      </h2>
      {events.length === 0 ? (
        <p className="muted">{t('population.timeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {events.map((event) => (
            <li key={event.id} className={`timeline-item timeline-${event.type}`}>
              <p className="timeline-head">
                <strong>
                  {isEventType(event.type) ? t(`population.timeline.types.${event.type}`) : event.type}
                </strong>
                <span> · {formatDate(event.date, language)}</span>
              </p>
              {eventDescription(event, t).map((line) => (
                <p key={line} className="timeline-detail">
                  {line}
                </p>
              ))}
              <p className="timeline-meta muted">
                {t('population.timeline.recorded', {
                  when: formatDateTime(event.recordedAt, language),
                  who: event.actorName ?? t('population.timeline.system'),
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
