#!/usr/bin/python3
"""Log in to a built Inzage site and check attachments against the export.

This is a second implementation of docs/format.md (site format 1). It uses
only Python's standard library and PyNaCl, never Inzage's code, so that a
site it can open proves the format is written down completely.

Usage:
  open_site.py [--site DIR] [--content DIR] [--passwords FILE]
               [--password-stdin] USER CLIENT [ATTACHMENT]

USER logs in with the password from --passwords (lines of
`username<TAB>password`) or, with --password-stdin, the first line of
standard input. CLIENT is the export's folder name (`c-1001`). The script
opens the user's keyring and grants, the board and the bundle of the
granted client whose display name equals the `name` in
CLIENT/client.yaml. It then decrypts ATTACHMENT (a ref such as
`dossier/2026-10-wondzorgplan/plan.txt`), or every attachment of the
bundle when ATTACHMENT is omitted. Each one must match its size and
SHA-256 from the bundle and be identical to the export's file.

Exit status: 0 everything verified; 1 the login failed or something did
not verify; 2 usage; 4 a folder or the password file cannot be read.
"""

import argparse
import base64
import binascii
import hashlib
import html.parser
import json
import os
import re
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import nacl.bindings
import nacl.exceptions
import nacl.public

PROGRAM = "open_site"
FORMAT_VERSION = 1
KDF_CONTEXT = b"inzage01"
LOCATOR_SUBKEY_ID = 1
KEYRING_KEY_SUBKEY_ID = 2
USER_MAGIC = b"IZU\x01"
BUNDLE_MAGIC = b"IZB\x01"
ATTACHMENT_MAGIC = b"IZA\x01"
NONCE_BYTES = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
KEYRING_PLAINTEXT_BYTES = 66
CHUNK_BYTES = 65536
STREAM_HEADER_BYTES = (
    nacl.bindings.crypto_secretstream_xchacha20poly1305_HEADERBYTES)
STREAM_OVERHEAD = nacl.bindings.crypto_secretstream_xchacha20poly1305_ABYTES
TAG_MESSAGE = nacl.bindings.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = nacl.bindings.crypto_secretstream_xchacha20poly1305_TAG_FINAL
pull_chunk = nacl.bindings.crypto_secretstream_xchacha20poly1305_pull
TAB_IDS = ("general", "contacts", "agreements", "medication", "reports",
           "presence", "dossier", "invoices")
USER_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
HEX_ID = re.compile(r"[0-9a-f]{32}")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
DETAIL_ROUTE = {
    "contacts": re.compile(r"[1-9][0-9]*"),
    "presence": re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])"),
    "dossier": re.compile(r"[^/]+"),
    "invoices": re.compile(r"[^/]+"),
}


class SiteError(Exception):
    """A file of the site is missing, malformed or fails to verify."""


class LoginFailed(SiteError):
    """The user name is invalid, or no user file exists for its locator."""


@dataclass
class SiteParams:
    """The members of site.json that a login needs."""

    site_id: bytes
    ops: int
    mem: int


@dataclass
class Session:
    """A logged-in user: the opened keyring and the grants JSON."""

    locator: bytes
    must_change_password: bool
    box_secret_key: bytes
    sign_seed: bytes
    grants: dict


# --- Encodings --------------------------------------------------------------


def decode_base64(value, length, where):
    """Decode standard padded base64 and check the decoded length."""
    if not isinstance(value, str):
        raise SiteError(f"{where}: expected a base64 string")
    try:
        decoded = base64.b64decode(value, validate=True)
    except binascii.Error as error:
        raise SiteError(f"{where}: invalid base64: {error}") from None
    if len(decoded) != length:
        raise SiteError(
            f"{where}: decodes to {len(decoded)} bytes, expected {length}")
    return decoded


def check_hex_id(value, where):
    """Check that value is 32 lower-case hex characters and return it."""
    if not isinstance(value, str) or not HEX_ID.fullmatch(value):
        raise SiteError(f"{where}: expected 32 lower-case hex characters, "
                        f"got {value!r}")
    return value


def check_format(document, where):
    """Reject a JSON document whose `format` member is not 1."""
    version = document.get("format") if isinstance(document, dict) else None
    if version != FORMAT_VERSION:
        raise SiteError(f"{where}: format {version!r} is not supported "
                        f"(this reader knows format {FORMAT_VERSION})")


