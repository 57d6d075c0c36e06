// How a code list's label is shown, everywhere the web app shows one (the resident list and record, the family
// card, forms, filters, statistics, the household page): one rule per list, so a label never reads differently
// on two pages. The registry's lists (OpenSID's "Kode Data": sex, religion, SHDK, education, occupation …, and
// the birth lists) are shown in capitals, as the family card (KK), OpenSID and the template write them: those
// lists mix casings ("LAKI-LAKI", "Kepercayaan Terhadap Tuhan YME / Lainnya", "Pil"), and capitals keep every
// acronym (SLTA, PNS, BPJS, KTP-EL) right where lower-casing would break them. The Regsosek housing lists are
// written in one casing by their questionnaire ("Listrik PLN dengan meteran", "900 watt") and are shown as
// written. Spacing is tidied in both ("SEDANG  D-1/SEDERAJAT"); English labels are our translations.
import { REGISTRY_CODE_LIST_NAMES, SEX, findCode } from '@smart-kampung/domain';

export interface LabelledCode {
  /** Indonesian label as the code list spells it. */
  id: string;
  en: string;
}

// The names only: importing CODE_LISTS here would put every label in the bundle of every page.
const REGISTRY_LISTS: ReadonlySet<string> = new Set(REGISTRY_CODE_LIST_NAMES);

/** `list`: the list's name as the server's code lists name it ('agama', 'kk_level', 'atap', …). */
export function labelText(entry: LabelledCode, language: 'id' | 'en', list: string): string {
  if (language === 'en') return entry.en;
  const tidy = entry.id.trim().replace(/\s+/g, ' ');
  return REGISTRY_LISTS.has(list) ? tidy.toUpperCase() : tidy;
}

/**
 * Sex from the domain's own list: shown before the server's lists arrive (filters, the birth form, the list).
 * A code the list does not know is shown as it is.
 */
export function sexLabel(code: number | string, language: 'id' | 'en'): string {
  const entry = findCode(SEX, code);
  return entry ? labelText(entry, language, 'sex') : String(code);
}
