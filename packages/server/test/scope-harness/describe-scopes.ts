// Runs scope cases as tests, one `describe` per route: generated users of every level against targets in
// many areas, each answer checked against the rule (rule.ts), and hostile text in every input (hostile.ts).
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../test-app.ts';
import { HOME_VILLAGE, REGIONS, VILLAGES, type Member } from './cast.ts';
import { createHarness, type Harness } from './harness.ts';
import {
  fieldName,
  HOSTILE_VALUES,
  inputFields,
  withBodyValue,
  type InputField,
  type OpenApiDocument,
} from './hostile.ts';
import { methodOf, send, templateOf, type CaseRequest, type RouteCase } from './route-case.ts';
import { expectedAnswer, refusalCode, type Aim, type Expectation, type RouteRule } from './rule.ts';

const DEFAULT_RUNS = 8;

function ruleTitle(rule: RouteRule): string {
  switch (rule.kind) {
    case 'public':
      return 'a public route';
    case 'self':
      return rule.citizensOnly ? "the citizen's own record" : "the caller's own session";
    case 'signed-in':
      return 'any signed-in user';
    case 'area':
      return `the area grant "${rule.action}"`;
    case 'granted':
      return `the grant "${rule.action}"`;
    case 'roles':
      return rule.who;
  }
}

function targetsOf(c: RouteCase): readonly (string | null)[] {
  if (c.targets) return c.targets;
  switch (c.scope) {
    case 'village':
    case 'record':
      return VILLAGES;
    case 'region':
      return [null, ...REGIONS];
    case 'none':
      return [null];
  }
}

interface Pick {
  member: number;
  target: number;
  /** Record scope: the village named in the URL, when not the record's own. */
  door: number | null;
}

function aimOf(c: RouteCase, target: string | null, door: string | null): Aim {
  switch (c.scope) {
    case 'record':
      return { door: door ?? target, home: target ?? undefined };
    case 'village':
    case 'region':
      return { door: target };
    case 'none':
      return {};
  }
}

function isProblem(res: { headers: Record<string, unknown> }) {
  return String(res.headers['content-type']).startsWith('application/problem+json');
}

async function checkOnce(h: Harness, c: RouteCase, pick: Pick) {
  const members: (Member | null)[] = [null, ...h.cast];
  const member = members[pick.member]!;
  const target = targetsOf(c)[pick.target]!;
  const door = pick.door === null ? null : VILLAGES[pick.door]!;
  const expected = expectedAnswer(c.rule, member?.actor ?? null, aimOf(c, target, door));
  const request: CaseRequest = await c.request(h, target, expected.outcome === 'ok' && !!c.consumesTarget);
  if (door) request.params = { ...request.params, code: door };
  const before = expected.outcome === 'ok' ? '' : await h.writeProbe();
  const res = await send(h, c, member, request);
  const who = `${member?.label ?? 'anonymous'}, target ${target ?? '(own area)'}${door ? ` behind ${door}` : ''}`;
  const said = `${who}: expected ${expected.outcome} (${expected.reason}), got ${res.statusCode} ${res.body.slice(0, 300)}`;
  if (expected.outcome === 'ok') {
    expect(c.ok, said).toContain(res.statusCode);
    await h.settle();
    return;
  }
  expect(res.statusCode, said).toBe(expected.outcome);
  expect(isProblem(res), said).toBe(true);
  expect(res.json<{ code: string }>().code, said).toBe(refusalCode[expected.outcome]);
  expect(await h.writeProbe(), `${said}: a refused call wrote something`).toBe(before);
}

/** One pick for every reason the rule can give on this route (anonymous, outside, forbidden, allowed …). */
function examplesOf(h: Harness, c: RouteCase): [Pick][] {
  const members: (Member | null)[] = [null, ...h.cast];
  const targets = targetsOf(c);
  const doors = c.scope === 'record' ? [null, ...VILLAGES.map((_, i) => i)] : [null];
  const byReason = new Map<Expectation['reason'], Pick>();
  members.forEach((member, m) =>
    targets.forEach((target, tg) =>
      doors.forEach((door) => {
        const aim = aimOf(c, target, door === null ? null : VILLAGES[door]!);
        const { reason } = expectedAnswer(c.rule, member?.actor ?? null, aim);
        if (!byReason.has(reason)) byReason.set(reason, { member: m, target: tg, door });
      }),
    ),
  );
  return [...byReason.values()].map((pick) => [pick]);
}

