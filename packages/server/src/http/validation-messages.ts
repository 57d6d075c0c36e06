// Schema validation speaks Indonesian by default (zod's own `id` locale), and every field error also
// carries the English text: zod's `en` locale for built-in checks, or the schema's own message when a
// route wrote one (those are already written for village operators).
import { z } from 'zod';
import { englishOfFieldMessage } from './field-messages.ts';

z.config(z.locales.id());

const indonesian = z.locales.id().localeError;
const english = z.locales.en().localeError;

type LocaleIssue = Parameters<NonNullable<typeof english>>[0];

function render(map: typeof english, issue: LocaleIssue): string | undefined {
  const out = map?.(issue);
  return typeof out === 'string' ? out : out?.message;
}

/** The English form of a zod message, given the issue's code and parameters as fastify reports them. */
export function englishMessage(code: string, params: Record<string, unknown>, message: string): string {
  // A custom check can carry its English text itself: refine(check, { message, params: { en } }).
  const custom = params.params as { en?: unknown } | undefined;
  if (code === 'custom' && typeof custom?.en === 'string') return custom.en;
  // A message the route wrote itself is catalogued with its English (field-messages.ts).
  const catalogued = englishOfFieldMessage(message);
  if (catalogued) return catalogued;
  const issue = { ...params, code } as unknown as LocaleIssue;
  const id = render(indonesian, issue);
  const en = render(english, issue);
  if (!id || !en) return message;
  if (id === message) return en;
  // Type errors name the received type, which fastify's copy of the issue no longer carries.
  const idStem = id.replace(/undefined$/, '');
  if (id.endsWith('diterima undefined') && message.startsWith(idStem)) {
    return en.replace(/undefined$/, message.slice(idStem.length));
  }
  return message;
}
