#!/usr/bin/python3
"""Interop tests: open a site built by `inzage build` with open_site.py.

open_site.py implements docs/format.md with PyNaCl only, so these tests
check the build against the written format, not against Inzage's code.

The site tests need a built site and the passwords of its users:
  INZAGE_TEST_SITE       the site folder (output/)
  INZAGE_TEST_CONTENT    the export the site was built from (content/)
  INZAGE_TEST_PASSWORDS  a file of `username<TAB>password` lines with the
                         initial password that `inzage user add` printed
                         for each user

Run with Debian's Python, which has python3-nacl:
  /usr/bin/python3 -m unittest discover -s tests/interop -v
"""

import base64
import ctypes
import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import nacl.bindings

sys.path.insert(0, str(Path(__file__).resolve().parent))
import open_site  # noqa: E402

SCRIPT = Path(__file__).resolve().parent / "open_site.py"


def load_libsodium():
    """Load the system libsodium through ctypes, or return None."""
    name = ctypes.util.find_library("sodium")
    return ctypes.CDLL(name) if name else None


def libsodium_kdf(sodium, master, subkey_id, length):
    """Call libsodium's crypto_kdf_derive_from_key with context inzage01."""
    subkey = ctypes.create_string_buffer(length)
    status = sodium.crypto_kdf_derive_from_key(
        subkey, ctypes.c_size_t(length), ctypes.c_uint64(subkey_id),
        ctypes.c_char_p(open_site.KDF_CONTEXT), ctypes.c_char_p(master))
    if status != 0:
        raise RuntimeError("crypto_kdf_derive_from_key failed")
    return subkey.raw


def push_attachment(plain, key, chunks=None):
    """Encrypt plain as an attachment file as docs/format.md specifies.

    chunks overrides the list of (plaintext, tag) pairs so that a test can
    write a malformed stream.
    """
    if chunks is None:
        pieces = [plain[start:start + open_site.CHUNK_BYTES]
                  for start in range(0, len(plain), open_site.CHUNK_BYTES)]
        if not pieces or len(pieces[-1]) == open_site.CHUNK_BYTES:
            pieces.append(b"")
        chunks = [(piece, open_site.TAG_MESSAGE) for piece in pieces]
        chunks[-1] = (chunks[-1][0], open_site.TAG_FINAL)

    state = nacl.bindings.crypto_secretstream_xchacha20poly1305_state()
    header = nacl.bindings.crypto_secretstream_xchacha20poly1305_init_push(
        state, key)
    output = bytearray(open_site.ATTACHMENT_MAGIC + header)
    for piece, tag in chunks:
        output += nacl.bindings.crypto_secretstream_xchacha20poly1305_push(
            state, piece, None, tag)
    return bytes(output)


def flip_byte(data, position):
    """Return data with the byte at position inverted."""
    changed = bytearray(data)
    changed[position] ^= 0xFF
    return bytes(changed)


class LoginDerivationTest(unittest.TestCase):
    """The login steps of docs/format.md, without a site."""

    def test_subkeys_match_libsodium_crypto_kdf(self):
        sodium = load_libsodium()
        self.assertIsNotNone(sodium, "libsodium not found through ctypes")
        master = bytes(range(32))

        for subkey_id, length in ((1, 16), (2, 32), (7, 64)):
            with self.subTest(subkey_id=subkey_id, length=length):
                self.assertEqual(
                    open_site.derive_subkey(master, subkey_id, length),
                    libsodium_kdf(sodium, master, subkey_id, length))

    def test_salt_matches_hashlib_blake2b(self):
        site_id = bytes(range(16))
        expected = hashlib.blake2b(site_id + b"marieke.kuipers",
                                   digest_size=32).digest()[:16]

        self.assertEqual(open_site.login_salt(site_id, "marieke.kuipers"),
                         expected)

    def test_normalise_user_name_accepts_valid_names(self):
        cases = {
            " Marieke.Kuipers\t\n": "marieke.kuipers",
            "J.FERWERDA": "j.ferwerda",
            "0_a-b.c": "0_a-b.c",
            "a" * 64: "a" * 64,
        }
        for name, expected in cases.items():
            with self.subTest(name=name):
                self.assertEqual(open_site.normalise_user_name(name),
                                 expected)

    def test_normalise_user_name_rejects_invalid_names(self):
        for name in ("", "   ", "-marieke", ".marieke", "a" * 65,
                     "noëlle", "marieke kuipers", "marieke@x"):
            with self.subTest(name=name):
                with self.assertRaises(open_site.LoginFailed):
                    open_site.normalise_user_name(name)


