// The test environment that tests/browser/run sets up: where the site is
// served, the export it was built from and the initial passwords.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the browser tests with tests/browser/run`);
  }
  return value;
}

// Base URL of the served site, ending in "/".
export const siteUrl = required('INZAGE_SITE_URL');

// The served copy of the site, which the tamper tests change and restore.
export const siteDir = required('INZAGE_SITE_DIR');

// The export the site was built from.
export const contentDir = required('INZAGE_CONTENT_DIR');

// Folder for screenshots.
export const screenshotDir = required('INZAGE_SCREENSHOT_DIR');

// The repository, for its scripts.
export const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)),
  '..', '..', '..');

// The inzage command, for tests that build a site of their own.
export const inzageBinary = process.env.INZAGE_BINARY ??
  path.join(repoDir, 'build', 'cli', 'inzage');

// Reads the passwords file: one "user<TAB>password" line per user, as
// `inzage user add NAME --quiet` printed them. Returns a Map.
export function readPasswords(file) {
  const passwords = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') {
      continue;
    }
    const tab = line.indexOf('\t');
    if (tab < 1) {
      throw new Error(`${file}: expected 'user<TAB>password', got '${line.slice(0, 20)}…'`);
    }
    passwords.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return passwords;
}

const passwords = readPasswords(required('INZAGE_PASSWORDS'));

// Returns the initial password of `user`.
export function passwordOf(user) {
  const password = passwords.get(user);
  if (password === undefined) {
    throw new Error(`no password for '${user}' in ${process.env.INZAGE_PASSWORDS}`);
  }
  return password;
}

// Returns the path for a screenshot, creating its folder.
export function screenshotPath(...parts) {
  const file = path.join(screenshotDir, ...parts);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
