// Solves the look-up's proof-of-work challenge off the page's thread with ALTCHA's own solver (altcha-lib)
// and a SHA-256 in plain JavaScript (@noble/hashes): a village LAN serves this page over plain HTTP, where
// browsers offer no WebCrypto. The derivation is altcha-lib's iterated SHA ("SHA-256" at the challenge's cost).
import { sha256 } from '@noble/hashes/sha2';
import { solveChallenge } from 'altcha-lib';
import type { Challenge } from './api.ts';

const deriveKey = async (
  parameters: { cost: number; keyLength?: number },
  salt: Uint8Array,
  password: Uint8Array,
) => {
  let data: Uint8Array = new Uint8Array(salt.length + password.length);
  data.set(salt, 0);
  data.set(password, salt.length);
  for (let i = 0; i < Math.max(1, parameters.cost); i++) data = sha256(data);
  return { derivedKey: data.subarray(0, parameters.keyLength ?? 32) };
};

const scope = self as unknown as {
  onmessage: (event: MessageEvent<Challenge>) => void;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  void solveChallenge({ challenge: event.data, deriveKey }).then(
    (solution) =>
      scope.postMessage(solution ? { counter: solution.counter, derivedKey: solution.derivedKey } : null),
    () => scope.postMessage(null),
  );
};
