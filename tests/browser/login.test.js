// Login: every sample user logs in and reaches the bulletin board, a wrong
// name or password gets one neutral message, and the key derivation shows
// its progress. The must-change-password flag requires a new password
// before anything else; password-change.test.js tests the change.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { DESKTOP, PHONE, launchBrowser, openPage } from './lib/browser.js';
import { passwordOf, screenshotPath, siteDir } from './lib/environment.js';
import { collapse, markdownText } from './lib/export.js';
import { clientsOf, expectNoProblems, exported, logInAs, viewerText }
  from './lib/fixture.js';
import { openUser } from './lib/site-keys.js';
import { isLoginView, isPasswordChangeView, menuLinks, openSite, submitLogin,
  waitForRoute } from './lib/viewer.js';

// The export's board pages in menu order: the landing page, then by order
// and title.
function boardPagesInMenuOrder() {
  const order = (page) => Number(page.order ?? 0);
  const index = exported.board.filter((page) => page.slug === 'index');
  const others = exported.board.filter((page) => page.slug !== 'index')
    .sort((a, b) => order(a) - order(b) || a.title.localeCompare(b.title));
  return [...index, ...others];
}

// The 404 of a failed login is expected in the console.
const LOGIN_404 = [/Failed to load resource.*404/];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test('login page has labelled fields', async () => {
  const { context, page, problems } = await openPage(browser);
  await openSite(page);

  assert.equal(await page.locator('h1').textContent(), viewerText('login.title'));
  assert.equal(await page.getByLabel(viewerText('login.username')).getAttribute('id'),
    'login-name');
  assert.equal(await page.getByLabel(viewerText('login.password')).getAttribute('type'),
    'password');
  assert.equal(await page.locator('#site-user').isVisible(), false);
  assert.equal(await page.locator('#side-menu').isVisible(), false);
  await page.screenshot({ path: screenshotPath('login', 'desktop.png'), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: screenshotPath('login', 'phone.png'), fullPage: true });
  expectNoProblems(problems);
  await context.close();
});

