// A solved challenge ready before the citizen presses "Cari": solving starts when the page has its areas and
// again after every look-up (a challenge is accepted once), in a worker so typing stays smooth.
import { fetchChallenge, type Challenge, type Solution } from './api.ts';

export interface Proof {
  challenge: Challenge;
  solution: Solution;
}

function solve(challenge: Challenge): Promise<Solution> {
  const worker = new Worker(new URL('./pow.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Solution>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Solution | null>) => {
      worker.terminate();
      if (event.data) resolve(event.data);
      else reject(new Error('challenge not solved'));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'proof-of-work worker failed'));
    };
    worker.postMessage(challenge);
  });
}

async function nextProof(): Promise<Proof> {
  const challenge = await fetchChallenge();
  return { challenge, solution: await solve(challenge) };
}

let pending: Promise<Proof> | undefined;

/** Starts solving the next challenge if none is under way. */
export function prepareProof() {
  pending ??= nextProof();
  // A failed attempt is forgotten, so the next look-up tries again.
  pending.catch(() => (pending = undefined));
}

/** The prepared proof (waiting for it if needed); the next one starts at once. */
export async function takeProof(): Promise<Proof> {
  prepareProof();
  const proof = await pending!;
  pending = undefined;
  prepareProof();
  return proof;
}
