// Changing the password in the browser. The keyring is sealed under the
// new password's login keys, and the browser keeps the new user file so
// that the new password works here at once. A password-change drop carries
// the new keyring to the provider, who publishes it at the next build
// (docs/format.md, "Kind password").
import { sealKeyring, toBase64, wipe } from './crypto.js';
import { createDrop } from './drops.js';
import { deriveLoginKeys } from './login-kdf.js';
import { keepPendingPassword } from './pending-password.js';
import { MUST_CHANGE_PASSWORD, currentSession, updateSession }
  from './session.js';

// The new password is the one that opened the session, so it would not
// replace it.
export class SamePasswordError extends Error {
  constructor() {
    super('the new password is the current password');
    this.name = 'SamePasswordError';
  }
}

// Changes the session user's password to `password`, which must pass the
// policy. Returns {dropFile (bytes), time (of the drop, UTC), keptHere
// (whether this browser stored the new user file)}. Throws
// SamePasswordError when the password is the current one.
export async function changePassword(site, session, password) {
  const { locator, keyringKey } = await deriveLoginKeys(site, session.user,
    password);
  let keyringBox;
  try {
    // A logout during the derivation wiped the session's keys.
    if (currentSession() !== session) {
      throw new Error('the session ended during the password change');
    }
    if (locator === session.locator) {
      throw new SamePasswordError();
    }
    keyringBox = await sealKeyring({
      flags: session.keyringFlags & ~MUST_CHANGE_PASSWORD,
      boxSecretKey: session.boxSecretKey,
      signSeed: session.signSeed,
    }, locator, keyringKey);
  } finally {
    await wipe(keyringKey);
  }

  const drop = await createDrop(site, session, 'password', {
    locator, keyring: await toBase64(keyringBox),
  });
  const keptHere = await keepPendingPassword({
    locator,
    keyringBox,
    grantsBox: session.grantsBox,
    previousLocator: session.locator,
    boxSecretKey: session.boxSecretKey,
    dropFile: drop.file,
  });
  await updateSession({
    mustChangePassword: false,
    pendingPassword: keptHere ? locator : null,
  });
  return { dropFile: drop.file, time: drop.time, keptHere };
}
