// Every tab of every client, for every sample user: the values of the
// export appear in the page. Screenshots of each tab at desktop and phone
// width go to test-output/browser/tabs/<client>/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { DESKTOP, PHONE, launchBrowser, openPage } from './lib/browser.js';
import { screenshotPath } from './lib/environment.js';
import { clientByName, clientsOf, expectNoProblems, exported, format, logInAs }
  from './lib/fixture.js';
import { TAB_CHECKS } from './lib/tab-checks.js';
import { menuLinks, tabLinks, waitForCurrentRoute, waitForRoute } from './lib/viewer.js';

let browser;
const photographed = new Set();

before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function screenshotBoth(page, ...parts) {
  const name = parts.pop();
  await page.screenshot({ path: screenshotPath(...parts, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  const overflow = await page.evaluate(() =>
    document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, `${parts.join('/')}/${name} is wider than a phone`);
  await page.screenshot({ path: screenshotPath(...parts, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

async function checkClient(page, clientLink) {
  const client = clientByName(clientLink.text);
  await page.click(`#menu-clients + ul a[href="${clientLink.href}"]`);
  const hash = await waitForCurrentRoute(page);
  const takeScreenshots = !photographed.has(client.id);
  photographed.add(client.id);

  assert.equal(await page.locator('#main h1').textContent(), client.name);
  const tabs = await tabLinks(page);
  assert.deepEqual(tabs.map((tab) => tab.text), client.tabs.map((id) => format.tabTitle(id)),
    `tabs of ${client.id}`);
  assert.equal(hash, `${clientLink.href}/${client.tabs[0]}`, 'the first tab opens');

  for (const [index, id] of client.tabs.entries()) {
    const tabHref = `${clientLink.href}/${id}`;
    assert.equal(tabs[index].href, tabHref);
    await page.click(`#main .tabs a[href="${tabHref}"]`);
    await waitForRoute(page, tabHref);
    assert.deepEqual((await tabLinks(page)).filter((tab) => tab.current).map((tab) => tab.href),
      [tabHref]);
    if (takeScreenshots) {
      await screenshotBoth(page, 'tabs', client.id, id);
    }
    const visit = async (name) => {
      if (takeScreenshots) {
        await page.screenshot({
          path: screenshotPath('tabs', client.id, 'details', `${name}.png`), fullPage: true,
        });
      }
    };
    await TAB_CHECKS[id](page, client, { tabHref, visit });
  }
}

for (const user of exported.users) {
  test(`tabs show the export for ${user.user}`, async () => {
    const { context, page, problems } = await openPage(browser);
    await logInAs(page, user);
    const clients = await menuLinks(page, 'clients');
    assert.deepEqual(clients.map((link) => link.text).sort(),
      clientsOf(user).map((client) => client.name).sort());
    for (const link of clients) {
      await checkClient(page, link);
    }
    expectNoProblems(problems);
    await context.close();
  });
}
