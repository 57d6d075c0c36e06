import type { TFunction } from 'i18next';

const KNOWN = [
  'NIK_DISTRICT_UNKNOWN',
  'NIK_BIRTHDATE_MISMATCH',
  'NIK_SEX_MISMATCH',
  'NIK_TEMPORARY',
  'KK_DISTRICT_UNKNOWN',
] as const;
type KnownFlag = (typeof KNOWN)[number];

function isKnown(flag: string): flag is KnownFlag {
  return (KNOWN as readonly string[]).includes(flag);
}

/** What a verification flag means and what to check; unknown codes are still shown, never dropped. */
export function flagExplanation(flag: string, t: TFunction): string {
  return isKnown(flag) ? t(`population.flags.codes.${flag}`) : t('population.flags.unknown', { code: flag });
}
