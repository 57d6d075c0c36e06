// Prints docs/ERRORS.md from the error catalogue and the importers' line-issue catalogues:
// `npm run docs:errors`. A test keeps the page in step with both.
import { errorCatalogue } from '../http/error-catalogue.ts';
import { FIELD_MESSAGES } from '../http/field-messages.ts';
import { importIssueTable } from '../platform/imports/issue-docs.ts';
import { registeredImporters } from '../registered-importers.ts';

const lines = [
  '# API error codes',
  '',
  'Every error leaves the API as `application/problem+json` with a stable `code`, the HTTP status, and the',
  'message in Indonesian (`message_id`) and English (`message_en`); `detail` repeats the English text. A',
  'validation problem adds `errors: [{ field, in, message, message_en }]`; a lock-out adds `retryAfterSeconds`.',
  'Server errors (5xx) never carry internal details. The catalogue lives in',
  '`packages/server/src/http/error-catalogue.ts`; a test keeps this page in step with it.',
  '',
  '| code | status | Bahasa Indonesia | English |',
  '| --- | --- | --- | --- |',
  ...Object.entries(errorCatalogue).map(([code, e]) => `| \`${code}\` | ${e.status} | ${e.id} | ${e.en} |`),
  '',
  '## Field messages',
  '',
  'A 400 `VALIDATION_FAILED` names each field with `message` (Indonesian) and `message_en`. zod’s own checks',
  'speak both languages through its locales; the messages routes write themselves are catalogued in',
  '`packages/server/src/http/field-messages.ts` (a test fails on one written anywhere else):',
  '',
  '| key | Bahasa Indonesia | English |',
  '| --- | --- | --- |',
  ...Object.entries(FIELD_MESSAGES).map(([key, m]) => `| \`${key}\` | ${m.id} | ${m.en} |`),
  '',
  '## Import line issues',
  '',
  'An import reports every line of its file with stable codes (`GET …/imports/:jobId/rows`): an error keeps',
  'the line out, a warning lets it in (flagged where the registry keeps flags). The message a line carries',
  'names its column and values; the table gives each code in general. Each importer declares the codes it may',
  'report and the pipeline stages no other. NIK and KK codes are explained in [rules/NIK.md](rules/NIK.md).',
  '',
  ...importIssueTable(registeredImporters),
  '',
];
process.stdout.write(lines.join('\n'));
