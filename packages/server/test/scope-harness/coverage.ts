// Coverage nobody can forget: the routes the real app registered (route-access.ts records every /api route
// as it is declared) against the scope cases found in every `*.scope-cases.ts` under src/. A route without
// a case, a case without a route, and a case file no `*.scopes.test.ts` runs are each named.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { declaredRoutes } from '../../src/http/route-access.ts';
import type { RouteCase } from './route-case.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');
const TEST = path.resolve(import.meta.dirname, '..');

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => path.join(dir, file));
}

const isRouteCase = (value: unknown): value is RouteCase =>
  typeof value === 'object' && value !== null && 'route' in value && 'rule' in value && 'request' in value;

/** Every scope case of every module, with the file it comes from. */
export async function allScopeCases(): Promise<{ file: string; cases: RouteCase[] }[]> {
  const found = [];
  for (const file of filesUnder(SRC, '.scope-cases.ts')) {
    const module = (await import(file)) as Record<string, unknown>;
    const cases = Object.values(module).flatMap((value) =>
      Array.isArray(value) ? value.filter(isRouteCase) : [],
    );
    found.push({ file: path.relative(SRC, file), cases });
  }
  return found;
}

/** "METHOD /url" of every /api route the app registered (HEAD, which Fastify adds to each GET, aside). */
export function registeredRoutes(app: FastifyInstance): string[] {
  return [
    ...new Set(
      declaredRoutes(app)
        .filter((r) => r.method !== 'HEAD')
        .map((r) => `${r.method} ${r.url}`),
    ),
  ].sort();
}

/** Case files that no scopes test imports (by the file's name without its extension). */
export function caseFilesNotRun(caseFiles: readonly string[]): string[] {
  const tests = [...filesUnder(SRC, '.scopes.test.ts'), ...filesUnder(TEST, '.scopes.test.ts')].map((file) =>
    readFileSync(file, 'utf8'),
  );
  return caseFiles.filter((file) => {
    const name = path.basename(file, '.ts');
    return !tests.some((source) => source.includes(`/${name}.ts'`));
  });
}
