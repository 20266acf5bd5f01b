// The password change that the first login requires. The form comes before
// anything else and ticks off the rules while the user types. It rejects a
// password that breaks a rule, naming every rule it breaks, and also two
// different entries and the provider's password. After the change the site
// works and the browser offers the password-change file. The new password
// works in the same browser at once, and the old one still works there
// until the provider's next build, which password-drop.test.js covers.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, openPage } from './lib/browser.js';
import { passwordOf, repoDir, screenshotPath } from './lib/environment.js';
import { collapse } from './lib/export.js';
import { clientsOf, expectNoProblems, exported, newPasswordOf, passwordText,
  viewerText } from './lib/fixture.js';
import { continueAfterPasswordChange, downloadPasswordFile, failedRules,
  goTo, goToAndFollow, isLoginView, isPasswordChangeView, logOut, menuLinks,
  openSite, ruleStates, submitLogin, submitPasswordChange, waitForCurrentRoute }
  from './lib/viewer.js';

// A user with a client, whose dossier pages the test opens.
const user = exported.users.find((candidate) => candidate.clients.length > 0);
const client = clientsOf(user)[0];
const provider = exported.site.provider;

const cases = JSON.parse(fs.readFileSync(
  path.join(repoDir, 'tests', 'data', 'password_cases.json'), 'utf8'));

// A login with a new password that only this browser keeps fetches the
// server's missing user file first.
const LOGIN_404 = [/Failed to load resource.*404/];
const PENDING_KEY = /^inzage\.pending-password\.[0-9a-f]{32}$/;

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// Opens a fresh context and logs in with the initial password, which
// leads to the password change form.
async function openChangeForm(options = {}) {
  const opened = await openPage(browser, options);
  await openSite(opened.page);
  assert.equal(await submitLogin(opened.page, user.user, passwordOf(user.user)), 'ok');
  assert.equal(await isPasswordChangeView(opened.page), true, 'no password change form');
  return opened;
}

function storage(page, kind) {
  return page.evaluate((name) => Object.entries(window[name]), kind);
}

