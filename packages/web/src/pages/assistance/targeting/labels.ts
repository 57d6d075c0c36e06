import { CONDITIONS, TARGET_UNIT_LABELS, type ConditionId, type Label } from '@smart-kampung/domain';
import { currentLanguage } from '../../../i18n/index.ts';

export const say = (label: Label) => (currentLanguage() === 'en' ? label.en : label.id);
export const conditionLabel = (id: ConditionId) => say(CONDITIONS.find((c) => c.id === id)!.label);
export const unitLabel = (unit: keyof typeof TARGET_UNIT_LABELS) => say(TARGET_UNIT_LABELS[unit]);
