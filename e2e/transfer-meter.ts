// Counts what the browser really transferred: every byte the server sent it, counted on the wire by a relay,
// and, to explain the total, the encoded (compressed) bytes of each response plus its headers from Chromium's
// Network.loadingFinished, as DevTools shows them. A response from the browser cache costs 0 bytes; a 304 its
// headers.
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface Transfer {
  url: string;
  status: number;
  /** Headers and body as received (compressed). */
  bytes: number;
  /** The body alone: 0 for a response from the cache or a 304 revalidation. */
  bodyBytes: number;
  fromCache: boolean;
  encoding: string | undefined;
}

export interface TransferMeter {
  /** Starts a new count (previous transfers are forgotten). */
  reset(): void;
  transfers(): Transfer[];
  total(): number;
}

interface Pending {
  url: string;
  status: number;
  fromCache: boolean;
  encoding: string | undefined;
  bodyBytes: number;
}

interface NetworkEvent {
  requestId: string;
  encodedDataLength?: number;
  dataLength?: number;
  response?: {
    url: string;
    status: number;
    headers: Record<string, unknown>;
    fromDiskCache?: boolean;
    fromPrefetchCache?: boolean;
  };
}

/** Keeps the list from the page's Network events. */
function networkListener(pending: Map<string, Pending>, done: Transfer[]) {
  // Chromium says a request was served from its cache before it reports the response.
  const servedFromCache = new Set<string>();
  return (method: string, event: NetworkEvent) => {
    const entry = pending.get(event.requestId);
    if (method === 'Network.responseReceived' && event.response) {
      const { response } = event;
      const encoding = Object.entries(response.headers).find(
        ([name]) => name.toLowerCase() === 'content-encoding',
      )?.[1];
      pending.set(event.requestId, {
        url: response.url,
        status: response.status,
        fromCache: Boolean(
          servedFromCache.has(event.requestId) || response.fromDiskCache || response.fromPrefetchCache,
        ),
        encoding: typeof encoding === 'string' ? encoding : undefined,
        bodyBytes: 0,
      });
    } else if (method === 'Network.requestServedFromCache') {
      servedFromCache.add(event.requestId);
      if (entry) entry.fromCache = true;
    } else if (method === 'Network.dataReceived' && entry) {
      entry.bodyBytes += event.encodedDataLength ?? 0;
    } else if (method === 'Network.loadingFinished' && entry) {
      pending.delete(event.requestId);
      servedFromCache.delete(event.requestId);
      const bytes = entry.fromCache ? 0 : (event.encodedDataLength ?? 0);
      done.push({ ...entry, bytes, bodyBytes: entry.fromCache ? 0 : entry.bodyBytes });
    }
  };
}

const NETWORK_EVENTS = [
  'Network.responseReceived',
  'Network.requestServedFromCache',
  'Network.loadingFinished',
];

/**
 * Lists what a page received, response by response, from Chromium's Network events. A dedicated worker's
 * script (MapLibre's) is fetched before any debugger can watch the worker, so it is missing here: the
 * total to hold against a budget comes from the byte counter below, this list explains it.
 */
export async function meterPage(context: BrowserContext, page: Page): Promise<TransferMeter> {
  const pending = new Map<string, Pending>();
  const done: Transfer[] = [];
  const listen = networkListener(pending, done);
  const session: CDPSession = await context.newCDPSession(page);
  for (const method of NETWORK_EVENTS)
    session.on(method as 'Network.loadingFinished', (event) => listen(method, event as NetworkEvent));
  await session.send('Network.enable');
  return {
    reset: () => {
      done.length = 0;
    },
    transfers: () => [...done],
    total: () => done.reduce((sum, t) => sum + t.bytes, 0),
  };
}

export interface ByteCounter {
  /** The address to open in the browser instead of the server's. */
  baseUrl: string;
  /** Bytes the server sent to the browser since the last reset: headers, bodies, everything on the wire. */
  received(): number;
  reset(): void;
  close(): Promise<void>;
}

/**
 * A TCP relay in front of the server that counts every byte going to the browser: what a phone on a metered
 * link pays for, workers and all, and nothing for what the browser took from its cache.
 */
export async function countBytes(serverUrl: string): Promise<ByteCounter> {
  const target = new URL(serverUrl);
  let received = 0;
  const sockets = new Set<Socket>();
  const relay = createServer((browserSide) => {
    const serverSide = connect(Number(target.port), target.hostname);
    for (const socket of [browserSide, serverSide]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        browserSide.destroy();
        serverSide.destroy();
      });
    }
    serverSide.on('data', (chunk: Buffer) => (received += chunk.length));
    serverSide.pipe(browserSide);
    browserSide.pipe(serverSide);
  });
  await new Promise<void>((resolve) => relay.listen(0, target.hostname, resolve));
  const { port } = relay.address() as AddressInfo;
  return {
    baseUrl: `http://${target.hostname}:${port}`,
    received: () => received,
    reset: () => {
      received = 0;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => relay.close(resolve));
    },
  };
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A readable table of what was transferred, largest first, for the test's output and failure message. */
export function describeTransfers(label: string, transfers: Transfer[]): string {
  const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
  const lines = [...transfers]
    .sort((a, b) => b.bytes - a.bytes)
    .map(
      (t) =>
        `  ${kilobytes(t.bytes).padStart(9)}  ${String(t.status).padEnd(3)} ${(t.fromCache ? 'cache' : (t.encoding ?? '-')).padEnd(6)} ${new URL(t.url).pathname}`,
    );
  return [`${label}: ${kilobytes(total)} in ${transfers.length} responses`, ...lines].join('\n');
}
