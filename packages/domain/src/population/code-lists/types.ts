/** One entry of a coded list: the numeric code stored in the database and import files, and its labels. */
export interface CodeEntry {
  readonly code: number;
  /** Indonesian label, exactly as the source template spells it. */
  readonly id: string;
  /** English translation. */
  readonly en: string;
}

export type CodeList = readonly CodeEntry[];
