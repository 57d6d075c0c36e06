// Hostile text for every input of a route: each path parameter, query field, JSON body field (nested ones
// too, found from the route's own schema in the OpenAPI document, so a new field is covered without being
// listed) and the file name of an upload. Text PostgreSQL cannot store, and text longer than any field
// allows, must be refused with a 4xx problem; SQL-ish and path-ish text is ordinary text, which a route may
// store as sent or refuse. Never a 5xx, and a refusal writes nothing.
import { HOSTILE_STRINGS } from '../hostile-input.ts';

export { urlEncoded } from '../hostile-input.ts';

/** Where a value goes: a path parameter, a query field, a JSON body field, a JSON body key, a file name. */
export type InputPart = 'params' | 'querystring' | 'body' | 'key' | 'file';

export interface HostileValue {
  name: string;
  value: string;
  /** Where a route must refuse it (a 4xx); elsewhere it may be accepted (stored as sent). */
  refusedIn: readonly InputPart[];
}

/** Every place a value can go. */
const EVERYWHERE: readonly InputPart[] = ['params', 'querystring', 'body', 'key', 'file'];
const LONG = 'x'.repeat(20_000);

export const HOSTILE_VALUES: readonly HostileValue[] = [
  // Text PostgreSQL cannot store (test/hostile-input.ts, shared with safe-text.test.ts). A URL cannot carry a
  // lone surrogate: it goes as the bytes a careless encoder writes (urlEncoded), which the server may read
  // as U+FFFD; a FormData file name is turned into U+FFFD before it is sent. So those must be refused in a
  // JSON value or key only (an unknown key is dropped by the schema, unless it cannot be stored).
  ...HOSTILE_STRINGS.map(({ name, value, fitsInUrl }): HostileValue => ({
    name,
    value,
    refusedIn: fitsInUrl ? EVERYWHERE : ['body', 'key'],
  })),
  // Every text field has a bound; an upload's file name is cut to length instead, an unknown key dropped.
  { name: 'a 20,000-character text', value: LONG, refusedIn: ['params', 'querystring', 'body'] },
  // Ordinary text to parameterised queries and to the file store: stored as sent, or refused; never a 5xx.
  { name: 'an SQL-ish text', value: "%' OR '1'='1'; DROP TABLE resident; --_\\", refusedIn: [] },
  { name: 'a path-ish text', value: '../../../../etc/passwd', refusedIn: [] },
];

export interface InputField {
  part: InputPart;
  /** The field's path: a parameter's name, or the keys down a JSON body ("members.0.fullName"). */
  path: readonly string[];
}

export const fieldName = (field: InputField) =>
  field.part === 'key'
    ? 'a body key'
    : field.part === 'file'
      ? 'the file name'
      : `${field.part} ${field.path.join('.')}`;

interface JsonSchema {
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $ref?: string;
}

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const isType = (schema: JsonSchema, type: string) => [schema.type].flat().includes(type);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON body's string fields, walking the schema beside the valid body (only objects it holds). */
function bodyStringFields(
  doc: OpenApiDocument,
  schema: JsonSchema,
  value: unknown,
  path: readonly string[],
): string[][] {
  if (schema.$ref) {
    const target = doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')];
    return target ? bodyStringFields(doc, target, value, path) : [];
  }
  const variants = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (variants) {
    if (variants.some((v) => isType(v, 'string'))) return [[...path]];
    return variants.flatMap((v) =>
      (isType(v, 'object') && isPlainObject(value)) || (isType(v, 'array') && Array.isArray(value))
        ? bodyStringFields(doc, v, value, path)
        : [],
    );
  }
  if (isType(schema, 'string')) return [[...path]];
  if (isType(schema, 'object') && schema.properties && isPlainObject(value)) {
    return Object.entries(schema.properties).flatMap(([key, property]) =>
      bodyStringFields(doc, property, value[key], [...path, key]),
    );
  }
  if (isType(schema, 'array') && schema.items) {
    if (Array.isArray(value) && value.length > 0)
      return bodyStringFields(doc, schema.items, value[0], [...path, '0']);
    if (isType(schema.items, 'string')) return [[...path, '0']];
  }
  return [];
}

/** Every text input of a route, from its OpenAPI operation and the valid request it is sent. */
export function inputFields(
  doc: OpenApiDocument,
  method: string,
  template: string,
  valid: { body?: unknown; file?: unknown },
): InputField[] {
  const operation = doc.paths[template.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${template} is not in the OpenAPI document`);
  const fields: InputField[] = [];
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === 'path') fields.push({ part: 'params', path: [parameter.name] });
    if (parameter.in === 'query') fields.push({ part: 'querystring', path: [parameter.name] });
  }
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (schema) {
    const body = valid.body ?? {};
    for (const path of bodyStringFields(doc, schema, body, [])) fields.push({ part: 'body', path });
    fields.push({ part: 'key', path: [] });
  }
  if (valid.file) fields.push({ part: 'file', path: [] });
  return fields;
}

/** A copy of `body` with `value` at `path` (arrays made where the path goes through an index). */
export function withBodyValue(body: unknown, path: readonly string[], value: string): unknown {
  const copy: unknown = structuredClone(body ?? {});
  let node = copy as Record<string, unknown>;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    if (typeof node[key] !== 'object' || node[key] === null)
      node[key] = /^\d+$/.test(path[index + 1]!) ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  return copy;
}
