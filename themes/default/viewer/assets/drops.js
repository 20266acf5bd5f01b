// Drops: files that the browser makes for the provider's `inzage` command.
// A drop is signed with the user's Ed25519 key and sealed to the site's
// drop_public_key, so only the provider can open it, and a drop changed on
// the way fails verification (docs/format.md, "Drops").
import { loadSodium } from './sodium.js';

const DROP_MAGIC = [0x49, 0x5a, 0x44, 0x01];  // "IZD" 1
const SIGNATURE_PREFIX = 'inzage:drop:1\n';
const DROP_ID_BYTES = 16;

const encoder = new TextEncoder();

function concat(...parts) {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

// Returns the current UTC time as YYYY-MM-DDTHH:MM:SSZ.
function utcSeconds() {
  return `${new Date().toISOString().slice(0, 19)}Z`;
}

// Makes a drop of `kind` from the session's user. `members` are the kind's
// own payload members; format, kind, a random id, the time and the user
// come first. Returns {file (the bytes to save), id, time}.
export async function createDrop(site, session, kind, members) {
  const sodium = await loadSodium();
  if (!site.dropPublicKey) {
    throw new Error('site.json has no drop_public_key, so no drop can be made');
  }
  const dropPublicKey = sodium.from_base64(site.dropPublicKey,
    sodium.base64_variants.ORIGINAL);
  const id = sodium.to_hex(sodium.randombytes_buf(DROP_ID_BYTES));
  const time = utcSeconds();
  const payload = encoder.encode(JSON.stringify({
    format: 1, kind, id, time, user: session.user, ...members,
  }));

  const { privateKey } = sodium.crypto_sign_seed_keypair(session.signSeed);
  const signature = sodium.crypto_sign_detached(
    concat(encoder.encode(SIGNATURE_PREFIX), payload), privateKey);
  sodium.memzero(privateKey);

  const base64 = (bytes) => sodium.to_base64(bytes,
    sodium.base64_variants.ORIGINAL);
  const envelope = encoder.encode(JSON.stringify({
    format: 1,
    user: session.user,
    payload: base64(payload),
    signature: base64(signature),
  }));
  const sealed = sodium.crypto_box_seal(envelope, dropPublicKey);
  return { file: concat(DROP_MAGIC, sealed), id, time };
}
