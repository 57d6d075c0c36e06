// Every filter a list takes is a filter of its export: read from the routes' own query schemas in the OpenAPI
// document, so a filter added to a list and not to its export (as age and "needs verification" once were)
// fails here by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/test-app.ts';

interface OpenApi {
  paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
}

let t: TestApp;
let doc: OpenApi;
beforeAll(async () => {
  t = await buildTestApp();
  await t.app.ready();
  doc = t.app.swagger() as unknown as OpenApi;
});
afterAll(() => t.close());

const queryFields = (path: string) =>
  (doc.paths[path]?.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);

/** What only a list has: its page and its order (an export writes every row, in the file's order). */
const LIST_ONLY = ['limit', 'offset', 'sort'];

describe('exports take every filter of their list', () => {
  it.each([
    ['/api/population/residents', '/api/population/residents/export'],
    ['/api/population/households', '/api/population/households/export'],
  ])('%s → %s', (list, file) => {
    const filters = queryFields(list).filter((name) => !LIST_ONLY.includes(name));
    expect(filters.length).toBeGreaterThan(3);
    expect(queryFields(file)).toEqual(expect.arrayContaining(filters));
  });

  it('the resident export knows the age range and "needs verification"', () => {
    expect(queryFields('/api/population/residents/export')).toEqual(
      expect.arrayContaining(['ageMin', 'ageMax', 'flagged']),
    );
  });
});