class AttachmentReaderTest(unittest.TestCase):
    """The attachment stream rules, on streams made here with PyNaCl."""

    def setUp(self):
        self.key = bytes(range(32))

    def decrypt(self, data):
        return open_site.decrypt_attachment_file(data, self.key, "test.bin")

    def test_sizes_around_chunk_boundary_round_trip(self):
        chunk = open_site.CHUNK_BYTES
        for size in (0, 1, chunk - 1, chunk, chunk + 1, 2 * chunk):
            with self.subTest(size=size):
                plain = os.urandom(size)
                self.assertEqual(self.decrypt(push_attachment(plain,
                                                              self.key)),
                                 plain)

    def test_stream_without_final_tag_is_rejected(self):
        plain = os.urandom(open_site.CHUNK_BYTES)
        chunks = [(plain, open_site.TAG_MESSAGE)]

        with self.assertRaisesRegex(open_site.SiteError, "TAG_FINAL"):
            self.decrypt(push_attachment(b"", self.key, chunks))

    def test_stream_truncated_after_first_chunk_is_rejected(self):
        plain = os.urandom(open_site.CHUNK_BYTES + 10)
        data = push_attachment(plain, self.key)
        first_chunk_end = (28 + open_site.CHUNK_BYTES
                           + open_site.STREAM_OVERHEAD)

        with self.assertRaisesRegex(open_site.SiteError, "TAG_FINAL"):
            self.decrypt(data[:first_chunk_end])

    def test_bytes_after_final_chunk_are_rejected(self):
        data = push_attachment(b"report", self.key)
        second_stream = push_attachment(b"more", self.key)

        with self.assertRaises(open_site.SiteError):
            self.decrypt(data + second_stream[28:])

    def test_full_size_final_chunk_is_rejected(self):
        plain = os.urandom(open_site.CHUNK_BYTES)
        chunks = [(plain, open_site.TAG_FINAL)]

        with self.assertRaisesRegex(open_site.SiteError, "must be shorter"):
            self.decrypt(push_attachment(b"", self.key, chunks))

    def test_short_middle_chunk_is_rejected(self):
        chunks = [(b"short", open_site.TAG_MESSAGE),
                  (b"end", open_site.TAG_FINAL)]

        with self.assertRaises(open_site.SiteError):
            self.decrypt(push_attachment(b"", self.key, chunks))

    def test_push_tag_is_rejected(self):
        tag_push = nacl.bindings.crypto_secretstream_xchacha20poly1305_TAG_PUSH
        chunks = [(os.urandom(open_site.CHUNK_BYTES), tag_push),
                  (b"end", open_site.TAG_FINAL)]

        with self.assertRaisesRegex(open_site.SiteError, "tag"):
            self.decrypt(push_attachment(b"", self.key, chunks))

    def test_wrong_magic_is_rejected(self):
        data = b"IZA\x02" + push_attachment(b"x", self.key)[4:]

        with self.assertRaisesRegex(open_site.SiteError, "magic"):
            self.decrypt(data)


def require_environment():
    """Return the site, content and passwords file from the environment."""
    names = ("INZAGE_TEST_SITE", "INZAGE_TEST_CONTENT",
             "INZAGE_TEST_PASSWORDS")
    missing = [name for name in names if not os.environ.get(name)]
    if missing:
        raise RuntimeError("set " + ", ".join(missing) + " to run the site "
                           "tests (see the docstring of test_interop.py)")
    return tuple(Path(os.environ[name]) for name in names)


