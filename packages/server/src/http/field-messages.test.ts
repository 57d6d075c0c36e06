// Every message a route writes for a field is catalogued with its English (field-messages.ts): the problem
// answer then carries both languages. This reads the server's source for messages written anywhere else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishMessage } from './validation-messages.ts';
import { FIELD_MESSAGES, fieldError, say } from './field-messages.ts';

const root = path.resolve(import.meta.dirname, '..');
const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
  (file) => file.endsWith('.ts') && !file.includes('.test.') && !file.includes('test-support'),
);

/** A zod check or an error object given a literal sentence instead of a catalogued one. */
const literalMessages = [
  /\.(?:min|max|length|regex|int|nonempty)\(\s*(?:[^,()]+|\/[^/]+\/[a-z]*)?,?\s*['`][A-Z][^'`]*['`]/gs,
  /z\.(?:email|url|iso\.date)\(\s*['`][A-Z]/g,
  // A field error (`{ field, …, message }`) without its English.
  /\bfield:[^{}]*?\bmessage:\s*['`][A-Z][^'`]*['`](?![\s\S]{0,120}message_en)/gs,
];

describe('field messages', () => {
  it('are never written as literals outside the catalogue', () => {
    const found = sources.flatMap((file) => {
      if (file.endsWith('field-messages.ts')) return [];
      const text = readFileSync(path.join(root, file), 'utf8');
      return literalMessages.flatMap((pattern) =>
        [...text.matchAll(pattern)].map((m) => `${file}: ${m[0].slice(0, 80).replace(/\s+/g, ' ')}`),
      );
    });
    expect(found).toEqual([]);
  });

  it('carry their English into the problem answer, for a zod check and for a service', () => {
    expect(englishMessage('too_small', { minimum: 5 }, say('REASON'))).toBe(FIELD_MESSAGES.REASON.en);
    expect(fieldError('family', 'body', 'FAMILY_CHOICE')).toEqual({
      field: 'family',
      in: 'body',
      message: FIELD_MESSAGES.FAMILY_CHOICE.id,
      message_en: FIELD_MESSAGES.FAMILY_CHOICE.en,
    });
  });

  it('are each written in both languages, and no two share the Indonesian text', () => {
    const ids = Object.values(FIELD_MESSAGES).map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of Object.values(FIELD_MESSAGES)) expect(m.en).not.toBe(m.id);
  });
});
