// A unique index refused a row (SQLSTATE 23505). The services check first and answer a catalogued 409; the
// index stays the guard against two requests that pass the check at once, and its refusal becomes the same
// 409, never a 500. The error aborts the transaction, so it is caught outside it.
import { AppError } from '../../http/problem.ts';
import type { ErrorCode } from '../../http/error-catalogue.ts';

export const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';

export async function uniqueAs<T>(
  code: ErrorCode,
  work: () => Promise<T>,
  extra: Record<string, unknown> = {},
) {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(code, extra);
    throw error;
  }
}