async function checkScopes(h: Harness, c: RouteCase) {
  const doors =
    c.scope === 'record' ? fc.option(fc.nat(VILLAGES.length - 1), { nil: null, freq: 2 }) : fc.constant(null);
  const pick = fc.record({
    member: fc.nat(h.cast.length),
    target: fc.nat(targetsOf(c).length - 1),
    door: doors,
  });
  await fc.assert(
    fc.asyncProperty(pick, (p) => checkOnce(h, c, p)),
    { numRuns: c.runs ?? DEFAULT_RUNS, examples: examplesOf(h, c), endOnFailure: true },
  );
}

/** The user hostile text is sent as: someone the route lets through to HOME_VILLAGE's records. */
function allowedSender(h: Harness, c: RouteCase): Member | null {
  const region = c.scope === 'none' ? null : HOME_VILLAGE;
  const aim = aimOf(c, region, null);
  const order = [
    'village_operator',
    'village_head',
    'district_staff',
    'agency_staff',
    'regency_admin',
    'citizen',
  ];
  const candidates = [...h.cast].sort((a, b) => order.indexOf(a.actor.role) - order.indexOf(b.actor.role));
  const sender = [null, ...candidates].find(
    (m) => expectedAnswer(c.rule, m?.actor ?? null, aim).outcome === 'ok',
  );
  if (sender === undefined) throw new Error(`${c.route}: nobody may call it for ${HOME_VILLAGE}`);
  return sender;
}

function withValue(request: CaseRequest, field: InputField, value: string): CaseRequest {
  const name = field.path[0]!;
  switch (field.part) {
    case 'params':
      return { ...request, params: { ...request.params, [name]: value } };
    case 'querystring':
      return { ...request, query: { ...request.query, [name]: value } };
    case 'body':
      return { ...request, body: withBodyValue(request.body, field.path, value) };
    case 'key':
      return { ...request, body: { ...(request.body as object | undefined), [value]: 'x' } };
    case 'file':
      return { ...request, file: { ...request.file!, name: value } };
  }
}

/** A 400 VALIDATION_FAILED problem; for a JSON body field, its first error names that field. */
function refusedAsInvalid(res: LightMyRequestResponse, field: InputField): boolean {
  if (res.statusCode !== 400 || !isProblem(res)) return false;
  const body = res.json<{ code: string; errors?: { field: string }[] }>();
  if (body.code !== 'VALIDATION_FAILED') return false;
  return field.part !== 'body' || body.errors?.[0]?.field === field.path.join('.');
}

async function checkHostile(h: Harness, c: RouteCase, doc: OpenApiDocument) {
  const sender = allowedSender(h, c);
  const region = c.scope === 'none' ? null : HOME_VILLAGE;
  let valid = await c.request(h, region, !!c.consumesTarget);
  const fields = c.undocumented ? [] : inputFields(doc, methodOf(c), templateOf(c), valid);
  const problems: string[] = [];
  for (const field of fields) {
    for (const hostile of HOSTILE_VALUES) {
      await h.settle();
      const before = await h.writeProbe();
      const res = await send(h, c, sender, withValue(valid, field, hostile.value));
      const said = `${fieldName(field)} = ${hostile.name}: ${res.statusCode} ${res.body.slice(0, 200)}`;
      if (res.statusCode >= 500) problems.push(`${said} (a server error)`);
      else if (hostile.refusedIn.includes(field.part) && !refusedAsInvalid(res, field))
        problems.push(`${said} (not refused as invalid input naming the field)`);
      else if (res.statusCode >= 400) {
        if (!isProblem(res)) problems.push(`${said} (not problem+json)`);
        const audited = c.refusalsAudited && res.statusCode !== 400;
        if (!audited && (await h.writeProbe()) !== before) problems.push(`${said} (refused, yet wrote)`);
      } else if (c.consumesTarget) {
        valid = await c.request(h, region, true);
      }
    }
  }
  expect(problems, `${c.route} as ${sender?.label ?? 'anonymous'}`).toEqual([]);
}

/**
 * The scope cases of one or more modules, on one app: build it once, then one `describe` per route. The
 * harness is there for further tests of the same file once `beforeAll` has run.
 */
export function describeScopeCases(cases: readonly RouteCase[]): { harness(): Harness } {
  let h: Harness;
  let doc: OpenApiDocument;
  beforeAll(async () => {
    const t = await buildTestApp();
    await t.app.ready();
    doc = t.app.swagger() as unknown as OpenApiDocument;
    h = await createHarness(t);
  });
  afterAll(async () => {
    await h?.settle();
    await h?.t.close();
  });
  for (const c of cases) {
    describe(c.variant ? `${c.route} (${c.variant})` : c.route, () => {
      it(`answers users of every level as ${ruleTitle(c.rule)} decides (generated)`, () => checkScopes(h, c));
      it('answers hostile text in every input with a 4xx problem, never a 5xx, writing nothing', () =>
        checkHostile(h, c, doc));
    });
  }
  return { harness: () => h };
}
