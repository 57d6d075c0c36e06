// Every code list the registry knows (the domain's OpenSID lists and the Regsosek housing lists by column),
// for the API, the exports and code_list_entry.
import { CODE_LISTS, housingCodeLists, type CodeList } from '@smart-kampung/domain';

export function allCodeLists(): Record<string, CodeList> {
  return { ...CODE_LISTS, ...(housingCodeLists() as Record<string, CodeList>) };
}
