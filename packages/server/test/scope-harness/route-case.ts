// A route's scope case, as data: which route, which rule decides who may call it, where its targets come
// from, how to make a target in a region (a request that succeeds for an allowed user) and which answers
// prove that success. Add one to the module's `<module>.scope-cases.ts` for every new route.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Harness } from './harness.ts';
import { urlEncoded } from './hostile.ts';
import type { RouteRule } from './rule.ts';
import type { Member } from './cast.ts';

/**
 * Where a case's targets come from:
 * - `village`: the village itself, named in the URL (its profile, its imports, a new record in it);
 * - `record`: a record made in a village; the URL's `:code` may name another village (the harness tries
 *   both: outside the area 404, and a record of another village behind one's own village code also 404);
 * - `region`: a region of any level in the query or URL, or none (the caller's own area);
 * - `none`: the route is about no region (account lists, receipts, one's own session).
 */
export type Scope = 'village' | 'record' | 'region' | 'none';

export interface CaseRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** A multipart upload in the field "file". */
  file?: { name: string; content: Buffer | string };
}

export interface RouteCase {
  /** Method and URL exactly as registered, e.g. "POST /api/villages/:code/residents/:id/death". */
  route: string;
  /** A second case of the same route under another rule names what differs (e.g. "full identifiers"). */
  variant?: string;
  rule: RouteRule;
  scope: Scope;
  /** Overrides the targets the scope draws from (e.g. only regions where an account can be bound). */
  targets?: readonly (string | null)[];
  /**
   * The request for a target in `region` (null: none, the caller's own area), valid enough to succeed for an
   * allowed user. `fresh` is true when this call is expected to succeed and the case `consumesTarget`: make
   * a new record, so each successful run acts on its own.
   */
  request(h: Harness, region: string | null, fresh: boolean): Promise<CaseRequest>;
  /** The answers that prove the success path (e.g. [201]; [202, 409] where a repeat is a conflict). */
  ok: readonly number[];
  /** A successful call uses its target up (ends, deletes or moves a record, takes a NIK, a number or a
   * username): each call expected to succeed gets a fresh one. */
  consumesTarget?: boolean;
  /** Refusals other than invalid input are audited by design (a failed sign-in, a wait): the "nothing
   * written" check then holds for 400 answers only. */
  refusalsAudited?: boolean;
  /** Generated runs beyond one example of each outcome (default 8). */
  runs?: number;
  /** The call ends the caller's session (sign-out): each call is sent with a new session of the account. */
  endsSession?: boolean;
  /** The route is not in the OpenAPI document (the document itself) and takes no input. */
  undocumented?: boolean;
}

export const methodOf = (c: RouteCase) => c.route.split(' ')[0] as NonNullable<InjectOptions['method']>;

/** `?region=` for a region target; none for the caller's own area. */
export const regionQuery = (region: string | null): Record<string, string> => (region ? { region } : {});
export const templateOf = (c: RouteCase) => c.route.split(' ')[1]!;

let addresses = 0;

/** A fresh client address for every call, so per-address rate limits never stand in for an answer. */
function nextAddress() {
  addresses += 1;
  return `127.3.${Math.floor(addresses / 250) % 250}.${addresses % 250}`;
}

/** The URL with its parameters and query, each value percent-encoded (lone surrogates as WTF-8 bytes). */
export function urlOf(template: string, request: CaseRequest, encode = urlEncoded) {
  const path = template.replace(/:(\w+)/g, (_, name: string) => {
    const value = request.params?.[name];
    if (value === undefined) throw new Error(`${template}: no value for :${name}`);
    return encode(value);
  });
  const query = Object.entries(request.query ?? {})
    .map(([key, value]) => `${encodeURIComponent(key)}=${encode(value)}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/** Sends a case's request as `member` (null: anonymous). */
export async function send(
  h: Harness,
  c: RouteCase,
  member: Member | null,
  request: CaseRequest,
): Promise<LightMyRequestResponse> {
  const cookie = member && c.endsSession ? await h.t.openSession(member.actor.id) : member?.user.cookie;
  const options: InjectOptions = {
    method: methodOf(c),
    url: urlOf(templateOf(c), request),
    remoteAddress: nextAddress(),
    headers: cookie ? { cookie } : {},
  };
  if (request.file) {
    const form = new FormData();
    const { content, name } = request.file;
    form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
    options.payload = form;
  } else if (request.body !== undefined) {
    options.payload = request.body as InjectOptions['payload'];
  }
  return h.t.app.inject(options);
}
