#!/usr/bin/python3
"""Check that a built Inzage site shows no personal data from its export.

Usage:
  check_site.py [SITE [CONTENT]]

SITE and CONTENT default to $INZAGE_TEST_SITE and $INZAGE_TEST_CONTENT.

The export (CONTENT) supplies the personal data that must stay secret.
It is the client names, user names and display names, other people's
names, e-mail addresses, phone numbers, addresses, birth dates, medication,
dossier titles and file names. It is also every sentence of five or more
words in reports, messages, descriptions, notes and board pages.

Every file of the site (SITE) is searched for each of them, ignoring
case, Unicode normalisation, white space, typographic quotes, HTML tags
and entities, and JSON string escapes. So a name split by a line break or
a sentence with <em> inside it is still found.

Paths must not contain a client id (the export's folder name, such as
c-1001), a user name or a name. Every file must belong to the layout of
docs/format.md.

Each finding is printed as `check_site: <site path>: <what>`.

Exit status: 0 no finding; 1 findings; 2 usage; 3 the export cannot be
read; 4 the site folder is missing.
"""

import argparse
import html
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

PROGRAM = "check_site"
MIN_SENTENCE_WORDS = 5
MIN_SECRET_CHARS = 4
HEX_NAME = r"[0-9a-f]{32}"
SITE_LAYOUT = [
    re.compile(pattern) for pattern in (
        r"index\.html",
        r"site\.json",
        r"assets/.+",
        r"locales/.+",
        r"vendor/.+",
        r"s/board\.bin",
        rf"u/{HEX_NAME}\.bin",
        rf"c/{HEX_NAME}/bundle\.bin",
        rf"c/{HEX_NAME}/a/{HEX_NAME}\.bin",
    )]
REQUIRED_FILES = ("index.html", "site.json", "s/board.bin")

# YAML keys whose string value is personal data, by category.
VALUE_KEYS = {
    "address": "address",
    "phone": "phone number",
    "email": "e-mail address",
    "birth_date": "birth date",
    "personal_caregiver": "person name",
    "caregiver": "person name",
    "author": "person name",
    "prescriber": "person name",
    "from": "person name",
    "pdf": "file name",
}
# YAML keys whose value is Markdown text, searched sentence by sentence.
TEXT_KEYS = ("description", "notes", "body")
# The category of `name` and `title`, by the export file they are in.
NAME_CATEGORY = {
    "client.yaml": "client name",
    "contacts.yaml": "person name",
    "medication.yaml": "medication",
}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w+])(?:\+31|0)[\d -]{7,14}\d")
TAG = re.compile(r"<[^<>]*>")
BLOCK_START = re.compile(r"^\s{0,3}(#|>|[-*+]\s|\d+[.)]\s)")
JSON_ESCAPE = re.compile(r'\\(u[0-9a-fA-F]{4}|["\\/bfnrt])')
TYPOGRAPHY = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00a0": " ",
    "\u2013": "-", "\u2014": "-", "\u2026": "...",
})
JSON_CHARACTERS = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


@dataclass(frozen=True)
class Secret:
    """A piece of personal data from the export that the site must hide."""

    category: str
    text: str
    source: str


# --- Text normalisation -----------------------------------------------------


def normalise(text):
    """Fold case, Unicode form, typography and white space for matching."""
    text = unicodedata.normalize("NFC", text).translate(TYPOGRAPHY)
    return " ".join(text.casefold().split())


def decode_json_escapes(text):
    """Replace JSON string escapes such as \\u00eb and \\n by characters."""
    def replace(match):
        escape = match.group(1)
        if escape[0] == "u":
            return chr(int(escape[1:], 16))
        return JSON_CHARACTERS.get(escape, escape)
    return JSON_ESCAPE.sub(replace, text)


