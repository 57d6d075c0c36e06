// The letter QR's short address, `/v/<village digits>.<random id>`: it answers the public verify page itself
// (cek-surat.html, the small page that is also the offline verifier), not a redirect, so a phone on a weak
// link scanning a letter waits for one response, and the address in the QR stays as short as it is. The page
// reads the reference from its own address and asks GET /api/public/letters/:ref (rate limited) for the
// letter's status; the signed record after "#" never reaches the server and is checked on the phone.
import type { FastifyInstance } from 'fastify';
import { LETTER_REF } from './service.ts';

export const VERIFY_PAGE = 'cek-surat.html';

/** Registered only where the built web app is served (reply.sendFile exists there). */
export function registerLetterShortLink(app: FastifyInstance) {
  app.get<{ Params: { ref: string } }>('/v/:ref', { schema: { hide: true } }, (request, reply) =>
    // A malformed reference is some other address: the app's own not-found answer.
    LETTER_REF.test(request.params.ref)
      ? reply.type('text/html; charset=utf-8').sendFile(VERIFY_PAGE)
      : reply.callNotFound(),
  );
}
