// Isolation between clients: a user sees nothing of a client they were not
// granted, cannot reach it by its address, and its bundle does not open
// with any of the user's keys.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, openPage } from './lib/browser.js';
import { passwordOf, siteDir } from './lib/environment.js';
import { clientByName, clientsOf, expectNoProblems, exported, format, logInAs }
  from './lib/fixture.js';
import { bundleOpensWith, openUser } from './lib/site-keys.js';
import { goTo, goToAndFollow, menuLinks, pageText, tabLinks } from './lib/viewer.js';

let browser;
// Export client id ("c-1001") -> path id (32 hex), from the grants.
const pathIds = new Map();
// User name -> the grants' client keys (base64).
const grantedKeys = new Map();

before(async () => {
  browser = await launchBrowser();
  for (const user of exported.users) {
    const opened = await openUser(siteDir, user.user, passwordOf(user.user));
    assert.ok(opened, `the user file of ${user.user} does not open`);
    grantedKeys.set(user.user, opened.grants.clients.map((client) => client.key));
    for (const granted of opened.grants.clients) {
      pathIds.set(clientByName(granted.name).id, granted.id);
    }
  }
});
after(async () => {
  await browser?.close();
});

// Values of `client` that identify it and appear on no page of `own`.
function identifyingValues(client, own) {
  const values = (candidate) => [candidate.name, candidate.address, candidate.phone,
    candidate.birth_date && format.date(candidate.birth_date), pathIds.get(candidate.id)]
    .filter(Boolean);
  const ownValues = new Set(own.flatMap(values));
  return values(client).filter((value) => !ownValues.has(value));
}

// Visits every tab and every page linked from a tab of the user's clients,
// and returns the text and markup seen.
async function visitEverything(page) {
  const seen = [];
  const record = async () => {
    seen.push(await pageText(page));
    seen.push(await page.content());
  };
  await record();
  for (const client of await menuLinks(page, 'clients')) {
    await goToAndFollow(page, client.href);
    for (const tab of await tabLinks(page)) {
      await goTo(page, tab.href);
      await record();
      const details = await page.$$eval('#main .fragment a[href^="#/c/"]',
        (links) => links.map((link) => link.getAttribute('href')));
      for (const href of details) {
        await goTo(page, href);
        await record();
      }
    }
  }
  seen.push(await page.evaluate(() => JSON.stringify(sessionStorage)));
  seen.push(await page.evaluate(() => JSON.stringify(localStorage)));
  return seen.join('\n');
}

for (const user of exported.users) {
  const own = clientsOf(user);
  const others = [...exported.clients.values()]
    .filter((client) => !user.clients.includes(client.id));

  test(`${user.user} sees no trace of other clients`, async () => {
    const { context, page, problems } = await openPage(browser, {
      allowedErrors: [/Failed to load resource/],
    });
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await logInAs(page, user);

    const seen = await visitEverything(page);
    for (const client of own) {
      assert.ok(seen.includes(client.address), `the pages of ${client.id} were not visited`);
    }
    for (const client of others) {
      const values = identifyingValues(client, own);
      assert.ok(values.includes(client.name), `${client.id} has no name of its own`);
      for (const value of values) {
        assert.equal(seen.includes(value), false,
          `${user.user} saw '${value}' of ${client.id}`);
      }
    }

    for (const client of others) {
      const pathId = pathIds.get(client.id);
      await goToAndFollow(page, `#/c/${pathId}/general`);
      assert.equal(await page.locator('#main .problem-not-found').isVisible(), true);
      assert.equal(await page.locator('#main .fragment').count(), 0);
      assert.equal(requests.some((url) => url.includes(`/c/${pathId}/`)), false,
        `the viewer fetched the bundle of ${client.id}`);
    }

    // With the user's own keys, in the page, another client's bundle fails
    // to authenticate whatever key or associated data is tried.
    for (const client of others) {
      const outcomes = await page.evaluate(async (pathId) => {
        const { openSealedBundle } = await import('./assets/crypto.js');
        const { currentSession } = await import('./assets/session.js');
        const session = currentSession();
        const bytes = new Uint8Array(await (await fetch(`c/${pathId}/bundle.bin`)).arrayBuffer());
        const keys = [session.siteKey, ...session.clients.map((own) => own.key)];
        const ads = [`inzage:bundle:1:${pathId}`,
          ...session.clients.map((own) => `inzage:bundle:1:${own.id}`)];
        const results = [];
        for (const key of keys) {
          for (const ad of ads) {
            results.push(await openSealedBundle(bytes, key, ad)
              .then(() => 'opened', (error) => error.name));
          }
        }
        return results;
      }, pathIds.get(client.id));
      assert.ok(outcomes.length > 0);
      assert.deepEqual([...new Set(outcomes)], ['IntegrityError'],
        `bundle of ${client.id} with the keys of ${user.user}`);
    }
    expectNoProblems(problems);
    await context.close();
  });

  test(`${user.user}'s keys do not open other bundles in Node`, async () => {
    for (const client of others) {
      for (const key of grantedKeys.get(user.user)) {
        assert.equal(await bundleOpensWith(siteDir, pathIds.get(client.id), key), false,
          `bundle of ${client.id} opened with a key of ${user.user}`);
      }
    }
    for (const client of own) {
      const opens = await Promise.all(grantedKeys.get(user.user).map((key) =>
        bundleOpensWith(siteDir, pathIds.get(client.id), key)));
      assert.ok(opens.includes(true), `own bundle of ${client.id} does not open`);
    }
  });
}