def parse_json(data, where):
    """Parse UTF-8 JSON that must be an object."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SiteError(f"{where}: invalid JSON: {error}") from None
    if not isinstance(document, dict):
        raise SiteError(f"{where}: the JSON is not an object")
    return document


def read_site_file(site, relative):
    """Read a file of the site, as a web server would serve it."""
    try:
        return (site / relative).read_bytes()
    except FileNotFoundError:
        raise SiteError(f"{relative}: not found") from None
    except OSError as error:
        raise SiteError(f"{relative}: cannot read: {error.strerror}") from None


# --- site.json and login ----------------------------------------------------


def read_site_params(site):
    """Read and check site.json."""
    where = "site.json"
    document = parse_json(read_site_file(site, where), where)
    check_format(document, where)

    login = document.get("login")
    if not isinstance(login, dict) or login.get("alg") != "argon2id13":
        raise SiteError(f"{where}: login.alg must be 'argon2id13'")
    for member in ("ops", "mem"):
        value = login.get(member)
        if type(value) is not int or value <= 0:
            raise SiteError(f"{where}: login.{member} must be a positive "
                            f"integer, got {value!r}")
    for member in ("language", "provider"):
        if not isinstance(document.get(member), str):
            raise SiteError(f"{where}: {member} must be a string")
    for member in ("drop_public_key", "sign_public_key"):
        decode_base64(document.get(member), 32, f"{where}: {member}")

    site_id = decode_base64(document.get("site_id"), 16, f"{where}: site_id")
    return SiteParams(site_id, login["ops"], login["mem"])


def normalise_user_name(name):
    """Strip white space, lower-case A-Z and check the result.

    Raises LoginFailed for a name that docs/format.md does not allow.
    """
    stripped = name.strip(" \t\n\r\f\v")
    normalised = stripped.translate(
        str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "abcdefghijklmnopqrstuvwxyz"))
    if not USER_NAME.fullmatch(normalised):
        raise LoginFailed(f"user name {name!r} cannot log in: it must be 1 "
                          "to 64 of a-z, 0-9, '.', '_' and '-', starting "
                          "with a letter or digit")
    return normalised


def login_salt(site_id, normalised_name):
    """Return the first 16 bytes of unkeyed BLAKE2b-256(site_id ‖ name)."""
    digest = nacl.bindings.crypto_generichash_blake2b_salt_personal(
        site_id + normalised_name.encode("ascii"), digest_size=32)
    return digest[:16]


def derive_subkey(master, subkey_id, length):
    """Compute crypto_kdf_derive_from_key(length, subkey_id, "inzage01").

    PyNaCl has no crypto_kdf, so this is the BLAKE2b construction that
    docs/format.md gives for implementations without it.
    """
    salt = struct.pack("<Q", subkey_id) + bytes(8)
    personal = KDF_CONTEXT + bytes(8)
    return nacl.bindings.crypto_generichash_blake2b_salt_personal(
        b"", digest_size=length, key=master, salt=salt, person=personal)


def derive_login_keys(params, normalised_name, password):
    """Return (locator, keyring_key) for a user name and password."""
    salt = login_salt(params.site_id, normalised_name)
    master = nacl.bindings.crypto_pwhash_alg(
        32, password.encode("utf-8"), salt, params.ops, params.mem,
        nacl.bindings.crypto_pwhash_ALG_ARGON2ID13)
    locator = derive_subkey(master, LOCATOR_SUBKEY_ID, 16)
    keyring_key = derive_subkey(master, KEYRING_KEY_SUBKEY_ID, 32)
    return locator, keyring_key


# --- u/<locator>.bin --------------------------------------------------------


def log_in(site, params, user_name, password):
    """Open the user's keyring and grants with the password.

    Raises LoginFailed when no user file exists for the derived locator,
    which is what a wrong user name or password looks like.
    """
    name = normalise_user_name(user_name)
    locator, keyring_key = derive_login_keys(params, name, password)
    relative = f"u/{locator.hex()}.bin"
    if not (site / relative).is_file():
        raise LoginFailed(f"login failed for user '{name}': no user file "
                          f"{relative} (wrong user name or password)")

    data = read_site_file(site, relative)
    keyring_box, grants_box = split_user_file(data, relative)
    keyring = open_keyring(keyring_box, keyring_key, locator, relative)
    session = Session(locator=locator,
                      must_change_password=bool(keyring[1] & 1),
                      box_secret_key=keyring[2:34],
                      sign_seed=keyring[34:66],
                      grants={})
    session.grants = open_grants(grants_box, session.box_secret_key, name,
                                 relative)
    return session


def split_user_file(data, where):
    """Split a user file into its keyring box and grants box."""
    if len(data) < 8 or data[:4] != USER_MAGIC:
        raise SiteError(f"{where}: not a user file (magic {data[:4]!r})")
    (keyring_length,) = struct.unpack("<I", data[4:8])
    if 8 + keyring_length > len(data):
        raise SiteError(f"{where}: keyring length {keyring_length} runs "
                        f"past the end of the file ({len(data)} bytes)")
    return data[8:8 + keyring_length], data[8 + keyring_length:]


def open_keyring(box, keyring_key, locator, where):
    """Decrypt the keyring box and check its version and length."""
    if len(box) < NONCE_BYTES:
        raise SiteError(f"{where}: keyring box is shorter than a nonce")
    ad = b"inzage:keyring:1:" + locator.hex().encode("ascii")
    try:
        keyring = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            box[NONCE_BYTES:], ad, box[:NONCE_BYTES], keyring_key)
    except nacl.exceptions.CryptoError:
        raise SiteError(f"{where}: keyring decryption failed (wrong "
                        "key, AD or tampered file)") from None
    if len(keyring) != KEYRING_PLAINTEXT_BYTES:
        raise SiteError(f"{where}: keyring is {len(keyring)} bytes, "
                        f"expected {KEYRING_PLAINTEXT_BYTES}")
    if keyring[0] != 1:
        raise SiteError(f"{where}: keyring version {keyring[0]} is not 1")
    return keyring


def open_grants(box, box_secret_key, normalised_name, where):
    """Open the sealed grants box and check the grants JSON."""
    sealed_box = nacl.public.SealedBox(nacl.public.PrivateKey(box_secret_key))
    try:
        plaintext = sealed_box.decrypt(box)
    except nacl.exceptions.CryptoError:
        raise SiteError(f"{where}: grants box cannot be opened with "
                        "the keyring's X25519 key") from None

    where = f"{where}: grants"
    grants = parse_json(plaintext, where)
    check_format(grants, where)
    if grants.get("user") != normalised_name:
        raise SiteError(f"{where}: user is {grants.get('user')!r}, "
                        f"expected '{normalised_name}'")
    if not isinstance(grants.get("name"), str):
        raise SiteError(f"{where}: name must be a string")
    decode_base64(grants.get("site_key"), 32, f"{where}: site_key")
    clients = grants.get("clients")
    if not isinstance(clients, list):
        raise SiteError(f"{where}: clients must be a list")
    for index, client in enumerate(clients):
        check_grant(client, f"{where}: clients[{index}]")
    return grants


def check_grant(client, where):
    """Check one entry of the grants' client list."""
    if not isinstance(client, dict):
        raise SiteError(f"{where}: must be an object")
    check_hex_id(client.get("id"), f"{where}: id")
    if not isinstance(client.get("name"), str):
        raise SiteError(f"{where}: name must be a string")
    decode_base64(client.get("key"), 32, f"{where}: key")


