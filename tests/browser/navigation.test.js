// Hash routes and the session: deep links lead through login to their
// page, reload and the back button keep the place, logout and 15 minutes
// without activity clear the keys, and printing leaves only the content.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';

import { launchBrowser, openPage } from './lib/browser.js';
import { passwordOf, screenshotPath } from './lib/environment.js';
import { collapse } from './lib/export.js';
import { clientsOf, expectNoProblems, exported, logInAs, passFirstLogin, viewerText }
  from './lib/fixture.js';
import { goTo, goToAndFollow, isLoginView, menuLinks, openSite, submitLogin,
  waitForCurrentRoute, waitForRoute } from './lib/viewer.js';

// A user with a client that has the reports and dossier tabs.
const user = exported.users.find((candidate) =>
  clientsOf(candidate).some((client) => client.tabs.includes('dossier') &&
    client.dossier.length > 0));
const client = clientsOf(user).find((candidate) => candidate.tabs.includes('dossier'));

let browser;
let clientHref;

before(async () => {
  browser = await launchBrowser();
  const { context, page } = await openPage(browser);
  await logInAs(page, user);
  clientHref = (await menuLinks(page, 'clients'))
    .find((link) => link.text === client.name).href;
  await context.close();
});
after(async () => {
  await browser?.close();
});

// Returns the keys stored in sessionStorage.
function storedKeys(page) {
  return page.evaluate(() => Object.keys(sessionStorage));
}

test('deep link leads through login', async () => {
  const item = client.dossier[0];
  const deepLink = `${clientHref}/dossier/${item.key}`;
  const { context, page, problems } = await openPage(browser);
  await openSite(page, deepLink);
  assert.equal(await isLoginView(page), true);
  assert.equal(await page.evaluate(() => location.hash), deepLink);

  assert.equal(await submitLogin(page, user.user, passwordOf(user.user)), 'ok');
  // The new password that the first login requires keeps the deep link.
  await passFirstLogin(page, user);
  assert.equal(await waitForCurrentRoute(page), deepLink);
  assert.equal(collapse(await page.locator('#main .fragment h2').textContent()),
    collapse(item.title));
  expectNoProblems(problems);
  await context.close();
});

test('reload keeps the page and the session', async () => {
  const { context, page, problems } = await openPage(browser);
  await logInAs(page, user);
  await goTo(page, `${clientHref}/reports`);
  const before = await page.locator('#main .fragment').textContent();

  await page.reload();
  assert.equal(await waitForCurrentRoute(page), `${clientHref}/reports`);
  assert.equal(await isLoginView(page), false);
  assert.equal(await page.locator('#main .fragment').textContent(), before);
  expectNoProblems(problems);
  await context.close();
});

test('back button returns to previous views', async () => {
  const { context, page, problems } = await openPage(browser);
  await logInAs(page, user);
  const route = (tab) => `${clientHref}/${tab}`;
  await page.click(`#menu-clients + ul a[href="${clientHref}"]`);
  await waitForRoute(page, route('general'));
  for (const tab of ['reports', 'dossier']) {
    await page.click(`#main .tabs a[href="${route(tab)}"]`);
    await waitForRoute(page, route(tab));
  }
  await page.goBack();
  await waitForRoute(page, route('reports'));
  assert.equal(await page.locator('#main .page-reports').isVisible(), true);
  await page.goBack();
  await waitForRoute(page, route('general'));
  assert.equal(await page.locator('#main .page-general').isVisible(), true);
  await page.goForward();
  await waitForRoute(page, route('reports'));
  expectNoProblems(problems);
  await context.close();
});

test('logout clears the keys and back shows login', async () => {
  const { context, page, problems } = await openPage(browser);
  await logInAs(page, user);
  await goTo(page, `${clientHref}/general`);
  assert.ok((await storedKeys(page)).length > 0, 'the session is stored for reloads');

  await page.click('#site-user .logout');
  await waitForRoute(page, '#/login');
  assert.equal(await isLoginView(page), true);
  assert.equal(collapse(await page.locator('#main .notice').textContent()),
    viewerText('login.logged_out'));
  assert.deepEqual(await storedKeys(page), []);
  assert.equal(await page.evaluate(async () =>
    (await import('./assets/session.js')).currentSession()), null);
  // Only the encrypted copy of the new password stays, for the next login.
  for (const key of await page.evaluate(() => Object.keys(localStorage))) {
    assert.match(key, /^inzage\.pending-password\.[0-9a-f]{32}$/);
  }

  await page.goBack();
  await waitForRoute(page, `${clientHref}/general`);
  assert.equal(await isLoginView(page), true);
  assert.equal((await page.locator('body').textContent()).includes(client.name), false);
  await page.reload();
  await waitForCurrentRoute(page);
  assert.equal(await isLoginView(page), true);
  expectNoProblems(problems);
  await context.close();
});

