// How the public look-up prints a name: each word keeps its first and last letter and hides the rest, as the
// ministry's Cek Bansos does ("SITI AMINAH" → "S**I A***H"). Enough for a family to recognise its own entry,
// not enough to read a neighbour's name off the page. At most three stars stand for the hidden letters, so a
// long word does not give its length away; short words hide all but their first letter. Printed in capitals,
// as the KTP prints names.

const MOST_STARS = 3;

export function maskPublicName(fullName: string): string {
  return fullName
    .normalize('NFC')
    .toLocaleUpperCase('id')
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map(maskWord)
    .join(' ');
}

function maskWord(word: string): string {
  const letters = Array.from(word);
  if (letters.length <= 2) return letters[0] + '*'.repeat(letters.length - 1);
  return letters[0] + '*'.repeat(Math.min(letters.length - 2, MOST_STARS)) + letters[letters.length - 1];
}

/**
 * A name as typed and a name as registered are "the same" for the NIK and KK look-ups when their letters
 * agree, ignoring case, spacing and punctuation (the KTP prints "MUH. ALI" where a citizen types "Muh Ali").
 */
export function sameRegisteredName(typed: string, registered: string): boolean {
  const normal = (name: string) =>
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, ' ')
      .trim();
  const a = normal(typed);
  return a.length > 0 && a === normal(registered);
}
