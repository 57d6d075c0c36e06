// Dropping a scratch database after a test. `WITH (FORCE)` ends the test's own leftover connections, but a
// non-superuser may not end an autovacuum worker that has just started on the freshly loaded database
// (SQLSTATE 42501). A plain DROP DATABASE cancels autovacuum by itself and waits for it, so that is the
// fallback; a few tries cover a worker that starts again between them.
import type pg from 'pg';

const INSUFFICIENT_PRIVILEGE = '42501';
const OBJECT_IN_USE = '55006';

export async function dropScratchDatabase(admin: pg.Client, name: string): Promise<void> {
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== INSUFFICIENT_PRIVILEGE) throw error;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || (code !== OBJECT_IN_USE && code !== INSUFFICIENT_PRIVILEGE)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
