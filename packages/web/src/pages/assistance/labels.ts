// The domain's labels of social assistance in the reader's language.
import {
  BENEFIT_KIND_LABELS,
  ENROLMENT_SOURCE_LABELS,
  ENROLMENT_STATUS_LABELS,
  EXIT_REASON_LABELS,
  FUND_SOURCE_LABELS,
  PROGRAM_CYCLE_LABELS,
  PROGRAM_LEVEL_LABELS,
  TARGET_UNIT_LABELS,
  type Label,
} from '@smart-kampung/domain';
import { currentLanguage } from '../../i18n/index.ts';

const say = (label: Label | undefined) => (label ? label[currentLanguage()] : '');
const pick =
  <T extends string>(table: Record<T, Label>) =>
  (value: T | null | undefined) =>
    value ? say(table[value]) : '';

export const levelLabel = pick(PROGRAM_LEVEL_LABELS);
export const fundLabel = pick(FUND_SOURCE_LABELS);
export const unitLabel = pick(TARGET_UNIT_LABELS);
export const benefitLabel = pick(BENEFIT_KIND_LABELS);
export const cycleLabel = pick(PROGRAM_CYCLE_LABELS);
export const statusLabel = pick(ENROLMENT_STATUS_LABELS);
export const exitLabel = pick(EXIT_REASON_LABELS);
export const sourceLabel = (source: string) =>
  source in ENROLMENT_SOURCE_LABELS
    ? say(ENROLMENT_SOURCE_LABELS[source as keyof typeof ENROLMENT_SOURCE_LABELS])
    : source;

export function rupiah(amount: number | null): string {
  return amount === null ? '' : `Rp${amount.toLocaleString('id-ID')}`;
}
