// Prints docs/ERRORS.md from the error catalogue: `npx tsx packages/server/src/cli/errors-doc.ts > docs/ERRORS.md`.
import { errorCatalogue } from '../http/error-catalogue.ts';

const lines = [
  '# API error codes',
  '',
  'Every error leaves the API as `application/problem+json` with a stable `code`, the HTTP status, and the',
  'message in Indonesian (`message_id`) and English (`message_en`); `detail` repeats the English text. A',
  'validation problem adds `errors: [{ field, in, message }]`; a lock-out adds `retryAfterSeconds`.',
  'Server errors (5xx) never carry internal details. The catalogue lives in',
  '`packages/server/src/http/error-catalogue.ts`; a test keeps this page in step with it.',
  '',
  '| code | status | Bahasa Indonesia | English |',
  '| --- | --- | --- | --- |',
  ...Object.entries(errorCatalogue).map(([code, e]) => `| \`${code}\` | ${e.status} | ${e.id} | ${e.en} |`),
  '',
];
process.stdout.write(lines.join('\n'));
