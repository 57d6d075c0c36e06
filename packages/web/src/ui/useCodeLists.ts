import { useCallback, useEffect, useState } from 'react';
import type { CodeLists } from '../api/populationTypes.ts';
import { currentLanguage } from '../i18n/index.ts';
import { useTranslation } from 'react-i18next';
import { codeLabel, getCodeLists, type CodeListName } from './codeLists.ts';

/**
 * The shared code lists (with `names`, at least those: see getCodeLists) plus a `label(list, code)` in the reader's language. While the lists load (or if
 * they fail) labels fall back to the bare code, so a page never waits on them to show its data.
 */
export function useCodeLists(names?: readonly CodeListName[]): {
  lists: CodeLists | null;
  label: (list: string, code: number | null | undefined) => string | null;
} {
  useTranslation(); // re-render when the language changes
  const [lists, setLists] = useState<CodeLists | null>(null);

  useEffect(() => {
    let current = true;
    getCodeLists(names).then(
      (loaded) => current && setLists(loaded),
      () => {
        // Labels fall back to codes; the page's own request reports connection problems.
      },
    );
    return () => {
      current = false;
    };
    // `names` is a module constant where given: read once, like the lists themselves.
  }, []);

  const language = currentLanguage();
  const label = useCallback(
    (list: string, code: number | null | undefined) => codeLabel(lists, list, code, language),
    [lists, language],
  );
  return { lists, label };
}
