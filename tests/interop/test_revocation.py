"""Revocation that holds, checked with the independent reader.

Each test builds the sample export with the inzage binary into a scratch
folder and keeps what a user could copy: the user file and its keys. It
then changes the user's access with the CLI and builds again. The checks
use open_site.py's code, not Inzage's, to show that the kept keys open
nothing new.

    INZAGE_BINARY=build/cli/inzage INZAGE_TEST_CONTENT=content \\
        /usr/bin/python3 tests/interop/test_revocation.py
"""

import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import open_site  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = pathlib.Path(os.environ.get("INZAGE_BINARY",
                                     ROOT / "build" / "cli" / "inzage"))
CONTENT = pathlib.Path(os.environ.get("INZAGE_TEST_CONTENT", ROOT / "content"))


class RevocationTest(unittest.TestCase):

    def setUp(self):
        self.work = pathlib.Path(tempfile.mkdtemp(prefix="inzage-revoke-"))
        self.addCleanup(shutil.rmtree, self.work)
        subprocess.run([str(ROOT / "tests" / "site" / "make-site"),
                        str(BINARY), str(CONTENT), str(self.work)],
                       check=True)
        self.passwords = open_site.read_passwords(self.work / "passwords.tsv")

    def site(self):
        return (self.work / "output").resolve()

    def inzage(self, *args):
        return subprocess.run(
            [str(BINARY), *args, "--content", str(CONTENT),
             "--keys", str(self.work / "keys"), "-q"],
            capture_output=True, text=True)

    def build(self):
        result = subprocess.run(
            [str(BINARY), "build", "--content", str(CONTENT),
             "--keys", str(self.work / "keys"),
             "--out", str(self.work / "output"), "-q"],
            capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)

    def log_in(self, user, password=None):
        site = self.site()
        params = open_site.read_site_params(site)
        return open_site.log_in(site, params, user,
                                password or self.passwords[user])

    def grant_named(self, session, client_folder):
        name = open_site.read_client_name(CONTENT, client_folder)
        return open_site.find_granted_client(session.grants, name,
                                             client_folder)

    def test_revoked_keys_do_not_open_new_bundle(self):
        old = self.grant_named(self.log_in("bart.oosterwijk"), "c-1004")
        old_key = open_site.decode_base64(old["key"], 32, "grant")
        open_site.open_client_bundle(self.site(), old["id"], old_key)

        result = self.inzage("user", "revoke", "bart.oosterwijk", "c-1004")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.build()

        with self.assertRaises(open_site.SiteError):
            open_site.open_client_bundle(self.site(), old["id"], old_key)
        with self.assertRaises(open_site.SiteError):
            self.grant_named(self.log_in("bart.oosterwijk"), "c-1004")
        self.grant_named(self.log_in("bart.oosterwijk"), "c-1005")

    def test_other_reader_keeps_access_after_revoke(self):
        before = self.grant_named(self.log_in("j.ferwerda"), "c-1003")
        result = self.inzage("user", "revoke", "noelle.brinkhuis", "c-1003")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.build()

        after = self.grant_named(self.log_in("j.ferwerda"), "c-1003")
        self.assertNotEqual(after["key"], before["key"])
        key = open_site.decode_base64(after["key"], 32, "grant")
        open_site.open_client_bundle(self.site(), after["id"], key)

    def test_disabled_user_cannot_log_in_or_read(self):
        session = self.log_in("emre.yilmaz")
        old = self.grant_named(session, "c-1002")
        old_key = open_site.decode_base64(old["key"], 32, "grant")
        old_site_key = open_site.decode_base64(session.grants["site_key"], 32,
                                               "grants")
        open_site.open_board(self.site(), old_site_key)
        result = self.inzage("user", "disable", "emre.yilmaz")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.build()

        with self.assertRaises(open_site.LoginFailed):
            self.log_in("emre.yilmaz")
        with self.assertRaises(open_site.SiteError):
            open_site.open_client_bundle(self.site(), old["id"], old_key)
        with self.assertRaises(open_site.SiteError):
            open_site.open_board(self.site(), old_site_key)
        other = self.log_in("bart.oosterwijk")
        new_site_key = open_site.decode_base64(other.grants["site_key"], 32,
                                               "grants")
        open_site.open_board(self.site(), new_site_key)

    def test_reset_replaces_password(self):
        result = self.inzage("user", "reset", "j.ferwerda")
        self.assertEqual(result.returncode, 0, result.stderr)
        new_password = result.stdout.strip()
        self.build()

        with self.assertRaises(open_site.LoginFailed):
            self.log_in("j.ferwerda")
        session = self.log_in("j.ferwerda", new_password)
        self.assertTrue(session.must_change_password)
        self.grant_named(session, "c-1003")

    def test_grant_adds_client(self):
        result = self.inzage("user", "grant", "emre.yilmaz", "c-1005")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.build()
        grant = self.grant_named(self.log_in("emre.yilmaz"), "c-1005")
        key = open_site.decode_base64(grant["key"], 32, "grant")
        open_site.open_client_bundle(self.site(), grant["id"], key)


if __name__ == "__main__":
    unittest.main()