test('15 minutes idle logs out', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.clock.install();
  await logInAs(page, user);
  await goTo(page, `${clientHref}/general`);

  // Activity resets the limit: 10 + 10 minutes with a key press between.
  await page.clock.runFor(10 * 60 * 1000);
  await page.keyboard.press('Shift');
  await page.clock.runFor(10 * 60 * 1000);
  assert.equal(await isLoginView(page), false);

  await page.clock.runFor(6 * 60 * 1000);
  await waitForCurrentRoute(page);
  assert.equal(await isLoginView(page), true);
  assert.equal(collapse(await page.locator('#main .notice').textContent()),
    viewerText('login.idle', { minutes: 15 }));
  assert.deepEqual(await storedKeys(page), []);
  assert.equal((await page.locator('body').textContent()).includes(client.name), false);
  await page.screenshot({ path: screenshotPath('session', 'idle-logout.png') });

  // Logging in again returns to the same page.
  assert.equal(await submitLogin(page, user.user, passwordOf(user.user)), 'ok');
  assert.equal(await waitForCurrentRoute(page), `${clientHref}/general`);
  expectNoProblems(problems);
  await context.close();
});

test('idle session is not restored by reload', async () => {
  const { context, page, problems } = await openPage(browser);
  await page.clock.install();
  await logInAs(page, user);
  await goTo(page, `${clientHref}/general`);
  // A stored activity time older than the limit, as after a tab that slept.
  await page.evaluate(() => sessionStorage.setItem('inzage.activity',
    String(Date.now() - 16 * 60 * 1000)));
  await page.reload();
  await waitForCurrentRoute(page);
  assert.equal(await isLoginView(page), true);
  assert.deepEqual(await storedKeys(page), []);
  expectNoProblems(problems);
  await context.close();
});

test('unknown route shows not found', async () => {
  const { context, page, problems } = await openPage(browser);
  await logInAs(page, user);
  for (const hash of ['#/nothing/here', `${clientHref}/reports/none`, '#/board/none',
    `#/c/${'0'.repeat(32)}/general`]) {
    await goToAndFollow(page, hash);
    assert.equal(await page.locator('#main .problem-not-found').isVisible(), true, hash);
  }
  expectNoProblems(problems);
  await context.close();
});

test('printing shows only the content', async () => {
  const { context, page, problems } = await openPage(browser);
  await logInAs(page, user);
  await goTo(page, `${clientHref}/reports`);
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['#site-header', '#side-menu', '#main .tabs', '#main .page-toolbar',
    '#notices']) {
    assert.equal(await page.locator(selector).isVisible(), false, `${selector} is printed`);
  }
  assert.equal(await page.locator('#main .page-reports').isVisible(), true);
  const pdf = await page.pdf({ format: 'A4' });
  fs.writeFileSync(screenshotPath('print', 'reports.pdf'), pdf);
  assert.ok(pdf.length > 1000);
  await page.emulateMedia({ media: 'screen' });
  expectNoProblems(problems);
  await context.close();
});

test('no buttons for features not built yet', async () => {
  // Reply, new message and approve come later: until then the viewer shows
  // no button for them, only print, logout, menu, the attachment downloads
  // and the password-change file of a new password.
  const { context, page, problems } = await openPage(browser);
  await logInAs(page, user);
  const allowed = new Set([viewerText('dossier.print'), viewerText('shell.logout'),
    viewerText('shell.menu'), viewerText('password_change.download_again')]);
  const hrefs = [clientHref, ...client.tabs.map((tab) => `${clientHref}/${tab}`)];
  for (const href of hrefs) {
    await goToAndFollow(page, href);
    const buttons = await page.$$eval('button:not([data-attachment])',
      (nodes) => nodes.map((node) => node.textContent.replace(/\s+/g, ' ').trim()));
    for (const text of buttons) {
      assert.ok(allowed.has(text), `unexpected button '${text}' on ${href}`);
    }
  }
  expectNoProblems(problems);
  await context.close();
});