# --- Sealed bundles ---------------------------------------------------------


def open_sealed_bundle(site, relative, key, ad):
    """Decrypt, inflate and parse s/board.bin or c/<client>/bundle.bin."""
    data = read_site_file(site, relative)
    header_length = len(BUNDLE_MAGIC) + NONCE_BYTES
    if len(data) < header_length or data[:4] != BUNDLE_MAGIC:
        raise SiteError(f"{relative}: not a sealed bundle "
                        f"(magic {data[:4]!r})")
    nonce = data[4:header_length]
    try:
        compressed = nacl.bindings.crypto_aead_xchacha20poly1305_ietf_decrypt(
            data[header_length:], ad, nonce, key)
    except nacl.exceptions.CryptoError:
        raise SiteError(f"{relative}: decryption failed (wrong key, AD or "
                        "tampered file)") from None
    try:
        plaintext = zlib.decompress(compressed)
    except zlib.error as error:
        raise SiteError(f"{relative}: invalid zlib stream: {error}") from None
    document = parse_json(plaintext, relative)
    check_format(document, relative)
    return document


def open_board(site, site_key):
    """Open s/board.bin and check its pages."""
    where = "s/board.bin"
    board = open_sealed_bundle(site, where, site_key, b"inzage:board:1")
    pages = board.get("pages")
    if not isinstance(pages, list):
        raise SiteError(f"{where}: pages must be a list")
    for index, page in enumerate(pages):
        page_where = f"{where}: pages[{index}]"
        if not isinstance(page, dict):
            raise SiteError(f"{page_where}: must be an object")
        for member, kind in (("slug", str), ("title", str), ("html", str),
                             ("order", int)):
            if not isinstance(page.get(member), kind):
                raise SiteError(f"{page_where}: {member} must be "
                                f"{kind.__name__}")
    if not any(page["slug"] == "index" for page in pages):
        raise SiteError(f"{where}: no page with slug 'index'")
    return board


