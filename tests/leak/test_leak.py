#!/usr/bin/python3
"""Leak tests: no personal data of the export in plain text on the site.

The first test checks a site built by `inzage build`:
  INZAGE_TEST_SITE     the site folder (output/)
  INZAGE_TEST_CONTENT  the export the site was built from (content/)
The other tests plant leaks in a small site made here, so that they show
check_site.py finds what it should.

Run with Debian's Python:
  /usr/bin/python3 -m unittest discover -s tests/leak -v
"""

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_site  # noqa: E402

SCRIPT = Path(__file__).resolve().parent / "check_site.py"
LOCATOR = "0123456789abcdef0123456789abcdef"
CLIENT = "fedcba9876543210fedcba9876543210"
EXPORT_FILES = {
    "users/ann.smit.yaml": """\
        name: Ann Smit
        email: ann.smit@example.org
        clients: [c-0042]
        """,
    "clients/c-0042/client.yaml": """\
        name: Wilhelmina de Jager
        birth_date: 1931-07-02
        address: Eikenlaan 12, 7400 AB Deventer
        phone: 0570 000 999
        personal_caregiver: Pieter Zwart
        general:
          Huisarts: K. Vos, 0570 000 998
        """,
    "clients/c-0042/contacts.yaml": """\
        - name: Jan de Jager
          relation: zoon
          phone: 06 0000 1234
          email: jan@example.net
        """,
    "clients/c-0042/reports/2026-11-01-0900.md": """\
        ---
        date: 2026-11-01T09:00
        author: Pieter Zwart
        category: ADL
        ---
        Mevrouw heeft goed geslapen en **met smaak** ontbeten
        in de serre. Kort.
        """,
    "board/index.md": """\
        ---
        title: Welkom
        ---
        Welkom op de site van de thuiszorg in het dorp.
        """,
}


def write_export(root):
    """Write the small export above below root and return its path."""
    content = root / "content"
    for relative, text in EXPORT_FILES.items():
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return content


def write_clean_site(root):
    """Write a site with the documented layout and no personal data."""
    site = root / "site"
    files = {
        "index.html": b"<!doctype html><title>Inzage</title>",
        "site.json": json.dumps({"format": 1, "provider": "Zorg"}).encode(),
        "assets/app.js": b"export function start() {}\n",
        "locales/nl.json": b'{"login": "Inloggen"}',
        "s/board.bin": os.urandom(200),
        f"u/{LOCATOR}.bin": os.urandom(300),
        f"c/{CLIENT}/bundle.bin": os.urandom(400),
        f"c/{CLIENT}/a/{LOCATOR}.bin": os.urandom(500),
    }
    for relative, data in files.items():
        path = site / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return site


class MarkdownSentencesTest(unittest.TestCase):

    def test_sentences_join_lines_and_drop_markup(self):
        markdown = ("Mevrouw heeft **goed** geslapen\nvannacht in bed. Kort.\n"
                    "\n- de rollator staat altijd naast het bed;\n")

        self.assertEqual(check_site.markdown_sentences(markdown),
                         ["Mevrouw heeft goed geslapen vannacht in bed",
                          "de rollator staat altijd naast het bed"])

    def test_table_cells_and_hard_breaks_end_blocks(self):
        markdown = ("| een twee drie vier vijf | zes |\n|---|---|\n\n"
                    "Met vriendelijke groet,\\\nPieter Zwart van het wijkteam "
                    "Noord\n")

        self.assertEqual(check_site.markdown_sentences(markdown),
                         ["een twee drie vier vijf",
                          "Pieter Zwart van het wijkteam Noord"])

    def test_list_items_are_separate_blocks(self):
        markdown = "- een twee drie\n- vier vijf zes\n"

        self.assertEqual(check_site.markdown_sentences(markdown), [])


