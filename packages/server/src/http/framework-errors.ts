// The router's own refusals, before any route is found: a URL whose percent-escapes are not UTF-8, or a path
// segment longer than a parameter may be. Fastify answers them with its own bare JSON (and 414 for the
// length); here they are a 400 problem like any other invalid input.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { fieldError } from './field-errors.ts';
import { sendProblem } from './problem.ts';

export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error.code !== 'FST_ERR_BAD_URL' && error.code !== 'FST_ERR_MAX_PARAM_LENGTH') {
    request.log.error({ err: error }, 'router error');
    void sendProblem(reply, 'INTERNAL_ERROR');
    return;
  }
  void sendProblem(reply, 'VALIDATION_FAILED', { errors: [fieldError('', 'params', 'REQUEST_URL')] });
}