def open_client_bundle(site, client_id, key):
    """Open c/<client_id>/bundle.bin with the client's content key."""
    relative = f"c/{client_id}/bundle.bin"
    ad = b"inzage:bundle:1:" + client_id.encode("ascii")
    bundle = open_sealed_bundle(site, relative, key, ad)
    if bundle.get("client") != client_id:
        raise SiteError(f"{relative}: client is {bundle.get('client')!r}, "
                        f"expected '{client_id}'")
    if not isinstance(bundle.get("name"), str):
        raise SiteError(f"{relative}: name must be a string")
    check_attachment_manifest(bundle, relative)
    check_tabs_and_pages(bundle, relative)
    return bundle


def check_tabs_and_pages(bundle, where):
    """Check tab ids, page routes and the HTML rules of each fragment."""
    tabs = bundle.get("tabs")
    pages = bundle.get("pages")
    if not isinstance(tabs, list) or not isinstance(pages, dict):
        raise SiteError(f"{where}: tabs must be a list and pages an object")

    tab_ids = []
    for index, tab in enumerate(tabs):
        if (not isinstance(tab, dict) or tab.get("id") not in TAB_IDS
                or not isinstance(tab.get("title"), str)):
            raise SiteError(f"{where}: tabs[{index}] must have a known id "
                            f"and a title, got {tab!r}")
        tab_ids.append(tab["id"])
    if len(set(tab_ids)) != len(tab_ids):
        raise SiteError(f"{where}: tabs list a tab twice: {tab_ids}")

    for tab_id in tab_ids:
        if tab_id not in pages:
            raise SiteError(f"{where}: tab '{tab_id}' has no page")
    for route, fragment in pages.items():
        check_route(route, tab_ids, where)
        if not isinstance(fragment, str):
            raise SiteError(f"{where}: page '{route}' is not a string")
        check_fragment(fragment, bundle, f"{where}: page '{route}'")


def check_route(route, tab_ids, where):
    """Check that a page route is a tab id or a detail route below one."""
    tab_id, slash, detail = route.partition("/")
    if tab_id not in tab_ids:
        raise SiteError(f"{where}: page '{route}' is not below a listed tab")
    if not slash:
        return
    pattern = DETAIL_ROUTE.get(tab_id)
    if pattern is None or not pattern.fullmatch(detail):
        raise SiteError(f"{where}: page '{route}' is not a valid detail "
                        f"route of tab '{tab_id}'")


