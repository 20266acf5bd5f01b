// An independent reader of the site's login files in Node, written from
// docs/format.md. The tests check the viewer against it: a user's keyring
// flags, the clients in the grants, and which keys open a client bundle.
import fs from 'node:fs';
import path from 'node:path';
import sodium from 'libsodium-wrappers-sumo';

const BASE64 = () => sodium.base64_variants.ORIGINAL;

// Opens the user file of `user` with `password`. Returns {flags, grants},
// or null when no user file matches (wrong name or password).
export async function openUser(siteDir, user, password) {
  await sodium.ready;
  const site = JSON.parse(fs.readFileSync(path.join(siteDir, 'site.json'), 'utf8'));
  const siteId = sodium.from_base64(site.site_id, BASE64());
  const name = new TextEncoder().encode(user.trim().toLowerCase());
  const salt = sodium.crypto_generichash(32, new Uint8Array([...siteId, ...name]))
    .slice(0, 16);
  const master = sodium.crypto_pwhash(32, password, salt, site.login.ops,
    site.login.mem, sodium.crypto_pwhash_ALG_ARGON2ID13);
  const locator = sodium.to_hex(
    sodium.crypto_kdf_derive_from_key(16, 1, 'inzage01', master));
  const keyringKey = sodium.crypto_kdf_derive_from_key(32, 2, 'inzage01', master);

  const file = path.join(siteDir, 'u', `${locator}.bin`);
  if (!fs.existsSync(file)) {
    return null;
  }
  const bytes = fs.readFileSync(file);
  const keyringLength = bytes.readUInt32LE(4);
  const box = bytes.subarray(8, 8 + keyringLength);
  const keyring = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null,
    box.subarray(24), `inzage:keyring:1:${locator}`, box.subarray(0, 24),
    keyringKey);
  const secretKey = keyring.slice(2, 34);
  const grants = JSON.parse(sodium.to_string(sodium.crypto_box_seal_open(
    bytes.subarray(8 + keyringLength), sodium.crypto_scalarmult_base(secretKey),
    secretKey)));
  return { flags: keyring[1], grants };
}

// Whether c/<clientId>/bundle.bin opens with the base64 `key`.
export async function bundleOpensWith(siteDir, clientId, key) {
  await sodium.ready;
  const bytes = fs.readFileSync(path.join(siteDir, 'c', clientId, 'bundle.bin'));
  try {
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, bytes.subarray(28),
      `inzage:bundle:1:${clientId}`, bytes.subarray(4, 28),
      sodium.from_base64(key, BASE64()));
    return true;
  } catch {
    return false;
  }
}
