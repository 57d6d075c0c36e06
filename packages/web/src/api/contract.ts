// Types of the API as the server declares it: looked up in schema.generated.ts (`npm run api:types`, from the
// server's OpenAPI document) by path, method and status, so a shape the server changes fails the type check
// here instead of drifting in a hand-written copy.
import type { paths } from './schema.generated.ts';

export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body of a successful answer (200 unless another status is named). */
export type ApiResponse<P extends ApiPath, M extends Method, S extends number = 200> =
  Operation<P, M> extends { responses: infer Responses }
    ? S extends keyof Responses
      ? JsonOf<Responses[S]>
      : never
    : never;

/** The JSON request body the route takes. */
export type ApiBody<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: infer Body } ? JsonOf<NonNullable<Body>> : never;

/** The query parameters the route reads. */
export type ApiQuery<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;