class FragmentChecker(html.parser.HTMLParser):
    """Collects the rule violations, page links and attachment refs of a
    page fragment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.links = []
        self.attachment_refs = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.problems.append("contains a <script> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"has an inline event handler '{name}'")
            elif name == "style":
                self.problems.append("has a style attribute")
            elif name == "href" and value and value.startswith("#/"):
                self.links.append(value)
            elif name == "data-attachment":
                self.attachment_refs.append(value)
                if tag != "button" or ("type", "button") not in attrs:
                    self.problems.append(
                        f"attachment '{value}' is not on a "
                        "<button type=\"button\">")


def check_fragment(fragment, bundle, where):
    """Check one page fragment against the format's rules for fragments."""
    checker = FragmentChecker()
    checker.feed(fragment)
    checker.close()
    if checker.problems:
        raise SiteError(f"{where}: {checker.problems[0]}")

    link_prefix = f"#/c/{bundle['client']}/"
    for link in checker.links:
        if not link.startswith(link_prefix):
            raise SiteError(f"{where}: link '{link}' does not start with "
                            f"'{link_prefix}'")
        if link[len(link_prefix):] not in bundle["pages"]:
            raise SiteError(f"{where}: link '{link}' has no page")
    refs = {attachment.get("ref") for attachment in bundle["attachments"]
            if isinstance(attachment, dict)}
    for ref in checker.attachment_refs:
        if ref not in refs:
            raise SiteError(f"{where}: attachment '{ref}' is not in the "
                            "attachment list")


def check_attachment_manifest(bundle, where):
    """Check every entry of the bundle's attachment list."""
    attachments = bundle.get("attachments")
    if not isinstance(attachments, list):
        raise SiteError(f"{where}: attachments must be a list")
    seen_ids = set()
    seen_refs = set()
    for index, attachment in enumerate(attachments):
        entry_where = f"{where}: attachments[{index}]"
        if not isinstance(attachment, dict):
            raise SiteError(f"{entry_where}: must be an object")
        for member in ("ref", "name", "type"):
            if not isinstance(attachment.get(member), str):
                raise SiteError(f"{entry_where}: {member} must be a string")
        size = attachment.get("size")
        if type(size) is not int or size < 0:
            raise SiteError(f"{entry_where}: size must be an integer >= 0")
        sha256 = attachment.get("sha256")
        if not isinstance(sha256, str) or not SHA256_HEX.fullmatch(sha256):
            raise SiteError(f"{entry_where}: sha256 must be 64 lower-case "
                            "hex characters")
        check_hex_id(attachment.get("id"), f"{entry_where}: id")
        decode_base64(attachment.get("key"), 32, f"{entry_where}: key")
        if attachment["id"] in seen_ids or attachment["ref"] in seen_refs:
            raise SiteError(f"{entry_where}: id or ref listed twice")
        seen_ids.add(attachment["id"])
        seen_refs.add(attachment["ref"])


# --- Attachments ------------------------------------------------------------


def decrypt_attachment_file(data, key, where):
    """Decrypt the secretstream of an attachment file and return the plain
    bytes."""
    header_end = len(ATTACHMENT_MAGIC) + STREAM_HEADER_BYTES
    if len(data) < header_end or data[:4] != ATTACHMENT_MAGIC:
        raise SiteError(f"{where}: not an attachment (magic {data[:4]!r})")
    state = nacl.bindings.crypto_secretstream_xchacha20poly1305_state()
    nacl.bindings.crypto_secretstream_xchacha20poly1305_init_pull(
        state, data[4:header_end], key)

    full_chunk = CHUNK_BYTES + STREAM_OVERHEAD
    plain = bytearray()
    offset = header_end
    index = 0
    while True:
        chunk = data[offset:offset + full_chunk]
        if len(chunk) < STREAM_OVERHEAD:
            raise SiteError(f"{where}: ends before a TAG_FINAL chunk "
                            f"(chunk {index} has {len(chunk)} bytes)")
        try:
            message, tag = pull_chunk(state, chunk, None)
        except nacl.exceptions.CryptoError:
            raise SiteError(f"{where}: chunk {index}: decryption failed "
                            "(wrong key or tampered file)") from None
        plain += message
        offset += len(chunk)

        if tag == TAG_FINAL:
            break
        if tag != TAG_MESSAGE:
            raise SiteError(f"{where}: chunk {index} has tag {tag}, "
                            "expected TAG_MESSAGE or TAG_FINAL")
        if len(message) != CHUNK_BYTES:
            raise SiteError(f"{where}: chunk {index} is {len(message)} "
                            f"bytes but is not the last one")
        index += 1

    if offset != len(data):
        raise SiteError(f"{where}: {len(data) - offset} bytes follow the "
                        "TAG_FINAL chunk")
    if len(message) == CHUNK_BYTES:
        raise SiteError(f"{where}: the TAG_FINAL chunk is {CHUNK_BYTES} "
                        "bytes, but the last chunk must be shorter")
    return bytes(plain)


