// A new password that the user chose in this browser and that the provider
// has not published yet. Until the next build the server has only the user
// file of the old password. So this browser keeps an entry in localStorage
// under the new locator, with three members. "user_file" is the user file
// of the new password: the keyring box sealed under the new password and
// the grants box. "previous" is the old locator, sealed to the user's
// X25519 key. "drop" is the password-change drop, sealed to the provider.
// Nothing in the entry can be read without a password. Logout keeps it.
//
// A login with the new password uses the copy while the server has no file
// for it, with the grants of the old user file, which the provider keeps
// current. The copy is removed when the server has the new user file, and
// when the server has neither file, e.g. after the user was disabled.
import { IntegrityError, fromBase64, joinUserFile, openGrants, openUserFile,
  splitUserFile, toBase64, wipe } from './crypto.js';
import { NotFoundError, fetchBytes } from './fetch.js';
import { loadSodium } from './sodium.js';

const KEY_PREFIX = 'inzage.pending-password.';
const HEX_ID = /^[0-9a-f]{32}$/;

function storageKey(locator) {
  return `${KEY_PREFIX}${locator}`;
}

function storedLocators() {
  try {
    return Object.keys(localStorage)
      .filter((key) => key.startsWith(KEY_PREFIX))
      .map((key) => key.slice(KEY_PREFIX.length))
      .filter((locator) => HEX_ID.test(locator));
  } catch {
    return [];
  }
}

// Returns the stored entry of `locator` as bytes, or null when there is
// none or it cannot be read.
async function readEntry(locator) {
  let stored;
  try {
    stored = JSON.parse(localStorage.getItem(storageKey(locator)));
  } catch {
    return null;
  }
  if (!stored || stored.format !== 1) {
    return null;
  }
  try {
    return {
      userFile: await fromBase64(stored.user_file),
      previousBox: await fromBase64(stored.previous),
      dropFile: await fromBase64(stored.drop),
    };
  } catch {
    return null;
  }
}

async function writeEntry(locator, { userFile, previousBox, dropFile }) {
  const text = JSON.stringify({
    format: 1,
    user_file: await toBase64(userFile),
    previous: await toBase64(previousBox),
    drop: await toBase64(dropFile),
  });
  try {
    localStorage.setItem(storageKey(locator), text);
    return true;
  } catch {
    // Storage is switched off or full.
    return false;
  }
}

// Removes the copy of `locator`.
export function removePendingPassword(locator) {
  try {
    localStorage.removeItem(storageKey(locator));
  } catch {
    // Nothing was stored.
  }
}

// Opens the sealed old locator with the user's X25519 secret key. Returns
// its hex, or null when the box was sealed to another user.
async function openPrevious(previousBox, boxSecretKey) {
  const sodium = await loadSodium();
  try {
    const previous = sodium.crypto_box_seal_open(previousBox,
      sodium.crypto_scalarmult_base(boxSecretKey), boxSecretKey);
    return previous.length === 16 ? sodium.to_hex(previous) : null;
  } catch {
    return null;
  }
}

// Keeps the new password's user file in this browser. `previousLocator` is
// the locator of the user file that the server has now. Returns whether
// the browser stored it.
export async function keepPendingPassword({ locator, keyringBox, grantsBox,
  previousLocator, boxSecretKey, dropFile }) {
  const sodium = await loadSodium();
  const previousBox = sodium.crypto_box_seal(sodium.from_hex(previousLocator),
    sodium.crypto_scalarmult_base(boxSecretKey));
  return writeEntry(locator, {
    userFile: joinUserFile(keyringBox, grantsBox), previousBox, dropFile,
  });
}

// Opens the kept user file of `locator` with the new password's keyring
// key, for a login while the server has no file for that locator. Returns
// what openUserFile returns, with the current grants of the server's old
// user file, or null when this browser keeps no such file or the server
// no longer has the old one.
export async function openPendingPassword(locator, keyringKey) {
  const entry = await readEntry(locator);
  if (!entry) {
    return null;
  }
  const opened = await openUserFile(entry.userFile, locator, keyringKey);
  try {
    const previous = await openPrevious(entry.previousBox, opened.boxSecretKey);
    if (!previous) {
      throw new IntegrityError('the kept password change is not this user\'s');
    }
    let serverFile;
    try {
      serverFile = await fetchBytes(`u/${previous}.bin`);
    } catch (error) {
      if (error instanceof NotFoundError) {
        removePendingPassword(locator);
        await wipe(opened.boxSecretKey);
        await wipe(opened.signSeed);
        return null;
      }
      throw error;
    }
    const { grantsBox } = splitUserFile(serverFile);
    opened.grants = await openGrants(grantsBox, opened.boxSecretKey);
    opened.grantsBox = grantsBox;
    const { keyringBox } = splitUserFile(entry.userFile);
    await writeEntry(locator, {
      ...entry, userFile: joinUserFile(keyringBox, grantsBox),
    });
    return opened;
  } catch (error) {
    await wipe(opened.boxSecretKey);
    await wipe(opened.signSeed);
    throw error;
  }
}

// Looks for a kept password change of the user whose server file at
// `locator` opened with `boxSecretKey`. Returns the locator of the change
// that waits to replace that file, or null. Removes the user's copies that
// the server has published or that no longer apply to its file.
export async function matchPendingPassword(locator, boxSecretKey) {
  let waiting = null;
  for (const pending of storedLocators()) {
    const entry = await readEntry(pending);
    const previous = entry &&
      await openPrevious(entry.previousBox, boxSecretKey);
    if (!previous) {
      continue;
    }
    if (previous === locator && pending !== locator) {
      waiting = pending;
    } else {
      removePendingPassword(pending);
    }
  }
  return waiting;
}

// Returns the kept drop file of the change to `locator`, or null.
export async function pendingDropFile(locator) {
  const entry = await readEntry(locator);
  return entry ? entry.dropFile : null;
}
