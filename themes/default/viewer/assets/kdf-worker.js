// Derives the login keys off the main thread, so that the page stays
// responsive and shows its progress during Argon2id. A classic worker,
// because libsodium.js is loaded as classic scripts (see sodium.js).
/* global importScripts, sodium */
importScripts('../vendor/libsodium/libsodium-sumo.js',
  '../vendor/libsodium/libsodium-wrappers.js');

const KDF_CONTEXT = 'inzage01';
const LOCATOR_ID = 1;
const KEYRING_KEY_ID = 2;

// Computes the locator and keyring key for {siteId (base64), name
// (normalised), password, ops, mem}, following the site format's login.
function deriveLoginKeys({ siteId, name, password, ops, mem }) {
  const encoder = new TextEncoder();
  const siteIdBytes = sodium.from_base64(siteId,
    sodium.base64_variants.ORIGINAL);
  const nameBytes = encoder.encode(name);
  const input = new Uint8Array(siteIdBytes.length + nameBytes.length);
  input.set(siteIdBytes);
  input.set(nameBytes, siteIdBytes.length);
  const salt = sodium.crypto_generichash(32, input).slice(0, 16);

  const passwordBytes = encoder.encode(password);
  const master = sodium.crypto_pwhash(32, passwordBytes, salt, ops, mem,
    sodium.crypto_pwhash_ALG_ARGON2ID13);
  sodium.memzero(passwordBytes);

  const locator = sodium.crypto_kdf_derive_from_key(16, LOCATOR_ID,
    KDF_CONTEXT, master);
  const keyringKey = sodium.crypto_kdf_derive_from_key(32, KEYRING_KEY_ID,
    KDF_CONTEXT, master);
  sodium.memzero(master);
  return { locator: sodium.to_hex(locator), keyringKey };
}

self.onmessage = async (event) => {
  try {
    await sodium.ready;
    const result = deriveLoginKeys(event.data);
    self.postMessage({ ok: true, ...result }, [result.keyringKey.buffer]);
  } catch (error) {
    self.postMessage({ ok: false, error: String(error && error.message) });
  }
};
