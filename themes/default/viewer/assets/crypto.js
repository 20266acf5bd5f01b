// Reading the encrypted files of a site, format version 1: the user file
// with keyring and grants, the sealed bundles and the attachments. Each
// reader takes the file's bytes and the keys, and throws IntegrityError
// when the bytes do not authenticate. sealKeyring writes the keyring box
// of a password change.
import { loadSodium } from './sodium.js';

// A file failed authentication: it was changed or damaged on the server,
// or belongs to another path or key.
export class IntegrityError extends Error {
  constructor(message) {
    super(message);
    this.name = 'IntegrityError';
  }
}

// A file authenticated but has a version or structure this viewer does not
// read.
export class FormatError extends Error {
  constructor(message) {
    super(message);
    this.name = 'FormatError';
  }
}

const USER_MAGIC = [0x49, 0x5a, 0x55, 0x01];  // "IZU" 1
const BUNDLE_MAGIC = [0x49, 0x5a, 0x42, 0x01];  // "IZB" 1
const ATTACHMENT_MAGIC = [0x49, 0x5a, 0x41, 0x01];  // "IZA" 1
const NONCE_BYTES = 24;
const KEYRING_BYTES = 66;
const STREAM_CHUNK_BYTES = 65536;
const STREAM_OVERHEAD_BYTES = 17;

const encoder = new TextEncoder();

function hasMagic(bytes, magic) {
  return bytes.length >= magic.length &&
    magic.every((value, index) => bytes[index] === value);
}

function readU32le(bytes, offset) {
  return new DataView(bytes.buffer, bytes.byteOffset + offset, 4)
    .getUint32(0, true);
}

function aeadOpen(sodium, key, nonce, ciphertext, ad, what) {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null, ciphertext, encoder.encode(ad), nonce, key);
  } catch {
    throw new IntegrityError(`${what} does not authenticate`);
  }
}

// Parses JSON from authenticated bytes and checks its format member.
function parseVersionedJson(bytes, what) {
  let value;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new FormatError(`${what} is not valid JSON: ${error.message}`);
  }
  if (!value || typeof value !== 'object' || value.format !== 1) {
    throw new FormatError(`${what} has unknown format ${value?.format}`);
  }
  return value;
}

