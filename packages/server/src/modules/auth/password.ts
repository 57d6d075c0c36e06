// argon2id via @node-rs/argon2 (salted PHC strings). A fixed dummy hash is verified when the user does not
// exist, so a wrong username costs the same time as a wrong password.
import { hash, verify } from '@node-rs/argon2';

export const hashSecret = (secret: string) => hash(secret);

// Made when the module loads, not at the first unknown name: that first answer would otherwise take twice
// as long (a hash, then a verify) and tell the account apart.
const dummy: Promise<string> = hash('not-a-real-password');

export async function verifySecret(phc: string | undefined, secret: string): Promise<boolean> {
  if (phc === undefined) {
    await verify(await dummy, secret);
    return false;
  }
  try {
    return await verify(phc, secret);
  } catch {
    return false;
  }
}
