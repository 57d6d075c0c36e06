import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportJob } from '../../api/imports.ts';
import { followImportJob, type EventStream } from './followJob.ts';
import { testJob } from './testJob.ts';

/** An event stream the test speaks through, as the server would. */
class TestStream implements EventStream {
  closed = false;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  emit(type: 'progress' | 'error', data = '') {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }));
  }
}

const checking = (done: number) => testJob({ status: 'validating', phase: 'checking', processedRows: done });
const ready = testJob({ status: 'ready' });

/** Answers GET …/imports/:id with the queued jobs in turn (the last one again once they run out). */
function server(...answers: ImportJob[]) {
  const fetchJob = vi.fn(() => Promise.resolve(answers.length > 1 ? answers.shift()! : answers[0]!));
  return fetchJob;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('following an import job', () => {
  it('reads the job once and stops when it is not running', async () => {
    const seen: ImportJob[] = [];
    const open = vi.fn(() => new TestStream());
    followImportJob({
      fetchJob: server(ready),
      openEvents: open,
      onJob: (job) => seen.push(job),
      onError: vi.fn(),
    });
    await vi.runAllTimersAsync();
    expect(seen.map((job) => job.status)).toEqual(['ready']);
    expect(open).not.toHaveBeenCalled();
  });

  it('follows a running job through its events and closes the stream when the job is over', async () => {
    const stream = new TestStream();
    const seen: string[] = [];
    followImportJob({
      fetchJob: server(checking(0)),
      openEvents: () => stream,
      onJob: (job) => seen.push(`${job.status}:${job.processedRows}`),
      onError: vi.fn(),
    });
    await vi.advanceTimersByTimeAsync(0);
    stream.emit('progress', JSON.stringify(checking(5)));
    stream.emit('progress', JSON.stringify(ready));
    expect(seen).toEqual(['validating:0', 'validating:5', 'ready:10']);
    expect(stream.closed).toBe(true);
  });

  it('polls once a second when the stream breaks, until the job is over', async () => {
    const stream = new TestStream();
    const fetchJob = server(checking(0), checking(4), checking(8), ready);
    const seen: string[] = [];
    followImportJob({
      fetchJob,
      openEvents: () => stream,
      onJob: (job) => seen.push(job.status),
      onError: vi.fn(),
    });
    await vi.advanceTimersByTimeAsync(0);
    stream.emit('error');
    expect(stream.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(seen).toEqual(['validating', 'validating', 'validating', 'ready']);
    expect(fetchJob).toHaveBeenCalledTimes(4);
  });

  it('gives the stream up for polling when it stays silent (a proxy buffering it)', async () => {
    const stream = new TestStream();
    const fetchJob = server(checking(0), ready);
    const seen: string[] = [];
    followImportJob({
      fetchJob,
      openEvents: () => stream,
      onJob: (job) => seen.push(job.status),
      onError: vi.fn(),
    });
    await vi.advanceTimersByTimeAsync(3000);
    expect(stream.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(stream.closed).toBe(true);
    expect(seen).toEqual(['validating', 'ready']);
  });

  it('polls where the browser has no EventSource', async () => {
    const seen: string[] = [];
    followImportJob({
      fetchJob: server(checking(0), ready),
      onJob: (job) => seen.push(job.status),
      onError: vi.fn(),
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toEqual(['validating', 'ready']);
  });

  it('reports a failed read, and says nothing after being stopped', async () => {
    const onError = vi.fn();
    followImportJob({ fetchJob: () => Promise.reject(new Error('offline')), onJob: vi.fn(), onError });
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledWith(new Error('offline'));

    const stream = new TestStream();
    const onJob = vi.fn();
    const stop = followImportJob({
      fetchJob: server(checking(0)),
      openEvents: () => stream,
      onJob,
      onError: vi.fn(),
    });
    await vi.advanceTimersByTimeAsync(0);
    stop();
    stream.emit('progress', JSON.stringify(ready));
    expect(onJob).toHaveBeenCalledTimes(1);
    expect(stream.closed).toBe(true);
  });
});
