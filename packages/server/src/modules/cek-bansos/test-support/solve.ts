// Test helper: a look-up with a solved proof-of-work challenge, as the public page sends it.
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import type { FastifyInstance } from 'fastify';

export async function solvedProof(app: FastifyInstance, remoteAddress = '127.0.0.1') {
  const res = await app.inject({ method: 'GET', url: '/api/public/cek-bansos/challenge', remoteAddress });
  if (res.statusCode !== 200) throw new Error(`challenge: ${res.statusCode} ${res.body}`);
  const challenge = res.json();
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('challenge not solved');
  return { challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } };
}
