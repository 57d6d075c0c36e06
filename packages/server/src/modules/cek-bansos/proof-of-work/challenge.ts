// The look-up's proof of work: ALTCHA's v2 protocol (npm altcha-lib), self-hosted, no outside service. The
// server signs a challenge whose answer it already knows (deterministic mode: a counter drawn from a range),
// the phone searches counters until a derived key matches, and the server checks the signature and the key.
// Iterated SHA-256 at cost 1 keeps a cheap phone's search near a second in plain JavaScript (the page also
// works over plain HTTP on a village LAN, where browsers offer no WebCrypto); a bot pays the same per look-up,
// and the rate limits do the rest. A solved challenge is accepted once.
import { createHmac } from 'node:crypto';
import {
  CappedMap,
  createChallenge,
  randomInt,
  verifySolution,
  type Challenge,
  type Solution,
} from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

const KEY_LABEL = 'smart-kampung/cek-bansos-pow/v1';
const ALGORITHM = 'SHA-256';
/** Counters searched on average ≈ the middle of this range (each one SHA-256 of ~40 bytes). */
const COUNTER_RANGE = [20_000, 60_000] as const;
const LIFETIME_MS = 10 * 60_000;

export interface LookupChallenge {
  parameters: Challenge['parameters'];
  signature: string;
}

export interface ProofOfWork {
  challenge(): Promise<LookupChallenge>;
  /** True once for a valid, unexpired, unused solution of a challenge this server signed. */
  accept(payload: { challenge: LookupChallenge; solution: Solution }): Promise<boolean>;
}

export function proofOfWork(installationSecret: string): ProofOfWork {
  const secret = createHmac('sha256', installationSecret).update(KEY_LABEL).digest('hex');
  // Nonces of accepted solutions until their challenge expires; capped so a flood cannot grow it unbounded.
  const used = new CappedMap<string, number>({ maxSize: 200_000 });
  return {
    async challenge() {
      const made = await createChallenge({
        algorithm: ALGORITHM,
        cost: 1,
        counter: randomInt(COUNTER_RANGE[1], COUNTER_RANGE[0]),
        deriveKey,
        expiresAt: new Date(Date.now() + LIFETIME_MS),
        hmacSignatureSecret: secret,
      });
      return { parameters: made.parameters, signature: made.signature ?? '' };
    },
    async accept({ challenge, solution }) {
      const result = await verifySolution({ challenge, solution, deriveKey, hmacSignatureSecret: secret });
      if (!result.verified) return false;
      const now = Date.now();
      for (const [nonce, expires] of used) {
        if (expires > now) break;
        used.delete(nonce);
      }
      return used.setIfAbsent(challenge.parameters.nonce, (challenge.parameters.expiresAt ?? 0) * 1000);
    },
  };
}
