// What every browser test starts from: the export, the site's locale and a
// logged-in page.
import assert from 'node:assert/strict';

import { contentDir, passwordOf, siteDir } from './environment.js';
import { collapse, loadExport } from './export.js';
import { loadLocaleFormat } from './locale-format.js';
import { continueAfterPasswordChange, isPasswordChangeView, openSite,
  submitLogin, submitPasswordChange } from './viewer.js';

// The sample export.
export const exported = loadExport(contentDir);

// Formatting of the site's language, and its strings (format.locale).
export const format = loadLocaleFormat(siteDir, exported.site.language);

// Returns a viewer string of the site's language with {name} filled in.
export function viewerText(key, params = {}) {
  let node = format.locale.viewer;
  for (const part of key.split('.')) {
    node = node?.[part];
  }
  assert.equal(typeof node, 'string', `locale has no viewer.${key}`);
  return collapse(node.replace(/\{([a-z_]+)\}/g, (match, name) =>
    name in params ? String(params[name]) : match));
}

// Returns the text of a password rule (`rules.<id>`) or verdict of the
// site's language, from the locale's "password" object.
export function passwordText(key) {
  let node = format.locale.password;
  for (const part of key.split('.')) {
    node = node?.[part];
  }
  assert.equal(typeof node, 'string', `locale has no password.${key}`);
  return node;
}

// Returns the password that the tests choose for `user` at the first
// login, which passes the policy and differs from user to user.
export function newPasswordOf(user) {
  const index = exported.users.findIndex((candidate) => candidate.user === user.user);
  assert.ok(index >= 0, `no user '${user.user}' in the export`);
  return `Gekozen${index + 1}!Proef`;
}

// Completes the password change that a first login requires, if the page
// shows it, with newPasswordOf(user), and goes on to the site.
export async function passFirstLogin(page, user) {
  if (!await isPasswordChangeView(page)) {
    return;
  }
  const outcome = await submitPasswordChange(page, newPasswordOf(user));
  assert.equal(outcome, 'ok', `password change of ${user.user} failed: ${outcome}`);
  await continueAfterPasswordChange(page);
}

// Returns the export's client whose display name is `name`.
export function clientByName(name) {
  const client = [...exported.clients.values()].find((candidate) =>
    candidate.name === name);
  assert.ok(client, `no client named '${name}' in the export`);
  return client;
}

// Returns the export's clients that `user` is granted.
export function clientsOf(user) {
  return user.clients.map((id) => {
    const client = exported.clients.get(id);
    assert.ok(client, `user ${user.user} names unknown client ${id}`);
    return client;
  });
}

// Opens the site and logs in as the export's `user` with its initial
// password; fails the test unless the login succeeds. The first login in a
// browser context requires a new password, which passFirstLogin chooses.
export async function logInAs(page, user, { hash = '', typedName = user.user } = {}) {
  await openSite(page, hash);
  const outcome = await submitLogin(page, typedName, passwordOf(user.user));
  assert.equal(outcome, 'ok', `login as ${user.user} failed: ${outcome}`);
  await passFirstLogin(page, user);
}

// Fails the test when the page recorded a problem (see browser.js).
export function expectNoProblems(problems) {
  assert.deepEqual(problems, [], 'the page recorded problems');
}