class PlantedLeakTest(unittest.TestCase):
    """check_site.py on a clean site, and on copies with one leak each."""

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        root = Path(self.folder.name)
        self.content = write_export(root)
        self.site = write_clean_site(root)
        self.secrets = check_site.collect_secrets(self.content)

    def tearDown(self):
        self.folder.cleanup()

    def findings(self):
        return check_site.check_site(self.site, self.secrets)

    def plant(self, relative, data):
        path = self.site / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes)
                         else data.encode("utf-8"))

    def assert_found(self, path, message_part):
        messages = [message for found_path, message in self.findings()
                    if found_path == path]
        self.assertTrue(any(message_part in message for message in messages),
                        f"no finding for {path} with '{message_part}': "
                        f"{self.findings()}")

    def test_clean_site_has_no_findings(self):
        self.assertEqual(self.findings(), [])

    def test_client_name_in_html_is_found(self):
        self.plant("index.html", "<p>Wilhelmina de Jager</p>")

        self.assert_found("index.html", "client name 'Wilhelmina de Jager'")

    def test_name_with_line_break_and_other_case_is_found(self):
        self.plant("assets/app.js", "const a = 'WILHELMINA DE\n  JAGER';")

        self.assert_found("assets/app.js", "client name")

    def test_json_escaped_name_is_found(self):
        self.plant("site.json", json.dumps({"x": "Ann Smit\u00a0"}))
        self.plant("locales/nl.json", '{"x": "Wilhelmina de\\nJager"}')

        self.assert_found("site.json", "user display name 'Ann Smit'")
        self.assert_found("locales/nl.json", "client name")

    def test_report_sentence_with_markup_is_found(self):
        self.plant("index.html", "<p>Mevrouw heeft goed geslapen en <strong>"
                                 "met smaak</strong> ontbeten\nin de "
                                 "serre.</p>")

        self.assert_found("index.html", "sentence 'Mevrouw heeft goed")

    def test_contact_details_are_found(self):
        self.plant("assets/contacts.txt",
                   "JAN@EXAMPLE.NET 0600001234 Eikenlaan 12 1931-07-02")

        for part in ("e-mail address 'jan@example.net'",
                     "phone number '0600001234'", "address 'Eikenlaan 12'",
                     "birth date '1931-07-02'"):
            with self.subTest(part=part):
                self.assert_found("assets/contacts.txt", part)

    def test_user_name_in_upper_case_is_found(self):
        self.plant("assets/app.js", "// ANN.SMIT")

        self.assert_found("assets/app.js", "user name 'ann.smit'")

    def test_board_sentence_is_found(self):
        self.plant("locales/nl.json",
                   '{"welcome": "Welkom op de site van de thuiszorg in het '
                   'dorp."}')

        self.assert_found("locales/nl.json", "board sentence")

    def test_client_id_in_path_is_found(self):
        self.plant("c/c-0042/bundle.bin", os.urandom(10))

        self.assert_found("c/c-0042/bundle.bin", "path contains client id")
        self.assert_found("c/c-0042/bundle.bin", "outside the site layout")

    def test_user_name_in_folder_name_is_found(self):
        (self.site / "assets" / "ann.smit").mkdir()

        self.assert_found("assets/ann.smit", "path contains user name")

    def test_file_outside_layout_is_found(self):
        for relative in ("notes.txt", "u/readme.bin", f"s/{LOCATOR}.bin",
                         f"c/{CLIENT}/a/extra.bin", ".site.json.tmp"):
            with self.subTest(path=relative):
                self.plant(relative, b"x")

                self.assert_found(relative, "outside the site layout")

    def test_missing_board_is_found(self):
        (self.site / "s" / "board.bin").unlink()

        self.assert_found("s/board.bin", "is missing")

    def test_symbolic_link_is_found(self):
        (self.site / "assets" / "link").symlink_to("/etc")

        self.assert_found("assets/link", "symbolic link")

    def run_script(self):
        return subprocess.run(
            [sys.executable, str(SCRIPT), str(self.site), str(self.content)],
            capture_output=True, text=True, check=False)

    def test_script_exits_0_on_clean_site(self):
        result = self.run_script()

        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertEqual(result.stdout,
                         f"check_site: ok: no personal data found in "
                         f"{self.site}\n")

    def test_script_prints_findings_and_exits_1(self):
        self.plant("index.html", "Pieter Zwart")
        result = self.run_script()

        self.assertEqual(result.returncode, 1)
        self.assertIn(f"check_site: {self.site}/index.html: contains person "
                      "name 'Pieter Zwart' (from clients/c-0042/client.yaml)",
                      result.stdout)
        self.assertTrue(result.stdout.endswith(
            f"check_site: 1 finding in {self.site}\n"), result.stdout)


class BuiltSiteTest(unittest.TestCase):
    """The site that `inzage build` wrote from the sample export."""

    def test_built_site_has_no_personal_data(self):
        missing = [name for name in ("INZAGE_TEST_SITE", "INZAGE_TEST_CONTENT")
                   if not os.environ.get(name)]
        if missing:
            self.fail("set " + ", ".join(missing) + " to the built site and "
                      "its export")
        site = Path(os.environ["INZAGE_TEST_SITE"])
        content = Path(os.environ["INZAGE_TEST_CONTENT"])
        secrets = check_site.collect_secrets(content)

        findings = check_site.check_site(site, secrets)

        self.assertGreater(len(secrets), 0)
        self.assertEqual(findings, [], "\n".join(
            f"{path}: {message}" for path, message in findings))


if __name__ == "__main__":
    unittest.main()
