import { fetchCodeLists } from '../api/population.ts';
import { labelText } from './codeLabel.ts';
import type {
  CodeEntry,
  CodeLists,
  CodeListsResponse,
  HousingCodeColumn,
  HousingFollowUp,
} from '../api/populationTypes.ts';

// The code lists (religion, SHDK, occupation, housing materials, …) never change while the app runs, so they
// are fetched once per page load and shared by every page; a failed request is forgotten so a retry works.
let request: Promise<CodeListsResponse> | null = null;

function getResponse(): Promise<CodeListsResponse> {
  if (!request) {
    request = fetchCodeLists();
    request.catch(() => {
      request = null;
    });
  }
  return request;
}

export function getCodeLists(): Promise<CodeLists> {
  return getResponse().then((response) => response.lists);
}

/** Which housing questions the Regsosek form asks only after certain answers (from the same request). */
export function getHousingFollowUps(): Promise<HousingFollowUp[]> {
  return getResponse().then((response) => response.housingFollowUps);
}

/** The list names of the server, so a typo here is a compile error rather than an empty select. */
export type CodeListName =
  | 'sex'
  | 'agama'
  | 'pendidikan_kk'
  | 'pendidikan_sedang'
  | 'pekerjaan'
  | 'status_kawin'
  | 'kk_level'
  | 'warganegara'
  | 'golongan_darah'
  | 'cacat'
  | 'status_dasar'
  | 'tempat_dilahirkan'
  | 'jenis_kelahiran'
  | 'penolong_kelahiran'
  // Regsosek housing lists carry the household column's name.
  | HousingCodeColumn;

/** The label of `code` in `list` in the reader's language (codeLabel.ts's casing); the bare code when unknown. */
export function codeLabel(
  lists: CodeLists | null,
  list: string,
  code: number | null | undefined,
  language: 'id' | 'en',
): string | null {
  if (code === null || code === undefined) return null;
  const entry = lists?.[list]?.find((e) => e.code === code);
  if (!entry) return String(code);
  return labelText(entry, language, list);
}

export function codeOptions(lists: CodeLists | null, list: string): CodeEntry[] {
  return lists?.[list] ?? [];
}
