import type { TFunction } from 'i18next';
import type { ResidentEvent } from '../../../api/populationTypes.ts';
import { flagExplanation } from '../shared/flagExplanation.ts';

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** Database columns named in a correction, as the operator knows them. */
const COLUMN_LABELS: Record<string, string> = {
  nik: 'population.fields.nik',
  full_name: 'population.fields.fullName',
  sex: 'population.fields.sex',
  birth_date: 'population.fields.birthDate',
  birth_place: 'population.fields.birthPlace',
  religion: 'population.fields.religion',
  education_kk: 'population.fields.educationKk',
  occupation: 'population.fields.occupation',
  marital_status: 'population.fields.maritalStatus',
  blood_type: 'population.fields.bloodType',
  father_name: 'population.fields.fatherName',
  mother_name: 'population.fields.motherName',
  birth_certificate_no: 'population.fields.birthCertificateNo',
  phone: 'population.fields.phone',
  relationship: 'population.fields.relationship',
};

/** Human lines for an event's details (origin, destination, cause, reason, corrected fields). */
export function eventDescription(event: ResidentEvent, t: TFunction): string[] {
  const d = event.details;
  const lines: (string | null)[] = [];
  const add = (key: string, value: unknown) => {
    const v = text(value);
    // The keys are fixed strings of the message files; the cast only widens i18next's key type.
    if (v) lines.push(t(key as 'population.timeline.detail.reason', { value: v }));
  };
  add('population.timeline.detail.origin', d.origin);
  add('population.timeline.detail.destination', d.destination);
  add('population.timeline.detail.place', d.place);
  add('population.timeline.detail.cause', d.cause);
  add('population.timeline.detail.reason', d.reason);
  if (d.change === 'split') lines.push(t('population.timeline.detail.split'));
  if (d.change === 'merge') lines.push(t('population.timeline.detail.merge'));
  if (Array.isArray(d.fields) && d.fields.length > 0) {
    const names = d.fields.map((field) => {
      const key = COLUMN_LABELS[String(field)];
      return key ? t(key as 'population.fields.nik') : String(field);
    });
    lines.push(t('population.timeline.detail.fields', { value: names.join(', ') }));
  }
  if (Array.isArray(d.cleared) && d.cleared.length > 0) {
    lines.push(
      t('population.timeline.detail.cleared', {
        value: d.cleared.map((flag) => flagExplanation(String(flag), t).split('.')[0]).join('; '),
      }),
    );
  }
  return lines.filter((line): line is string => line !== null);
}