def open_attachment(site, client_id, attachment):
    """Decrypt one attachment of a bundle and check its size and SHA-256."""
    relative = f"c/{client_id}/a/{attachment['id']}.bin"
    key = base64.b64decode(attachment["key"])
    plain = decrypt_attachment_file(read_site_file(site, relative), key,
                                    relative)
    if len(plain) != attachment["size"]:
        raise SiteError(f"{relative}: {len(plain)} bytes, but the bundle "
                        f"says {attachment['size']}")
    if hashlib.sha256(plain).hexdigest() != attachment["sha256"]:
        raise SiteError(f"{relative}: SHA-256 differs from the bundle's")
    return plain


def export_path(content, client_folder, ref):
    """Return the export's file for an attachment ref.

    A ref is taken as a path relative to the client's export folder. A ref
    that would leave that folder is rejected.
    """
    client_root = (content / "clients" / client_folder).resolve()
    path = (client_root / ref).resolve()
    if client_root not in path.parents:
        raise SiteError(f"attachment '{ref}': the ref points outside "
                        f"{client_root}")
    return path


def compare_with_export(plain, export_file, ref):
    """Check that a decrypted attachment equals the export's file."""
    try:
        expected = export_file.read_bytes()
    except OSError as error:
        raise SiteError(f"{export_file}: cannot read the export's file for "
                        f"attachment '{ref}': {error.strerror}") from None
    if plain != expected:
        raise SiteError(f"attachment '{ref}': differs from {export_file} "
                        f"({len(plain)} bytes against {len(expected)})")


# --- The export -------------------------------------------------------------


def parse_yaml_scalar(text):
    """Parse a plain, single-quoted or double-quoted YAML scalar."""
    text = text.strip()
    if text.startswith("'") and text.endswith("'") and len(text) >= 2:
        return text[1:-1].replace("''", "'")
    if text.startswith('"') and text.endswith('"') and len(text) >= 2:
        return json.loads(text)
    return re.sub(r"\s+#.*$", "", text)


def read_yaml_top_level(path):
    """Read the top-level scalars and lists of plain scalars of a YAML file.

    This is enough for `name` in client.yaml and `clients` in a user file
    and keeps the interop test free of any YAML library. Nested mappings
    are skipped.
    """
    values = {}
    current_list = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"\s*-\s+(.*)$", line)
        if current_list is not None and item:
            current_list.append(parse_yaml_scalar(item.group(1)))
            continue
        current_list = None
        field = re.match(r"([A-Za-z_][\w-]*):(?:\s+(.*))?$", line)
        if not field:
            continue
        key, value = field.group(1), (field.group(2) or "").strip()
        if not value:
            current_list = values[key] = []
        elif value.startswith("[") and value.endswith("]"):
            values[key] = [parse_yaml_scalar(part)
                           for part in value[1:-1].split(",") if part.strip()]
        else:
            values[key] = parse_yaml_scalar(value)
    return values


def read_client_name(content, client_folder):
    """Return the display name from content/clients/<folder>/client.yaml."""
    path = content / "clients" / client_folder / "client.yaml"
    try:
        name = read_yaml_top_level(path).get("name")
    except OSError as error:
        raise SiteError(f"{path}: cannot read: {error.strerror}") from None
    if not isinstance(name, str) or not name:
        raise SiteError(f"{path}: no name")
    return name


def find_granted_client(grants, client_name, client_folder):
    """Return the grant whose display name equals client_name."""
    matches = [client for client in grants["clients"]
               if client["name"] == client_name]
    if not matches:
        raise SiteError(f"user '{grants['user']}' has no grant for client "
                        f"'{client_folder}' ('{client_name}')")
    if len(matches) > 1:
        raise SiteError(f"user '{grants['user']}' has {len(matches)} grants "
                        f"named '{client_name}', so '{client_folder}' is "
                        "ambiguous")
    return matches[0]