test('every sample user logs in and sees the board', async (t) => {
  const board = boardPagesInMenuOrder();
  for (const [index, user] of exported.users.entries()) {
    await t.test(user.user, async () => {
      const { context, page, problems } = await openPage(browser);
      // The name is case-insensitive and may have spaces around it.
      const typedName = index % 2 === 0 ? user.user.toUpperCase() :
        ` ${user.user[0].toUpperCase()}${user.user.slice(1)} `;
      await logInAs(page, user, { typedName });

      assert.match(await page.locator('#site-user').textContent(),
        new RegExp(user.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      const landing = board[0];
      assert.equal(collapse(await page.locator('#main .board-page h2').textContent()),
        landing.title);
      assert.equal(collapse(await page.locator('#main .board-page .markdown').textContent()),
        markdownText(landing.body));

      const boardLinks = await menuLinks(page, 'board');
      assert.deepEqual(boardLinks.map((link) => link.text), board.map((page) => page.title));
      const clientLinks = await menuLinks(page, 'clients');
      assert.deepEqual(clientLinks.map((link) => link.text).sort(),
        clientsOf(user).map((client) => client.name).sort());

      for (const [position, link] of boardLinks.entries()) {
        await page.click(`#menu-board + ul a[href="${link.href}"]`);
        await waitForRoute(page, link.href);
        assert.equal(collapse(await page.locator('#main .board-page h2').textContent()),
          board[position].title);
        assert.equal(collapse(await page.locator('#main .board-page .markdown').textContent()),
          markdownText(board[position].body), `board page ${board[position].slug}`);
        assert.equal(await page.locator(`#menu-board + ul a[href="${link.href}"]`)
          .getAttribute('aria-current'), 'page');
      }
      if (index === 0) {
        await page.screenshot({ path: screenshotPath('board', 'desktop.png'), fullPage: true });
        await page.setViewportSize(PHONE);
        await page.screenshot({ path: screenshotPath('board', 'phone.png'), fullPage: true });
        await page.click('.menu-toggle');
        assert.equal(await page.locator('.menu-list').isVisible(), true);
        await page.screenshot({ path: screenshotPath('board', 'phone-menu.png'), fullPage: true });
        await page.setViewportSize(DESKTOP);
      }
      expectNoProblems(problems);
      await context.close();
    });
  }
});

test('must-change flag requires a new password first', async (t) => {
  for (const user of exported.users) {
    await t.test(user.user, async () => {
      const opened = await openUser(siteDir, user.user, passwordOf(user.user));
      assert.ok(opened, `the user file of ${user.user} does not open in Node`);
      const mustChange = (opened.flags & 1) === 1;

      const { context, page, problems } = await openPage(browser);
      await openSite(page);
      assert.equal(await submitLogin(page, user.user, passwordOf(user.user)), 'ok');
      assert.equal(await isPasswordChangeView(page), mustChange);
      if (mustChange) {
        assert.equal(collapse(await page.locator('#main h1').textContent()),
          viewerText('password_change.title'));
        assert.equal(collapse(await page.locator('#main .login-intro').textContent()),
          viewerText('password_change.intro', { provider: exported.site.provider }));
        // Nothing of the site is shown: no menu, no board, no notice.
        assert.equal(await page.locator('#side-menu').isVisible(), false);
        assert.equal(await page.locator('#main .board-page').count(), 0);
        assert.equal(await page.locator('#notices > *').count(), 0);
        assert.equal(await page.locator('#site-user .logout').isVisible(), true);
      } else {
        assert.equal(await page.locator('#main .board-page').isVisible(), true);
      }
      expectNoProblems(problems);
      await context.close();
    });
  }
});

test('login shows progress while deriving the key', async () => {
  const user = exported.users[0];
  const { context, page, problems } = await openPage(browser);
  await openSite(page);
  await page.fill('#login-name', user.user);
  await page.fill('#login-password', passwordOf(user.user));
  await page.click('.login-form button[type="submit"]');

  await page.locator('#login-progress').waitFor({ state: 'visible' });
  assert.equal(await page.locator('.login-form button[type="submit"]').isDisabled(), true);
  assert.equal(await page.locator('.login-form').getAttribute('aria-busy'), 'true');
  assert.match(await page.locator('#login-progress').textContent(),
    new RegExp(viewerText('login.progress').slice(0, 20)));
  await page.screenshot({ path: screenshotPath('login', 'progress.png') });

  await page.locator('#site-user').waitFor({ state: 'visible' });
  expectNoProblems(problems);
  await context.close();
});

test('wrong password and unknown user get one neutral message', async () => {
  const user = exported.users[0];
  const { context, page, problems } = await openPage(browser, { allowedErrors: LOGIN_404 });
  await openSite(page);
  const expected = viewerText('login.wrong');
  const attempts = [
    [user.user, `${passwordOf(user.user)}x`],
    [user.user, passwordOf(exported.users[1].user)],
    ['nobody.here', passwordOf(user.user)],
    ['not a valid name!', passwordOf(user.user)],
  ];
  for (const [name, password] of attempts) {
    assert.equal(await submitLogin(page, name, password), expected, `login as '${name}'`);
    assert.equal(await isLoginView(page), true);
    assert.equal(await page.locator('#login-password').inputValue(), '');
  }
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assert.equal(await page.locator('#site-user').isVisible(), false);

  await page.fill('#login-name', '');
  await page.fill('#login-password', '');
  await page.click('.login-form button[type="submit"]');
  assert.equal(collapse(await page.locator('#login-error').textContent()),
    viewerText('login.empty'));
  await page.screenshot({ path: screenshotPath('login', 'wrong-password.png') });
  expectNoProblems(problems);
  await context.close();
});
