// The whole password change: the browser's password-change file, applied
// with `inzage user apply-password` and published by `inzage build`, makes
// the new password work in a fresh browser and the initial one fail. The
// test builds a site of its own with tests/site/make-site, because it needs
// the key store, and serves it with scripts/serve on another 127.0.0.1
// port. nginx follows the output link, so it serves each new release.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, openPage } from './lib/browser.js';
import { contentDir, inzageBinary, readPasswords, repoDir } from './lib/environment.js';
import { expectNoProblems, exported, newPasswordOf, viewerText } from './lib/fixture.js';
import { continueAfterPasswordChange, downloadPasswordFile, isPasswordChangeView,
  logOut, openSite, submitLogin, submitPasswordChange } from './lib/viewer.js';

const LOGIN_404 = [/Failed to load resource.*404/];
const PENDING_KEY = /^inzage\.pending-password\./;

const user = exported.users.find((candidate) => candidate.clients.length > 0);

let browser;
let work;
let port = null;
let site;
let initialPassword;

// Runs a command and returns {status, stdout, stderr}.
function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    encoding: 'utf8', env: { ...process.env, ...env },
  });
  if (result.error) {
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Runs a command that must succeed.
function runOk(command, args, env = {}) {
  const result = run(command, args, env);
  assert.equal(result.status, 0,
    `${path.basename(command)} ${args[0]} failed: ${result.stderr}${result.stdout}`);
  return result;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
}

function serve(...args) {
  return runOk(path.join(repoDir, 'scripts', 'serve'), args,
    { INZAGE_SERVE_DIR: path.join(work, 'serve') });
}

function inzage(...args) {
  return run(inzageBinary, args);
}

before(async () => {
  assert.ok(fs.existsSync(inzageBinary),
    `inzage not found at '${inzageBinary}': build it or set INZAGE_BINARY`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'inzage-password-drop-'));
  // nginx's worker runs as another user when nginx starts as root.
  fs.chmodSync(work, 0o755);
  runOk(path.join(repoDir, 'tests', 'site', 'make-site'),
    [inzageBinary, contentDir, path.join(work, 'site')]);
  initialPassword = readPasswords(path.join(work, 'site', 'passwords.tsv')).get(user.user);
  assert.ok(initialPassword, `make-site printed no password for ${user.user}`);

  port = await freePort();
  serve('start', path.join(work, 'site', 'output'), String(port));
  site = `http://127.0.0.1:${port}/`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (port !== null) {
    serve('stop', String(port));
  }
  if (work) {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('applied password file works after rebuild', async () => {
  // The first login in browser A chooses the new password and saves the
  // password-change file.
  const first = await openPage(browser, { site, allowedErrors: LOGIN_404 });
  await openSite(first.page, '', { site });
  assert.equal(await submitLogin(first.page, user.user, initialPassword), 'ok');
  assert.equal(await submitPasswordChange(first.page, newPasswordOf(user)), 'ok');
  const file = await downloadPasswordFile(first.page);
  await continueAfterPasswordChange(first.page);
  const dropPath = path.join(work, file.name);
  fs.writeFileSync(dropPath, file.bytes);

  // The provider applies it once; a second time is rejected.
  const keys = path.join(work, 'site', 'keys');
  const applied = inzage('user', 'apply-password', dropPath, '--keys', keys);
  assert.equal(applied.status, 0, applied.stderr);
  assert.match(applied.stdout, new RegExp(
    `^applied the new password of user '${user.user.replace(/\./g, '\\.')}' ` +
    '\\(changed \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\\); ' +
    'run \'inzage build\' to publish it\\n$'));
  assert.equal(applied.stderr, '');
  const again = inzage('user', 'apply-password', dropPath, '--keys', keys);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /^inzage: error: .* was not applied: .*was applied before/);
  assert.equal(again.stdout, '');

  // Until the build, a fresh browser accepts only the initial password.
  const before = await openPage(browser, { site, allowedErrors: LOGIN_404 });
  await openSite(before.page, '', { site });
  assert.equal(await submitLogin(before.page, user.user, newPasswordOf(user)),
    viewerText('login.wrong'));
  expectNoProblems(before.problems);
  await before.context.close();

  runOk(inzageBinary, ['build', '--content', contentDir, '--keys', keys,
    '--out', path.join(work, 'site', 'output'), '-q']);

  // In a fresh browser the new password works without a change, and the
  // initial one gets the neutral message.
  const fresh = await openPage(browser, { site, allowedErrors: LOGIN_404 });
  await openSite(fresh.page, '', { site });
  assert.equal(await submitLogin(fresh.page, user.user, newPasswordOf(user)), 'ok');
  assert.equal(await isPasswordChangeView(fresh.page), false);
  assert.equal(await fresh.page.locator('#main .board-page').isVisible(), true);
  assert.equal(await fresh.page.locator('#notices .notice-password').count(), 0);
  await logOut(fresh.page);
  assert.equal(await submitLogin(fresh.page, user.user, initialPassword),
    viewerText('login.wrong'));
  expectNoProblems(fresh.problems);
  await fresh.context.close();

  // In browser A the initial password no longer works either, and the
  // server's user file replaces the copy that the browser kept.
  await logOut(first.page);
  assert.equal(await submitLogin(first.page, user.user, initialPassword),
    viewerText('login.wrong'));
  assert.equal(await submitLogin(first.page, user.user, newPasswordOf(user)), 'ok');
  assert.equal(await first.page.locator('#main .board-page').isVisible(), true);
  assert.equal(await first.page.locator('#notices .notice-password').count(), 0);
  const storedKeys = await first.page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(storedKeys.filter((key) => PENDING_KEY.test(key)), []);
  expectNoProblems(first.problems);
  await first.context.close();
});
