// Personal data never reaches the log. Three layers, each catching what the one before cannot know about:
// 1. by field: cookies, passwords, PINs and identifier fields are censored (pino's redact paths);
// 2. by shape: the request URL (a NIK search puts the NIK in `?q=`) and error messages have every
//    NIK/KK-shaped number replaced, and errors leave the statement and its parameters behind;
// 3. last: every string value of every finished log line is searched for NIK/KK-shaped numbers again.
import pino, { type DestinationStream, type LoggerOptions } from 'pino';

/** 16 or more digits in a row, also written in groups ("3510 0112 …", "3510.0112…", "3510-0112-…"). */
const IDENTIFIER_SHAPED = /\d(?:[ .+_-]?\d){15,}/g;
export const REDACTED = '[REDACTED]';

export function redactIdentifiers(text: string): string {
  return text.replace(IDENTIFIER_SHAPED, REDACTED);
}

function decoded(component: string): string {
  try {
    return decodeURIComponent(component.replaceAll('+', ' '));
  } catch {
    return component;
  }
}

/** One piece of a URL: left as sent unless it (percent-decoded, so "%33%35…" too) holds an identifier. */
function redactComponent(component: string): string {
  const plain = decoded(component);
  const redacted = redactIdentifiers(plain);
  return redacted === plain ? redactIdentifiers(component) : encodeURIComponent(redacted);
}

/** The URL with every NIK/KK-shaped number in its path or query replaced; the rest as sent. */
export function redactUrl(url: string): string {
  const [path = '', query] = splitOnce(url, '?');
  const safePath = path.split('/').map(redactComponent).join('/');
  if (query === undefined) return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const [key = '', value] = splitOnce(pair, '=');
      return value === undefined ? redactComponent(key) : `${redactComponent(key)}=${redactComponent(value)}`;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** Fields of an error that hold the statement, its parameters or values taken from them. */
const STATEMENT_FIELDS = new Set(['query', 'params', 'parameters', 'queryOptions', 'sql', 'raw']);

function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactIdentifiers(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!STATEMENT_FIELDS.has(key)) copy[key] = redactDeep(item, depth + 1);
  }
  return copy;
}

/**
 * pino's error serializer, minus the statement and its parameters (PGlite attaches both to its errors)
 * and with identifiers removed from what is left (PostgreSQL quotes values in messages and details:
 * `Key (nik)=(…) already exists`).
 */
export function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown;
  return redactDeep(serialized);
}

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip: string;
  socket?: { remotePort?: number };
}

function serializeRequest(request: LoggedRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** A JSON string literal, escapes included. */
const JSON_STRING = /"(?:[^"\\]|\\.)*"/g;

/** Last layer: identifiers in any string value of the finished line (numbers such as times stay). */
export function redactLogLine(line: string): string {
  return line.replace(JSON_STRING, (literal) => redactIdentifiers(literal));
}

/** The server's logger settings (Fastify hands them to pino); `stream` defaults to standard output. */
export function appLoggerOptions(
  level: string,
  stream?: DestinationStream,
): LoggerOptions & { stream?: DestinationStream } {
  return {
    level,
    redact: [
      'req.headers.cookie',
      'req.headers.authorization',
      'res.headers["set-cookie"]',
      '*.password',
      '*.pin',
      '*.nik',
      '*.kk',
    ],
    serializers: { req: serializeRequest, err: serializeError },
    hooks: { streamWrite: redactLogLine },
    ...(stream ? { stream } : {}),
  };
}