def text_views(data):
    """Return normalised views of a file: as written, and as a reader sees
    it after JSON escapes, HTML tags and entities are resolved."""
    text = data.decode("utf-8", errors="replace")
    rendered = html.unescape(TAG.sub("", decode_json_escapes(text)))
    return normalise(text), normalise(rendered)


def strip_markdown(line):
    """Remove the Markdown syntax that the renderer turns into markup."""
    line = re.sub(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", "", line)
    line = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"<((?:https?|mailto):[^>]*)>", r"\1", line)
    return re.sub(r"[*_`~]+", "", line)


def markdown_blocks(markdown):
    """Split Markdown into the runs of text that the renderer keeps together.

    Paragraphs, list items, headings and table cells are separate runs, and
    so are the lines before and after a hard line break.
    """
    blocks = []
    current = []

    def end_block():
        if current:
            blocks.append(" ".join(current))
        current.clear()

    for line in markdown.splitlines():
        if line.lstrip().startswith("|"):
            end_block()
            blocks.extend(strip_markdown(cell)
                          for cell in line.strip().strip("|").split("|"))
            continue
        if not line.strip() or BLOCK_START.match(line):
            end_block()
        if line.strip():
            hard_break = line.endswith("\\") or line.endswith("  ")
            current.append(strip_markdown(line.rstrip(" \\")))
            if hard_break:
                end_block()
    end_block()
    return blocks


def markdown_sentences(markdown):
    """Split Markdown into sentences of at least MIN_SENTENCE_WORDS words.

    A sentence never crosses a block of markdown_blocks. It ends at . ! ?
    ; or : followed by white space, and its final punctuation is dropped.
    An abbreviation such as "H. Terpstra" therefore splits a sentence into
    two shorter ones, which are still searched if they are long enough.
    """
    sentences = []
    for block in markdown_blocks(markdown):
        for sentence in re.split(r"(?<=[.!?;:])\s+", block):
            sentence = sentence.strip().rstrip(".!?;:")
            if len(sentence.split()) >= MIN_SENTENCE_WORDS:
                sentences.append(sentence)
    return sentences


def split_front_matter(text):
    """Return (front matter YAML, Markdown body) of a Markdown file."""
    match = re.match(r"---\n(.*?)\n---\n?(.*)", text, re.DOTALL)
    if not match:
        return "", text
    return match.group(1), match.group(2)


# --- Secrets from the export ------------------------------------------------