class BuiltSiteTest(unittest.TestCase):
    """Logins, bundles and attachments of a site built by `inzage build`."""

    @classmethod
    def setUpClass(cls):
        cls.site, cls.content, passwords_file = require_environment()
        cls.passwords = open_site.read_passwords(passwords_file)
        if len(cls.passwords) < 2:
            raise RuntimeError(f"{passwords_file}: the tests need at least "
                               "two users")
        cls.params = open_site.read_site_params(cls.site)
        cls.sessions = {
            name: open_site.log_in(cls.site, cls.params, name, password)
            for name, password in cls.passwords.items()}
        cls.client_folders = {
            open_site.read_client_name(cls.content, folder.name): folder.name
            for folder in (cls.content / "clients").iterdir()
            if (folder / "client.yaml").is_file()}

    def all_grants(self):
        """Return every (user name, grant) pair of the logged-in users."""
        return [(name, grant) for name, session in self.sessions.items()
                for grant in session.grants["clients"]]

    def open_bundle(self, grant, site=None):
        return open_site.open_client_bundle(
            site or self.site, grant["id"], base64.b64decode(grant["key"]))

    def first_attachment(self):
        """Return (user, client folder, ref) of an attachment in the site."""
        for name, grant in self.all_grants():
            bundle = self.open_bundle(grant)
            if bundle["attachments"]:
                folder = self.client_folders[grant["name"]]
                return name, folder, bundle["attachments"][0]["ref"]
        self.fail("no user of the passwords file can see an attachment")

    def test_grants_match_user_files(self):
        for name, session in self.sessions.items():
            with self.subTest(user=name):
                user_yaml = open_site.read_yaml_top_level(
                    self.content / "users" / f"{name}.yaml")
                expected = sorted(
                    open_site.read_client_name(self.content, folder)
                    for folder in user_yaml.get("clients", []))
                granted = sorted(grant["name"]
                                 for grant in session.grants["clients"])

                self.assertEqual(session.grants["user"], name)
                self.assertEqual(session.grants["name"], user_yaml["name"])
                self.assertEqual(granted, expected)

    def test_initial_password_must_be_changed(self):
        # The passwords file contains the initial passwords that
        # `inzage user add` printed, so every keyring has flag bit 0 set.
        for name, session in self.sessions.items():
            with self.subTest(user=name):
                self.assertTrue(session.must_change_password)

    def test_board_opens_for_every_user(self):
        for name, session in self.sessions.items():
            with self.subTest(user=name):
                site_key = base64.b64decode(session.grants["site_key"])
                board = open_site.open_board(self.site, site_key)

                self.assertIn("index", [page["slug"]
                                        for page in board["pages"]])

    def test_every_attachment_matches_export(self):
        checked = 0
        for name, grant in self.all_grants():
            folder = self.client_folders[grant["name"]]
            bundle = self.open_bundle(grant)
            for attachment in bundle["attachments"]:
                with self.subTest(user=name, ref=attachment["ref"]):
                    plain = open_site.open_attachment(self.site, grant["id"],
                                                      attachment)
                    export_file = open_site.export_path(
                        self.content, folder, attachment["ref"])

                    self.assertEqual(plain, export_file.read_bytes())
                    checked += 1
        self.assertGreater(checked, 0, "the site has no attachments")

    def test_user_name_is_normalised_at_login(self):
        name, password = next(iter(self.passwords.items()))
        session = open_site.log_in(self.site, self.params,
                                   f"  {name.upper()} ", password)

        self.assertEqual(session.locator, self.sessions[name].locator)

    def test_other_users_password_finds_no_user_file(self):
        names = sorted(self.passwords)
        for name, other in zip(names, names[1:] + names[:1]):
            with self.subTest(user=name, password_of=other):
                with self.assertRaisesRegex(open_site.LoginFailed,
                                            "no user file"):
                    open_site.log_in(self.site, self.params, name,
                                     self.passwords[other])

    def test_tampered_bundle_fails_to_open(self):
        _, grant = self.all_grants()[0]
        relative = f"c/{grant['id']}/bundle.bin"
        original = (self.site / relative).read_bytes()
        positions = {"magic": 0, "nonce": 4, "ciphertext": 28,
                     "middle": len(original) // 2,
                     "tag": len(original) - 1}

        for part, position in positions.items():
            with self.subTest(part=part), \
                    tempfile.TemporaryDirectory() as copy:
                target = Path(copy) / relative
                target.parent.mkdir(parents=True)
                target.write_bytes(flip_byte(original, position))

                with self.assertRaises(open_site.SiteError):
                    self.open_bundle(grant, site=Path(copy))

    def test_bundle_in_other_client_folder_fails(self):
        grants = {grant["id"]: grant for _, grant in self.all_grants()}
        self.assertGreaterEqual(len(grants), 2, "the site has one client")
        first, second = sorted(grants.values(), key=lambda g: g["id"])[:2]
        key = base64.b64decode(first["key"])
        bundle = (self.site / "c" / first["id"] / "bundle.bin").read_bytes()

        with tempfile.TemporaryDirectory() as copy:
            for client_id in (first["id"], second["id"]):
                target = Path(copy) / "c" / client_id / "bundle.bin"
                target.parent.mkdir(parents=True)
                target.write_bytes(bundle)

            # The bundle opens where it belongs, so only the AD can make
            # the second open fail: the key is the same.
            open_site.open_client_bundle(Path(copy), first["id"], key)
            with self.assertRaisesRegex(open_site.SiteError,
                                        "decryption failed"):
                open_site.open_client_bundle(Path(copy), second["id"], key)

    def test_tampered_attachment_fails_to_open(self):
        name, folder, ref = self.first_attachment()
        grant = next(grant for grant in self.sessions[name].grants["clients"]
                     if self.client_folders[grant["name"]] == folder)
        attachment = next(entry for entry in
                          self.open_bundle(grant)["attachments"]
                          if entry["ref"] == ref)
        relative = f"c/{grant['id']}/a/{attachment['id']}.bin"
        original = (self.site / relative).read_bytes()
        variants = {
            "header": flip_byte(original, 4),
            "chunk": flip_byte(original, 28),
            "last byte": flip_byte(original, len(original) - 1),
            "truncated": original[:-1],
            "appended": original + original[28:28 + 17],
        }

        for change, data in variants.items():
            with self.subTest(change=change), \
                    tempfile.TemporaryDirectory() as copy:
                target = Path(copy) / relative
                target.parent.mkdir(parents=True)
                target.write_bytes(data)

                with self.assertRaises(open_site.SiteError):
                    open_site.open_attachment(Path(copy), grant["id"],
                                              attachment)

    def run_script(self, site, user, password, *arguments):
        return subprocess.run(
            [sys.executable, str(SCRIPT), "--site", str(site),
             "--content", str(self.content), "--password-stdin", user,
             *arguments],
            input=password + "\n", capture_output=True, text=True,
            check=False)

    def test_script_succeeds_with_right_password(self):
        name, folder, ref = self.first_attachment()
        result = self.run_script(self.site, name, self.passwords[name],
                                 folder, ref)

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout, r"^open_site: ok: .*attachments "
                                        r"identical to the export: 1 "
                                        r"\([0-9]+ bytes\)\n$")
        self.assertEqual(result.stderr, "")

    def test_script_fails_with_wrong_password(self):
        name, folder, ref = self.first_attachment()
        result = self.run_script(self.site, name,
                                 self.passwords[name] + "x", folder, ref)

        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        self.assertRegex(result.stderr, r"^open_site: error: login failed "
                                        f"for user '{name}': no user file "
                                        r"u/[0-9a-f]{32}\.bin")

    def test_script_fails_on_tampered_site(self):
        name, folder, ref = self.first_attachment()
        with tempfile.TemporaryDirectory() as copy:
            site_copy = Path(copy) / "site"
            shutil.copytree(self.site, site_copy)
            for bundle in site_copy.glob("c/*/bundle.bin"):
                bundle.write_bytes(flip_byte(bundle.read_bytes(), 40))
            result = self.run_script(site_copy, name, self.passwords[name],
                                     folder, ref)

        self.assertEqual(result.returncode, 1)
        self.assertRegex(result.stderr, r"bundle\.bin: decryption failed")


if __name__ == "__main__":
    unittest.main()
