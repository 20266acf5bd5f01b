// The logged-in user's keys. They live in memory and, so that a reload
// does not ask for the password again, in sessionStorage of this tab. Both
// are cleared at logout and after IDLE_LIMIT_MS without activity.
import { fromBase64, toBase64, wipe } from './crypto.js';

const STORAGE_KEY = 'inzage.session';
const ACTIVITY_KEY = 'inzage.activity';

// Time without input after which the session ends.
export const IDLE_LIMIT_MS = 15 * 60 * 1000;

// The keyring flag that requires a new password before anything else.
export const MUST_CHANGE_PASSWORD = 0x01;

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel',
  'touchstart', 'scroll', 'hashchange'];
const IDLE_CHECK_INTERVAL_MS = 15 * 1000;
const ACTIVITY_SAVE_INTERVAL_MS = 5 * 1000;

let current = null;
let lastActivity = 0;
let lastActivitySaved = 0;
let idleTimer = null;
let onIdle = null;

// The session, or null when no user is logged in. Fields: user (normalised
// name), name (display name), locator (hex, of the user file that opened
// it), keyringFlags, mustChangePassword (the user must choose a new
// password before anything else), pendingPassword (the locator of a new
// password that this browser keeps until the provider publishes it, or
// null), siteKey, clients [{id, name, key}], boxSecretKey, signSeed and
// grantsBox (the sealed grants of the user file). Keys and the box are
// Uint8Array.
export function currentSession() {
  return current;
}

// Returns the granted client with the path id, or null.
export function grantedClient(id) {
  return current?.clients.find((client) => client.id === id) ?? null;
}

function readStorage(key) {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key, value) {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Storage can be switched off. The session then lasts until a reload.
  }
}

function removeStorage(key) {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Nothing was stored.
  }
}

async function serialise(session) {
  return JSON.stringify({
    user: session.user,
    name: session.name,
    locator: session.locator,
    keyringFlags: session.keyringFlags,
    mustChangePassword: session.mustChangePassword,
    pendingPassword: session.pendingPassword,
    siteKey: await toBase64(session.siteKey),
    boxSecretKey: await toBase64(session.boxSecretKey),
    signSeed: await toBase64(session.signSeed),
    grantsBox: await toBase64(session.grantsBox),
    clients: await Promise.all(session.clients.map(async (client) => ({
      id: client.id, name: client.name, key: await toBase64(client.key),
    }))),
  });
}

async function deserialise(text) {
  const stored = JSON.parse(text);
  return {
    user: String(stored.user),
    name: String(stored.name),
    locator: String(stored.locator),
    keyringFlags: Number(stored.keyringFlags),
    mustChangePassword: Boolean(stored.mustChangePassword),
    pendingPassword: stored.pendingPassword ? String(stored.pendingPassword) :
      null,
    siteKey: await fromBase64(stored.siteKey),
    boxSecretKey: await fromBase64(stored.boxSecretKey),
    signSeed: await fromBase64(stored.signSeed),
    grantsBox: await fromBase64(stored.grantsBox),
    clients: await Promise.all(stored.clients.map(async (client) => ({
      id: String(client.id), name: String(client.name),
      key: await fromBase64(client.key),
    }))),
  };
}

function recordActivity() {
  lastActivity = Date.now();
  if (lastActivity - lastActivitySaved >= ACTIVITY_SAVE_INTERVAL_MS) {
    lastActivitySaved = lastActivity;
    writeStorage(ACTIVITY_KEY, String(lastActivity));
  }
}

function checkIdle() {
  if (current && Date.now() - lastActivity >= IDLE_LIMIT_MS) {
    const callback = onIdle;
    endSession().then(() => callback?.());
  }
}

function startIdleWatch() {
  for (const type of ACTIVITY_EVENTS) {
    window.addEventListener(type, recordActivity,
      { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', checkIdle);
  window.addEventListener('pageshow', checkIdle);
  idleTimer = setInterval(checkIdle, IDLE_CHECK_INTERVAL_MS);
}

function stopIdleWatch() {
  for (const type of ACTIVITY_EVENTS) {
    window.removeEventListener(type, recordActivity, { capture: true });
  }
  document.removeEventListener('visibilitychange', checkIdle);
  window.removeEventListener('pageshow', checkIdle);
  clearInterval(idleTimer);
  idleTimer = null;
}

// Sets the callback that runs after the session ended for inactivity.
export function setIdleHandler(callback) {
  onIdle = callback;
}

// Starts a session after login and stores it for reloads.
export async function startSession(session) {
  await endSession();
  current = session;
  lastActivitySaved = 0;
  recordActivity();
  writeStorage(STORAGE_KEY, await serialise(session));
  startIdleWatch();
}

// Changes members of the current session, such as mustChangePassword
// after a password change, and stores it again for reloads.
export async function updateSession(changes) {
  if (!current) {
    throw new Error('Internal error: updateSession without a session');
  }
  Object.assign(current, changes);
  writeStorage(STORAGE_KEY, await serialise(current));
}

// Restores the session of this tab after a reload. Returns it, or null when
// there is none or it has been idle for IDLE_LIMIT_MS, which clears it.
export async function restoreSession() {
  const text = readStorage(STORAGE_KEY);
  const activity = Number(readStorage(ACTIVITY_KEY));
  if (!text) {
    return null;
  }
  if (!Number.isFinite(activity) ||
      Date.now() - activity >= IDLE_LIMIT_MS) {
    await endSession();
    return null;
  }
  try {
    current = await deserialise(text);
  } catch {
    await endSession();
    return null;
  }
  lastActivitySaved = 0;
  recordActivity();
  startIdleWatch();
  return current;
}

// Ends the session: overwrites the keys in memory and removes them from
// storage.
export async function endSession() {
  removeStorage(STORAGE_KEY);
  removeStorage(ACTIVITY_KEY);
  if (idleTimer !== null) {
    stopIdleWatch();
  }
  const session = current;
  current = null;
  if (session) {
    await wipe(session.siteKey);
    await wipe(session.boxSecretKey);
    await wipe(session.signSeed);
    for (const client of session.clients) {
      await wipe(client.key);
    }
  }
}
