// The installation's masks for NIK and KK numbers (docs/rules/NIK.md, "Masking"). The tag of a masked number
// is keyed, so it must be made here, on the server: the key never leaves it, and the web app shows the masks it
// is given. The key is derived from the installation's secret (`deployment.secret`, random, made at first
// start, never in the repository), under its own label, so the tags share nothing with the citizen sign-in
// digests made from the same secret, and stay the same across restarts and in every masked file.
import { createHmac } from 'node:crypto';
import { maskCivilNumber, maskPhone } from '@smart-kampung/domain';
import type { Db } from '../../db/database.ts';
import { installationSecret } from './queries.ts';

const KEY_LABEL = 'smart-kampung/identifier-mask-tag/v1';

export interface IdentifierMasks {
  /** A NIK or KK number masked ("3510••••••••KXTM"), a temporary number as one, anything else as invalid. */
  civil: (value: string) => string;
  /** A NIK or KK number when it is one, any other long number (a phone) by its ends. */
  anyNumber: (value: string) => string;
}

const bySecret = new Map<string, IdentifierMasks>();

/** The masks of an installation with this secret. */
export function identifierMasksFromSecret(secret: string): IdentifierMasks {
  const known = bySecret.get(secret);
  if (known) return known;
  const key = createHmac('sha256', secret).update(KEY_LABEL).digest();
  const digestOf = (value: string) => createHmac('sha256', key).update(value).digest();
  const masks: IdentifierMasks = {
    civil: (value) => maskCivilNumber(value, digestOf),
    anyNumber: (value) => (/^[0-9]{16}$/.test(value) ? maskCivilNumber(value, digestOf) : maskPhone(value)),
  };
  bySecret.set(secret, masks);
  return masks;
}

/**
 * The masks of the installation this database belongs to. Read from the database each time (a primary-key
 * read of a one-row table) rather than held by the process: every caller (a route, a background import, an
 * export, a CLI) then masks with the key of the database it reads, a transaction included.
 */
export async function identifierMasks(db: Db): Promise<IdentifierMasks> {
  return identifierMasksFromSecret(await installationSecret(db));
}