class SecretCollector:
    """Collects the secrets of one export, without duplicates."""

    def __init__(self, content):
        self.content = content
        self.secrets = {}

    def add(self, category, text, source):
        text = " ".join(str(text).split())
        if len(text) < MIN_SECRET_CHARS:
            return
        key = normalise(text)
        if key not in self.secrets:
            self.secrets[key] = Secret(category, text,
                                       source.relative_to(self.content)
                                       .as_posix())

    def add_text(self, category, markdown, source):
        """Add each long sentence of Markdown text, and the e-mail
        addresses and phone numbers inside it."""
        for sentence in markdown_sentences(markdown):
            self.add(category, sentence, source)
        self.add_embedded(markdown, source)

    def add_embedded(self, text, source):
        """Add e-mail addresses and phone numbers found inside any text."""
        for email in EMAIL.findall(text):
            self.add("e-mail address", email, source)
        for phone in PHONE.findall(text):
            digits = re.sub(r"\D", "", phone)
            if len(digits) >= 9:
                self.add("phone number", phone.strip(), source)
                self.add("phone number", digits, source)

    def add_person(self, text, source):
        """Add a name field and each part of it between commas and slashes
        ("H. Terpstra, huisarts", "Łucja Nowak / Daan Hofstede").

        A part without a capital letter ("wisselend", "huisarts") is a
        word, not a name, and is skipped.
        """
        self.add("person name", text, source)
        for part in re.split(r"[,/]", text):
            if any(character.isupper() for character in part):
                self.add("person name", part, source)

    def add_address(self, text, source):
        """Add an address and each comma-separated part with a number in it
        (street and house number, postcode and town)."""
        self.add("address", text, source)
        for part in text.split(","):
            if re.search(r"\d", part):
                self.add("address", part, source)

    def walk(self, value, source, key=None):
        """Add the secrets in a parsed YAML value, by the keys above them."""
        if isinstance(value, dict):
            for child_key, child in value.items():
                self.walk(child, source, child_key)
            return
        if isinstance(value, list):
            for item in value:
                self.walk(item, source, key)
            return
        if not isinstance(value, str):
            return
        self.add_value(key, value, source)

    def add_value(self, key, value, source):
        """Add one YAML string under the category that its key implies."""
        self.add_embedded(value, source)
        category = VALUE_KEYS.get(key)
        if key in TEXT_KEYS:
            self.add_text("sentence", value, source)
        elif category == "person name":
            self.add_person(value, source)
        elif category == "address":
            self.add_address(value, source)
        elif category:
            self.add(category, value, source)
        elif key == "name" and source.name in NAME_CATEGORY:
            self.add(NAME_CATEGORY[source.name], value, source)
        elif key == "title" and source.name == "item.yaml":
            self.add("dossier title", value, source)
        elif key == "files":
            self.add("file name", value, source)
        elif key == "subject" and len(value.split()) >= 3:
            self.add("message subject", value, source)

    def add_general(self, general, source):
        """Add the values of client.yaml's `general` table of 3+ words."""
        if isinstance(general, dict):
            for value in general.values():
                if isinstance(value, str) and len(value.split()) >= 3:
                    self.add("client detail", value, source)

    def collect(self):
        """Read the whole export and return its secrets."""
        for path in sorted((self.content / "users").glob("*.yaml")):
            document = load_yaml(path)
            self.add("user name", path.stem, path)
            if isinstance(document, dict):
                self.add("user display name", document.get("name", ""), path)
                self.add("e-mail address", document.get("email", ""), path)

        for folder in sorted((self.content / "clients").iterdir()):
            if folder.is_dir():
                self.add("client id", folder.name, folder)
                self.collect_client(folder)

        for path in sorted((self.content / "board").glob("*.md")):
            _, body = split_front_matter(path.read_text(encoding="utf-8"))
            self.add_text("board sentence", body, path)
        return list(self.secrets.values())

    def collect_client(self, folder):
        """Add the secrets of every YAML and Markdown file of a client."""
        for path in sorted(folder.rglob("*")):
            if path.suffix == ".yaml":
                document = load_yaml(path)
                self.walk(document, path)
                if path.name == "client.yaml" and isinstance(document, dict):
                    self.add_general(document.get("general"), path)
            elif path.suffix == ".md":
                front, body = split_front_matter(
                    path.read_text(encoding="utf-8"))
                self.walk(parse_yaml(front, path), path)
                self.add_text("sentence", body, path)


class ExportError(Exception):
    """An export file cannot be read or parsed."""


def parse_yaml(text, path):
    """Parse YAML with every scalar as a string, as the export means it."""
    try:
        return yaml.load(text, Loader=yaml.BaseLoader)
    except yaml.YAMLError as error:
        raise ExportError(f"{path}: invalid YAML: {error}") from None


def load_yaml(path):
    try:
        return parse_yaml(path.read_text(encoding="utf-8"), path)
    except (OSError, UnicodeDecodeError) as error:
        raise ExportError(f"{path}: cannot read: {error}") from None


# --- Checks of the site -----------------------------------------------------


def list_site(site):
    """Return (files, folders) below site as sorted relative paths.

    Files include symbolic links, also those to folders, which os.walk
    does not enter.
    """
    files = []
    folders = []
    for root, folder_names, file_names in os.walk(site):
        for name in folder_names + file_names:
            path = Path(root) / name
            if path.is_symlink() or path.is_file():
                files.append(path.relative_to(site))
            elif path.is_dir():
                folders.append(path.relative_to(site))
    return sorted(files), sorted(folders)


