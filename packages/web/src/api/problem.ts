import type { FieldProblem, ProblemBody } from './types.ts';

/** Error thrown by the API client for every failed call, so callers can branch on `code` and `status`. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  /** Seconds until the action may be retried (lockouts and rate limits), when the server says so. */
  readonly retryAfterSeconds: number | undefined;
  /** Per-field problems of a 400 (e.g. `members.0.nik`), to show next to the fields they are about. */
  readonly fieldErrors: FieldProblem[];
  /** The whole problem body, for callers that expect extra members (e.g. an import's `report`). */
  readonly body: ProblemBody;

  constructor(options: {
    message: string;
    code: string;
    status: number;
    retryAfterSeconds?: number;
    fieldErrors?: FieldProblem[];
    body?: ProblemBody;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.fieldErrors = options.fieldErrors ?? [];
    this.body = options.body ?? {};
  }
}

/** The `errors` list of a validation problem, keeping only well-formed entries. */
export function fieldProblems(body: ProblemBody): FieldProblem[] {
  const list = (body as { errors?: unknown }).errors;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown): FieldProblem[] => {
    if (entry === null || typeof entry !== 'object') return [];
    const { field, code, message, message_en } = entry as Record<string, unknown>;
    if (typeof message !== 'string') return [];
    return [
      {
        field: typeof field === 'string' ? field : '',
        code: typeof code === 'string' ? code : undefined,
        message,
        message_en: typeof message_en === 'string' ? message_en : undefined,
      },
    ];
  });
}

export function isProblemBody(value: unknown): value is ProblemBody {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Picks the message in the reader's language: message_id / message_en, else detail, else title. */
export function problemMessage(body: ProblemBody, language: 'id' | 'en'): string | undefined {
  const localized = language === 'id' ? body.message_id : body.message_en;
  // Fastify's own errors (e.g. rate limit) use `message` instead of `detail`.
  const fastifyMessage = (body as { message?: unknown }).message;
  return nonEmpty(localized) ?? nonEmpty(body.detail) ?? nonEmpty(fastifyMessage) ?? nonEmpty(body.title);
}

/** Retry-After from the body wins over the header because it is exact; the header is the fallback. */
export function retryAfterSeconds(body: ProblemBody, header: string | null): number | undefined {
  if (typeof body.retryAfterSeconds === 'number' && Number.isFinite(body.retryAfterSeconds)) {
    return body.retryAfterSeconds;
  }
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Codes used when the server gave none, so callers can still branch without looking at the status. */
export function fallbackCode(status: number): string {
  if (status === 401) return 'AUTH_REQUIRED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  return status >= 500 ? 'SERVER_ERROR' : 'REQUEST_FAILED';
}