def read_passwords(path):
    """Read a file of `username<TAB>password` lines into a dict."""
    passwords = {}
    for number, line in enumerate(
            Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line:
            continue
        name, tab, password = line.partition("\t")
        if not tab:
            raise ValueError(f"{path}:{number}: expected "
                             "'username<TAB>password'")
        passwords[name] = password
    return passwords


# --- The whole check --------------------------------------------------------


def check_client(site, content, user_name, password, client_folder,
                 attachment_ref=None):
    """Log in, open the board and the client's bundle, and check attachments.

    Checks the attachment with attachment_ref, or every attachment when it
    is None. Returns a one-line summary and raises SiteError on any
    failure.
    """
    params = read_site_params(site)
    session = log_in(site, params, user_name, password)
    site_key = base64.b64decode(session.grants["site_key"])
    board = open_board(site, site_key)

    client_name = read_client_name(content, client_folder)
    grant = find_granted_client(session.grants, client_name, client_folder)
    bundle = open_client_bundle(site, grant["id"],
                                base64.b64decode(grant["key"]))
    if bundle["name"] != client_name:
        raise SiteError(f"c/{grant['id']}/bundle.bin: name is "
                        f"'{bundle['name']}', expected '{client_name}'")

    attachments = bundle["attachments"]
    if attachment_ref is not None:
        attachments = [entry for entry in attachments
                       if entry["ref"] == attachment_ref]
        if not attachments:
            raise SiteError(f"c/{grant['id']}/bundle.bin: no attachment "
                            f"with ref '{attachment_ref}'")
    total_bytes = 0
    for attachment in attachments:
        plain = open_attachment(site, grant["id"], attachment)
        export_file = export_path(content, client_folder, attachment["ref"])
        compare_with_export(plain, export_file, attachment["ref"])
        total_bytes += len(plain)

    return (f"user '{session.grants['user']}' opened the board "
            f"({count(board['pages'], 'page')}) and client "
            f"'{client_folder}' as c/{grant['id']} "
            f"({count(bundle['pages'], 'page')}); "
            f"attachments identical to the export: {len(attachments)} "
            f"({total_bytes} bytes)")


def count(items, noun):
    """Return "1 page" or "3 pages"."""
    return f"{len(items)} {noun}" if len(items) == 1 else \
        f"{len(items)} {noun}s"


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="open_site.py",
        description="Log in to a built Inzage site without Inzage's code "
                    "and check a client's attachments against the export.")
    parser.add_argument("user", help="user name to log in with")
    parser.add_argument("client", help="the client's export folder name, "
                                       "such as c-1001")
    parser.add_argument("attachment", nargs="?",
                        help="attachment ref, a path relative to the "
                             "client's export folder (default: every "
                             "attachment of the bundle)")

    parser.add_argument("--site", default=os.environ.get("INZAGE_TEST_SITE"),
                        help="site folder (default: $INZAGE_TEST_SITE)")
    parser.add_argument("--content",
                        default=os.environ.get("INZAGE_TEST_CONTENT"),
                        help="export folder (default: $INZAGE_TEST_CONTENT)")
    parser.add_argument("--passwords",
                        default=os.environ.get("INZAGE_TEST_PASSWORDS"),
                        help="file of 'username<TAB>password' lines "
                             "(default: $INZAGE_TEST_PASSWORDS)")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of "
                             "standard input instead")

    arguments = parser.parse_args(argv)
    if not arguments.site or not arguments.content:
        parser.error("--site and --content (or INZAGE_TEST_SITE and "
                     "INZAGE_TEST_CONTENT) are required")
    if not arguments.password_stdin and not arguments.passwords:
        parser.error("--passwords (or INZAGE_TEST_PASSWORDS) or "
                     "--password-stdin is required")
    return arguments


def read_password(arguments):
    """Return the password from standard input or the passwords file."""
    if arguments.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    passwords = read_passwords(arguments.passwords)
    if arguments.user not in passwords:
        raise ValueError(f"{arguments.passwords}: no password for user "
                         f"'{arguments.user}'")
    return passwords[arguments.user]


def main(argv=None):
    arguments = parse_arguments(argv)
    site = Path(arguments.site)
    content = Path(arguments.content)
    for folder in (site, content):
        if not folder.is_dir():
            print(f"{PROGRAM}: error: {folder}: not a folder",
                  file=sys.stderr)
            return 4
    try:
        password = read_password(arguments)
    except (OSError, ValueError) as error:
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        return 4

    try:
        summary = check_client(site, content, arguments.user, password,
                               arguments.client, arguments.attachment)
    except SiteError as error:
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        return 1
    print(f"{PROGRAM}: ok: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
