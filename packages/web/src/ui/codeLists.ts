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

/** Subsets asked for by pages that show only a few lists, before (or instead of) the whole set. */
const subsets = new Map<string, Promise<CodeLists>>();

/**
 * The code lists; with `names`, at least those. Once the whole set is asked for it serves every caller; a
 * page that needs only a few lists (a citizen's family card) fetches just those when nothing asked before.
 */
export function getCodeLists(names?: readonly string[]): Promise<CodeLists> {
  if (!names || request) return getResponse().then((response) => response.lists);
  const key = names.join(',');
  let subset = subsets.get(key);
  if (!subset) {
    subset = fetchCodeLists(names).then((response) => response.lists);
    subset.catch(() => subsets.delete(key));
    subsets.set(key, subset);
  }
  return subset;
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
