// argon2id via @node-rs/argon2 (salted PHC strings). A fixed dummy hash is verified when the user does not
// exist, so a wrong username costs the same time as a wrong password.
import { hash, verify } from '@node-rs/argon2';

export const hashSecret = (secret: string) => hash(secret);

let dummy: Promise<string> | undefined;

export async function verifySecret(phc: string | undefined, secret: string): Promise<boolean> {
  if (phc === undefined) {
    dummy ??= hash('not-a-real-password');
    await verify(await dummy, secret);
    return false;
  }
  try {
    return await verify(phc, secret);
  } catch {
    return false;
  }
}
