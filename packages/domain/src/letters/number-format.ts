// Letter numbers: a format per letter type and village, made of tokens in square brackets and literal text,
// e.g. OpenSID's habit `[klasifikasi]/[nomor]/[kode_desa]/[bulan_romawi]/[tahun]` → "474.4/007/2001/III/2026".
// The sequence value comes from the village's counter row (the server takes it inside the issuing
// transaction); this file only checks formats and writes numbers, so both are pure and tested here.

export type SequenceScope = 'village' | 'type';

export const DEFAULT_NUMBER_FORMAT = '[klasifikasi]/[nomor]/[kode_desa]/[bulan_romawi]/[tahun]';

/** `[nomor]` pads to three digits unless the format says otherwise (`[nomor:4]`). */
const DEFAULT_PADDING = 3;

export const NUMBER_TOKENS = [
  'klasifikasi',
  'nomor',
  'kode',
  'kode_desa',
  'bulan',
  'bulan_romawi',
  'tahun',
] as const;
export type NumberToken = (typeof NUMBER_TOKENS)[number];

export interface NumberValues {
  /** The sequence value taken from the counter row. */
  sequence: number;
  klasifikasi: string;
  /** The letter type's short code (letter_type.number_code). */
  typeCode: string;
  /** What the village prints for itself, e.g. "2001". */
  villageShortCode: string;
  /** The letter's date, YYYY-MM-DD (WIB). */
  letterDate: string;
}

export type NumberFormatProblem =
  | { kind: 'empty' }
  | { kind: 'too_long' }
  | { kind: 'unknown_token'; token: string }
  | { kind: 'no_sequence' }
  | { kind: 'sequence_twice' }
  | { kind: 'bad_padding'; token: string }
  | { kind: 'unbalanced_bracket' }
  | { kind: 'type_scope_needs_type_code' };

const TOKEN = /\[([^\]]*)\]/g;
const MAX_LENGTH = 120;

interface ParsedToken {
  name: string;
  padding: number | null;
  raw: string;
}

function parseToken(inner: string): ParsedToken {
  const [name = '', width] = inner.trim().toLowerCase().split(':');
  if (width === undefined) return { name, padding: null, raw: inner };
  return { name, padding: /^[1-9]$/.test(width.trim()) ? Number(width) : Number.NaN, raw: inner };
}

/**
 * Everything wrong with a format, none when it is usable. A format with its own sequence per letter type must
 * say which type the number belongs to (`[kode]`), or two types' letters could carry the same number.
 */
export function checkNumberFormat(format: string, scope: SequenceScope): NumberFormatProblem[] {
  const problems: NumberFormatProblem[] = [];
  if (format.trim() === '') return [{ kind: 'empty' }];
  if (format.length > MAX_LENGTH) problems.push({ kind: 'too_long' });
  const withoutTokens = format.replace(TOKEN, '');
  if (withoutTokens.includes('[') || withoutTokens.includes(']'))
    problems.push({ kind: 'unbalanced_bracket' });
  const tokens = [...format.matchAll(TOKEN)].map((match) => parseToken(match[1] ?? ''));
  for (const token of tokens) {
    if (!(NUMBER_TOKENS as readonly string[]).includes(token.name))
      problems.push({ kind: 'unknown_token', token: token.raw });
    else if (token.padding !== null && (token.name !== 'nomor' || Number.isNaN(token.padding)))
      problems.push({ kind: 'bad_padding', token: token.raw });
  }
  const sequences = tokens.filter((token) => token.name === 'nomor').length;
  if (sequences === 0) problems.push({ kind: 'no_sequence' });
  if (sequences > 1) problems.push({ kind: 'sequence_twice' });
  if (scope === 'type' && !tokens.some((token) => token.name === 'kode'))
    problems.push({ kind: 'type_scope_needs_type_code' });
  return problems;
}

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** Month 1–12 in Roman numerals, as letter numbers write it. */
export function romanMonth(month: number): string {
  const roman = ROMAN_MONTHS[month - 1];
  if (!roman) throw new RangeError(`month ${month} is not 1-12`);
  return roman;
}

/** The letter's number. The format must have passed checkNumberFormat. */
export function formatLetterNumber(format: string, values: NumberValues): string {
  const [year, month] = values.letterDate.split('-');
  return format.replace(TOKEN, (_, inner: string) => {
    const token = parseToken(inner);
    switch (token.name as NumberToken) {
      case 'nomor':
        return String(values.sequence).padStart(token.padding ?? DEFAULT_PADDING, '0');
      case 'klasifikasi':
        return values.klasifikasi;
      case 'kode':
        return values.typeCode;
      case 'kode_desa':
        return values.villageShortCode;
      case 'bulan':
        return month!;
      case 'bulan_romawi':
        return romanMonth(Number(month));
      case 'tahun':
        return year!;
    }
  });
}

/** The counter row a letter takes its number from: the village's shared one, or the type's own. */
export function sequenceScopeKey(scope: SequenceScope, letterTypeCode: string): string {
  return scope === 'village' ? 'village' : `type:${letterTypeCode}`;
}

/** What [kode_desa] prints when the village set nothing: the last segment of its code ("35.10.01.2001" → "2001"). */
export function defaultVillageShortCode(villageCode: string): string {
  return villageCode.split('.').at(-1)!;
}
