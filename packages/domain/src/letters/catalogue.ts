// The system catalogue of letter types and the archive classification codes, as data (catalogue/README.md
// says where they come from). The server loads the letter types into `letter_type` at start-up.
import type { Authority } from './positions.ts';
import type { LetterTemplate } from './template.ts';
import klasifikasi from './catalogue/klasifikasi-surat.json' with { type: 'json' };
import systemLetters from './catalogue/system-letters.json' with { type: 'json' };

export interface SystemLetterType {
  code: string;
  name: string;
  /** The [kode] token of letter numbers. */
  numberCode: string;
  klasifikasi: string;
  authority: Authority;
  citizenMayRequest: boolean;
  /** Service level: working days from request to issue. */
  serviceDays: number;
  template: LetterTemplate;
}

export const SYSTEM_LETTER_TYPES = systemLetters as SystemLetterType[];

const KLASIFIKASI = new Map((klasifikasi as [string, string][]).map(([code, name]) => [code, name]));

/** The classification's name ("Kelahiran" for 472.11), or undefined when the code is not in the list. */
export function klasifikasiName(code: string): string | undefined {
  return KLASIFIKASI.get(code);
}

export const KLASIFIKASI_COUNT = KLASIFIKASI.size;
