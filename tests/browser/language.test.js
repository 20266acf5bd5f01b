// The interface language follows site.json: Dutch by default, English when
// its language is "en". The test changes the served site.json and restores
// it afterwards.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { PHONE, launchBrowser, openPage } from './lib/browser.js';
import { passwordOf, screenshotPath, siteDir } from './lib/environment.js';
import { collapse } from './lib/export.js';
import { expectNoProblems, exported, passFirstLogin } from './lib/fixture.js';
import { openSite, submitLogin } from './lib/viewer.js';

function viewerStrings(language) {
  return JSON.parse(fs.readFileSync(path.join(siteDir, 'locales', `${language}.json`),
    'utf8')).viewer;
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const language of ['nl', 'en']) {
  test(`interface is in ${language} when site.json says so`, async () => {
    const file = path.join(siteDir, 'site.json');
    const original = fs.readFileSync(file);
    const site = JSON.parse(original);
    fs.writeFileSync(file, JSON.stringify({ ...site, language }));
    const strings = viewerStrings(language);
    try {
      const { context, page, problems } = await openPage(browser);
      await openSite(page);
      assert.equal(await page.evaluate(() => document.documentElement.lang), language);
      assert.equal(collapse(await page.locator('#main h1').textContent()), strings.login.title);
      assert.equal(collapse(await page.locator('label[for="login-name"]').textContent()),
        strings.login.username);
      await page.screenshot({ path: screenshotPath('language', `login-${language}.png`) });

      const user = exported.users[0];
      assert.equal(await submitLogin(page, user.user, passwordOf(user.user)), 'ok');
      assert.equal(collapse(await page.locator('#main h1').textContent()),
        strings.password_change.title);
      await page.fill('#password-new', 'a b');
      await page.screenshot({ path: screenshotPath('language', `password-${language}.png`) });
      await passFirstLogin(page, user);
      assert.equal(collapse(await page.locator('#site-user .logout').textContent()),
        strings.shell.logout);
      assert.equal(collapse(await page.locator('#menu-board').textContent()), strings.shell.board);
      await page.setViewportSize(PHONE);
      await page.screenshot({ path: screenshotPath('language', `board-${language}-phone.png`),
        fullPage: true });
      expectNoProblems(problems);
      await context.close();
    } finally {
      fs.writeFileSync(file, original);
    }
  });
}