def check_layout(site, paths):
    """Return findings for files outside the layout of docs/format.md."""
    findings = []
    for relative in paths:
        text = relative.as_posix()
        if (site / relative).is_symlink():
            findings.append((text, "is a symbolic link"))
        elif not any(pattern.fullmatch(text) for pattern in SITE_LAYOUT):
            findings.append((text, "is outside the site layout"))
    present = {relative.as_posix() for relative in paths}
    for required in REQUIRED_FILES:
        if required not in present:
            findings.append((required, "is missing"))
    for folder in sorted((site / "c").glob("*")):
        if not (folder / "bundle.bin").is_file():
            findings.append((f"c/{folder.name}", "has no bundle.bin"))
    return findings


def check_paths(paths, secrets):
    """Return findings for paths that contain a client id, a user name or
    a name."""
    path_categories = ("client id", "user name", "client name",
                       "user display name", "person name")
    needles = [secret for secret in secrets
               if secret.category in path_categories]
    findings = []
    for relative in paths:
        text = normalise(relative.as_posix())
        for secret in needles:
            if normalise(secret.text) in text:
                findings.append((relative.as_posix(),
                                 f"path contains {describe(secret)}"))
    return findings


def check_contents(site, paths, secrets):
    """Return findings for files that contain a secret in plain text."""
    needles = [(normalise(secret.text), secret) for secret in secrets]
    findings = []
    for relative in paths:
        if (site / relative).is_symlink():
            continue
        views = text_views((site / relative).read_bytes())
        for needle, secret in needles:
            if any(needle in view for view in views):
                findings.append((relative.as_posix(),
                                 f"contains {describe(secret)}"))
    return findings


def describe(secret):
    return f"{secret.category} '{secret.text}' (from {secret.source})"


def collect_secrets(content):
    """Return the secrets of the export, or raise ExportError."""
    try:
        return SecretCollector(content).collect()
    except (OSError, UnicodeDecodeError) as error:
        raise ExportError(f"{content}: cannot read the export: {error}") \
            from None


def check_site(site, secrets):
    """Run every check and return the findings as (path, message) pairs."""
    files, folders = list_site(site)
    return (check_layout(site, files)
            + check_paths(folders + files, secrets)
            + check_contents(site, files, secrets))


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="check_site.py",
        description="Check that a built site contains no personal data "
                    "from the export in plain text.")
    parser.add_argument("site", nargs="?",
                        default=os.environ.get("INZAGE_TEST_SITE"),
                        help="site folder (default: $INZAGE_TEST_SITE)")
    parser.add_argument("content", nargs="?",
                        default=os.environ.get("INZAGE_TEST_CONTENT"),
                        help="export folder (default: $INZAGE_TEST_CONTENT)")
    arguments = parser.parse_args(argv)
    if not arguments.site or not arguments.content:
        parser.error("SITE and CONTENT (or INZAGE_TEST_SITE and "
                     "INZAGE_TEST_CONTENT) are required")

    site = Path(arguments.site)
    content = Path(arguments.content)
    if not site.is_dir():
        print(f"{PROGRAM}: error: {site}: not a folder", file=sys.stderr)
        return 4
    try:
        secrets = collect_secrets(content)
    except ExportError as error:
        print(f"{PROGRAM}: error: {error}", file=sys.stderr)
        return 3
    try:
        findings = check_site(site, secrets)
    except OSError as error:
        print(f"{PROGRAM}: error: {site}: cannot read the site: {error}",
              file=sys.stderr)
        return 4

    for path, message in findings:
        print(f"{PROGRAM}: {site / path}: {message}")
    if findings:
        noun = "finding" if len(findings) == 1 else "findings"
        print(f"{PROGRAM}: {len(findings)} {noun} in {site}")
        return 1
    print(f"{PROGRAM}: ok: no personal data found in {site}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