async function inflate(bytes, what) {
  try {
    const stream = new Blob([bytes]).stream()
      .pipeThrough(new DecompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (error) {
    throw new FormatError(`${what} does not decompress: ${error.message}`);
  }
}

// Splits a user file, "IZU" 1 ‖ u32le K ‖ keyring box ‖ grants box, into
// its two boxes.
export function splitUserFile(bytes) {
  if (!hasMagic(bytes, USER_MAGIC) || bytes.length < 8) {
    throw new IntegrityError('the user file has no valid header');
  }
  const keyringLength = readU32le(bytes, 4);
  if (keyringLength < NONCE_BYTES || 8 + keyringLength > bytes.length) {
    throw new IntegrityError('the user file has an invalid keyring length');
  }
  return {
    keyringBox: bytes.slice(8, 8 + keyringLength),
    grantsBox: bytes.slice(8 + keyringLength),
  };
}

// Joins a keyring box and a grants box into the bytes of a user file.
export function joinUserFile(keyringBox, grantsBox) {
  const bytes = new Uint8Array(8 + keyringBox.length + grantsBox.length);
  bytes.set(USER_MAGIC);
  new DataView(bytes.buffer).setUint32(4, keyringBox.length, true);
  bytes.set(keyringBox, 8);
  bytes.set(grantsBox, 8 + keyringBox.length);
  return bytes;
}

function keyringAd(locatorHex) {
  return `inzage:keyring:1:${locatorHex}`;
}

// Opens the grants box with the user's X25519 secret key. Returns the
// parsed grants JSON.
export async function openGrants(grantsBox, boxSecretKey) {
  const sodium = await loadSodium();
  const boxPublicKey = sodium.crypto_scalarmult_base(boxSecretKey);
  let grantsBytes;
  try {
    grantsBytes = sodium.crypto_box_seal_open(grantsBox, boxPublicKey,
      boxSecretKey);
  } catch {
    throw new IntegrityError('the grants do not authenticate');
  }
  const grants = parseVersionedJson(grantsBytes, 'the grants');
  sodium.memzero(grantsBytes);
  return grants;
}

// Opens u/<locator>.bin. Returns {flags, boxSecretKey, signSeed, grants,
// grantsBox}; grantsBox is the still sealed grants, which a password
// change keeps.
export async function openUserFile(bytes, locatorHex, keyringKey) {
  const sodium = await loadSodium();
  const { keyringBox, grantsBox } = splitUserFile(bytes);
  const keyring = aeadOpen(sodium, keyringKey,
    keyringBox.subarray(0, NONCE_BYTES), keyringBox.subarray(NONCE_BYTES),
    keyringAd(locatorHex), 'the keyring');
  if (keyring.length !== KEYRING_BYTES || keyring[0] !== 1) {
    throw new FormatError(`the keyring has unknown version ${keyring[0]}`);
  }
  const boxSecretKey = keyring.slice(2, 34);
  const signSeed = keyring.slice(34, 66);
  const flags = keyring[1];
  sodium.memzero(keyring);

  let grants;
  try {
    grants = await openGrants(grantsBox, boxSecretKey);
  } catch (error) {
    sodium.memzero(boxSecretKey);
    sodium.memzero(signSeed);
    throw error;
  }
  return { flags, boxSecretKey, signSeed, grants, grantsBox };
}

// Seals a keyring (version 1, `flags`, the X25519 secret key and the
// Ed25519 seed) under the keyring key of `locatorHex`, with a random nonce.
// Returns the keyring box, nonce ‖ ciphertext, 106 bytes.
export async function sealKeyring({ flags, boxSecretKey, signSeed },
  locatorHex, keyringKey) {
  const sodium = await loadSodium();
  const keyring = new Uint8Array(KEYRING_BYTES);
  keyring[0] = 1;
  keyring[1] = flags;
  keyring.set(boxSecretKey, 2);
  keyring.set(signSeed, 34);
  const nonce = sodium.randombytes_buf(NONCE_BYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    keyring, encoder.encode(keyringAd(locatorHex)), null, nonce, keyringKey);
  sodium.memzero(keyring);
  const box = new Uint8Array(NONCE_BYTES + ciphertext.length);
  box.set(nonce);
  box.set(ciphertext, NONCE_BYTES);
  return box;
}

// Opens a sealed bundle (s/board.bin or c/<client>/bundle.bin) with its key
// and associated data. Returns the parsed JSON.
export async function openSealedBundle(bytes, key, ad) {
  const sodium = await loadSodium();
  if (!hasMagic(bytes, BUNDLE_MAGIC) ||
      bytes.length < 4 + NONCE_BYTES + 16) {
    throw new IntegrityError('the bundle has no valid header');
  }
  const compressed = aeadOpen(sodium, key,
    bytes.subarray(4, 4 + NONCE_BYTES), bytes.subarray(4 + NONCE_BYTES), ad,
    'the bundle');
  return parseVersionedJson(await inflate(compressed, 'the bundle'),
    'the bundle');
}

// Decrypts an attachment with the key of its manifest entry and checks its
// size and SHA-256. Returns the plain bytes.
export async function openAttachment(bytes, entry) {
  const sodium = await loadSodium();
  const headerEnd = 4 + sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES;
  if (!hasMagic(bytes, ATTACHMENT_MAGIC) || bytes.length < headerEnd) {
    throw new IntegrityError('the attachment has no valid header');
  }

  const key = sodium.from_base64(entry.key, sodium.base64_variants.ORIGINAL);
  const plain = new Uint8Array(entry.size);
  let state;
  try {
    state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(
      bytes.subarray(4, headerEnd), key);
  } catch {
    throw new IntegrityError('the attachment header is invalid');
  }

  let offset = headerEnd;
  let written = 0;
  let final = false;
  while (!final) {
    if (offset >= bytes.length) {
      throw new IntegrityError('the attachment ends before its last chunk');
    }
    const end = Math.min(bytes.length,
      offset + STREAM_CHUNK_BYTES + STREAM_OVERHEAD_BYTES);
    let result;
    try {
      result = sodium.crypto_secretstream_xchacha20poly1305_pull(
        state, bytes.subarray(offset, end), null);
    } catch {
      result = false;
    }
    if (!result) {
      throw new IntegrityError('an attachment chunk does not authenticate');
    }
    if (written + result.message.length > plain.length) {
      throw new IntegrityError('the attachment is longer than the size in the bundle');
    }
    plain.set(result.message, written);
    written += result.message.length;
    offset = end;
    final = result.tag ===
      sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL;
  }
  if (offset !== bytes.length) {
    throw new IntegrityError('the attachment continues after its last chunk');
  }
  if (written !== entry.size) {
    throw new IntegrityError('the attachment is shorter than the size in the bundle');
  }
  const digest = sodium.to_hex(sodium.crypto_hash_sha256(plain));
  if (digest !== entry.sha256) {
    throw new IntegrityError('the attachment does not match its SHA-256');
  }
  return plain;
}

// Decodes standard base64 with padding, as the site format writes it.
export async function fromBase64(text) {
  const sodium = await loadSodium();
  return sodium.from_base64(text, sodium.base64_variants.ORIGINAL);
}

// Encodes bytes as standard base64 with padding.
export async function toBase64(bytes) {
  const sodium = await loadSodium();
  return sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
}

// Overwrites the bytes with zeros.
export async function wipe(bytes) {
  const sodium = await loadSodium();
  if (bytes instanceof Uint8Array) {
    sodium.memzero(bytes);
  }
}
