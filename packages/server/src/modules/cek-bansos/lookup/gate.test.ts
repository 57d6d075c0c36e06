// The look-up gate: never more look-ups at the database than it allows, the next one waits its turn, and past
// the waiting room a look-up is refused at once with the catalogued 503 instead of queueing.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../http/problem.ts';
import { lookupGate } from './gate.ts';

function deferred() {
  let resolve!: (value: string) => void;
  const promise = new Promise<string>((r) => (resolve = r));
  return { promise, resolve };
}

describe('lookupGate', () => {
  it('lets `concurrent` look-ups run, queues the next, and refuses past the waiting room', async () => {
    const gate = lookupGate(2, 1);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const holds = [deferred(), deferred(), deferred()];
    const lookup = (i: number) => async () => {
      started.push(i);
      running += 1;
      most = Math.max(most, running);
      const answer = await holds[i]!.promise;
      running -= 1;
      return answer;
    };
    const first = gate.run(lookup(0));
    const second = gate.run(lookup(1));
    const third = gate.run(lookup(2));
    const refused = gate.run(() => Promise.resolve('never'));
    await expect(refused).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === 'CEK_BANSOS_BUSY',
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);

    holds[0]!.resolve('a');
    expect(await first).toBe('a');
    holds[2]!.resolve('c');
    expect(await third).toBe('c');
    expect(started).toEqual([0, 1, 2]);
    holds[1]!.resolve('b');
    expect(await second).toBe('b');
    expect(most).toBe(2);
  });

  it('passes a failed look-up’s error through and frees its place', async () => {
    const gate = lookupGate(1, 0);
    await expect(gate.run(() => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(await gate.run(() => Promise.resolve('next'))).toBe('next');
  });
});