test('change form comes before anything else', async () => {
  const { context, page, problems } = await openPage(browser);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await openSite(page);
  assert.equal(await submitLogin(page, user.user, passwordOf(user.user)), 'ok');
  assert.equal(await isPasswordChangeView(page), true);
  for (const [key, id] of [['new_password', 'password-new'], ['repeat_password', 'password-repeat']]) {
    const field = page.getByLabel(viewerText(`password_change.${key}`), { exact: true });
    assert.equal(await field.getAttribute('id'), id);
    assert.equal(await field.getAttribute('type'), 'password');
  }
  assert.equal(await page.locator('#side-menu').isVisible(), false);
  await page.screenshot({ path: screenshotPath('password', 'form.png'), fullPage: true });

  // Neither the board nor a client page can be reached around the form.
  const routes = ['#/', '#/board/index', `#/c/${'0'.repeat(32)}/general`];
  for (const hash of routes) {
    await goTo(page, hash);
    assert.equal(await isPasswordChangeView(page), true, hash);
    assert.equal(await page.locator('#main .fragment').count(), 0, hash);
  }
  await page.reload();
  await waitForCurrentRoute(page);
  assert.equal(await isPasswordChangeView(page), true, 'after a reload');
  assert.deepEqual(requests.filter((file) => /\/(s|c)\//.test(file)), [],
    'the board or a bundle was fetched');
  expectNoProblems(problems);
  await context.close();
});

test('rules are ticked off while typing', async () => {
  const { context, page, problems } = await openChangeForm();
  const none = {
    min_length: false, digit: false, upper: false, lower: false, sign: false,
    allowed_chars: true,
  };
  assert.deepEqual(await ruleStates(page), none);
  assert.deepEqual(await page.$$eval('#password-rules .rule-text',
    (items) => items.map((item) => item.textContent)),
  Object.keys(none).map((rule) => passwordText(`rules.${rule}`)));

  const input = page.locator('#password-new');
  const steps = [
    ['a', { lower: true }],
    ['B', { upper: true }],
    ['3', { digit: true }],
    ['é', { allowed_chars: false }],
    ['Backspace', { allowed_chars: true }],
    ['%', { sign: true }],
    ['defg', { min_length: true }],
  ];
  let expected = { ...none };
  for (const [keys, changes] of steps) {
    if (keys === 'Backspace') {
      await input.press('Backspace');
    } else {
      await input.pressSequentially(keys);
    }
    expected = { ...expected, ...changes };
    assert.deepEqual(await ruleStates(page), expected, `after typing '${keys}'`);
  }
  await page.screenshot({ path: screenshotPath('password', 'rules-met.png'), fullPage: true });
  expectNoProblems(problems);
  await context.close();
});

test('rule-breaking passwords are rejected by rule', async () => {
  const { context, page, problems } = await openChangeForm();
  const failing = cases.filter((item) => item.fails.length > 0);
  assert.ok(failing.length > 10);
  for (const item of failing) {
    const outcome = await submitPasswordChange(page, item.password);
    assert.notEqual(outcome, 'ok', `'${item.name}' was accepted`);
    assert.deepEqual(await failedRules(page), item.fails, item.name);
    assert.equal(outcome, [passwordText('verdict_failed'),
      ...item.fails.map((rule) => passwordText(`rules.${rule}`))].join(' '), item.name);
    assert.equal(await isPasswordChangeView(page), true);
  }
  await page.screenshot({ path: screenshotPath('password', 'rules-broken.png'), fullPage: true });
  assert.deepEqual(await storage(page, 'localStorage'), []);
  expectNoProblems(problems);
  await context.close();
});

test('different entries are rejected', async () => {
  const { context, page, problems } = await openChangeForm();
  const outcome = await submitPasswordChange(page, newPasswordOf(user),
    `${newPasswordOf(user)}x`);
  assert.equal(outcome, viewerText('password_change.mismatch'));
  assert.equal(await page.locator('#password-repeat').inputValue(), '');
  assert.equal(await isPasswordChangeView(page), true);
  assert.deepEqual(await storage(page, 'localStorage'), []);
  expectNoProblems(problems);
  await context.close();
});

test('provider\'s password is rejected as new', async () => {
  const { context, page, problems } = await openChangeForm();
  assert.deepEqual(await page.evaluate(async (password) =>
    (await import('./assets/password-policy.js')).checkPassword(password),
  passwordOf(user.user)), [], 'the initial password breaks the policy');
  const outcome = await submitPasswordChange(page, passwordOf(user.user));
  assert.equal(outcome, viewerText('password_change.same_as_old', { provider }));
  assert.equal(await isPasswordChangeView(page), true);
  assert.deepEqual(await storage(page, 'localStorage'), []);
  expectNoProblems(problems);
  await context.close();
});

test('logout works from the change form', async () => {
  const { context, page, problems } = await openChangeForm();
  await logOut(page);
  assert.equal(await isLoginView(page), true);
  assert.deepEqual(await storage(page, 'sessionStorage'), []);
  assert.deepEqual(await storage(page, 'localStorage'), []);
  expectNoProblems(problems);
  await context.close();
});

test('new password works here at once', async () => {
  const { context, page, problems } = await openChangeForm({ allowedErrors: LOGIN_404 });
  const newPassword = newPasswordOf(user);
  assert.equal(await submitPasswordChange(page, newPassword), 'ok');

  // The confirmation explains in plain words what happens next.
  assert.equal(collapse(await page.locator('#password-done h1').textContent()),
    viewerText('password_change.done_title'));
  assert.deepEqual(await page.$$eval('#password-done > p:not([role])',
    (nodes) => nodes.map((node) => node.textContent.replace(/\s+/g, ' ').trim())), [
    viewerText('password_change.done_here'),
    viewerText('password_change.done_send', { provider }),
    viewerText('password_change.done_later', { provider }),
  ]);
  await page.screenshot({ path: screenshotPath('password', 'done.png'), fullPage: true });
  const today = new Date().toISOString().slice(0, 10);
  const file = await downloadPasswordFile(page);
  assert.equal(file.name, viewerText('password_change.file_name',
    { user: user.user, date: today }));
  assert.deepEqual([...file.bytes.subarray(0, 4)], [0x49, 0x5a, 0x44, 0x01]);

  // The site works after the change.
  assert.equal(await continueAfterPasswordChange(page), '#/');
  assert.equal(await page.locator('#main .board-page').isVisible(), true);
  const clientLink = (await menuLinks(page, 'clients'))
    .find((link) => link.text === client.name);
  assert.equal(await goToAndFollow(page, clientLink.href), `${clientLink.href}/general`);
  assert.equal(await page.locator('#main .page-general').isVisible(), true);
  const notice = page.locator('#notices .notice-password');
  assert.equal(collapse(await notice.locator('h2').textContent()),
    viewerText('password_change.pending_title'));
  await page.screenshot({ path: screenshotPath('password', 'pending-notice.png'), fullPage: true });
  const again = await downloadPasswordFile(page, '#notices .password-file');
  assert.deepEqual(again.bytes, file.bytes, 'the file saved again differs');

  // The browser keeps the new user file, encrypted, and nothing readable.
  const storedEntries = await storage(page, 'localStorage');
  assert.equal(storedEntries.length, 1);
  assert.match(storedEntries[0][0], PENDING_KEY);
  for (const value of [user.user, user.name, client.name, newPassword,
    passwordOf(user.user)]) {
    assert.equal(JSON.stringify(storedEntries).includes(value), false, `'${value}' is stored`);
  }

  // Logout clears the keys but keeps the new user file.
  await logOut(page);
  assert.deepEqual(await storage(page, 'sessionStorage'), []);
  assert.deepEqual(await storage(page, 'localStorage'), storedEntries);

  // The new password works in this browser, with no second change.
  assert.equal(await submitLogin(page, user.user, newPassword), 'ok');
  assert.equal(await isPasswordChangeView(page), false);
  assert.equal(await page.locator('#main .board-page').isVisible(), true);
  assert.equal(await notice.isVisible(), true);
  assert.equal(await goToAndFollow(page, `${clientLink.href}/reports`),
    `${clientLink.href}/reports`);
  assert.equal(await page.locator('#main .page-reports').isVisible(), true);
  await page.reload();
  assert.equal(await waitForCurrentRoute(page), `${clientLink.href}/reports`);
  assert.equal(await page.locator('#main .page-reports').isVisible(), true);

  // The old password works until the provider's next build, and since
  // this browser keeps the new one, it requires no second change.
  await logOut(page);
  assert.equal(await submitLogin(page, user.user, passwordOf(user.user)), 'ok');
  assert.equal(await isPasswordChangeView(page), false);
  assert.equal(await page.locator('#main .board-page').isVisible(), true);
  assert.equal(await notice.isVisible(), true);
  assert.deepEqual(await storage(page, 'localStorage'), storedEntries);

  // A wrong password still gets the neutral message.
  await logOut(page);
  assert.equal(await submitLogin(page, user.user, `${newPassword}x`),
    viewerText('login.wrong'));
  expectNoProblems(problems);
  await context.close();
});

test('new password does not work in another browser yet', async () => {
  const first = await openChangeForm();
  assert.equal(await submitPasswordChange(first.page, newPasswordOf(user)), 'ok');
  expectNoProblems(first.problems);
  await first.context.close();

  const { context, page, problems } = await openPage(browser, { allowedErrors: LOGIN_404 });
  await openSite(page);
  assert.equal(await submitLogin(page, user.user, newPasswordOf(user)),
    viewerText('login.wrong'));
  assert.equal(await submitLogin(page, user.user, passwordOf(user.user)), 'ok');
  assert.equal(await isPasswordChangeView(page), true);
  expectNoProblems(problems);
  await context.close();
});
