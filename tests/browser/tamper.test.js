// Tampering: a file whose bytes were changed on the server, or a bundle
// moved to another client's folder, gives a clear message and shows
// nothing of it. The tests change the served copy of the site and restore
// each file afterwards.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, openPage } from './lib/browser.js';
import { passwordOf, screenshotPath, siteDir } from './lib/environment.js';
import { collapse } from './lib/export.js';
import { clientByName, clientsOf, expectNoProblems, exported, logInAs, viewerText }
  from './lib/fixture.js';
import { openUser } from './lib/site-keys.js';
import { goTo, goToAndFollow, menuLinks, openSite, submitLogin } from './lib/viewer.js';

// The viewer logs what failed to the console for support staff.
const EXPECTED_ERRORS = [/^inzage: IntegrityError/];

// A user with an attachment, and a user with two clients.
const attachmentReader = exported.users.find((user) =>
  clientsOf(user).some((client) => client.dossier.some((item) => item.files.length > 0)));
const twoClientUser = exported.users.find((user) => user.clients.length >= 2);

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// Runs `body` while `file` in the served site has one byte flipped at
// `offset` (negative: from the end), then restores the file.
async function withFlippedByte(file, offset, body) {
  const original = fs.readFileSync(file);
  const changed = Buffer.from(original);
  const at = offset < 0 ? changed.length + offset : offset;
  changed[at] ^= 0x01;
  fs.writeFileSync(file, changed);
  try {
    await body();
  } finally {
    fs.writeFileSync(file, original);
  }
}

async function pathIdOf(user, clientId) {
  const opened = await openUser(siteDir, user.user, passwordOf(user.user));
  const granted = opened.grants.clients.find((client) =>
    clientByName(client.name).id === clientId);
  return granted.id;
}

async function expectTamperPanel(page) {
  const panel = page.locator('#main .problem-tampered');
  assert.equal(await panel.isVisible(), true, 'no tamper message');
  assert.equal(collapse(await panel.locator('h2').textContent()),
    viewerText('problem.tampered_title'));
  assert.equal(await page.locator('#main .fragment').count(), 0, 'content was shown');
}

test('tampered client bundle shows the message', async () => {
  const user = attachmentReader;
  const client = clientsOf(user)[0];
  const pathId = await pathIdOf(user, client.id);
  const bundle = path.join(siteDir, 'c', pathId, 'bundle.bin');

  for (const offset of [10, 40, -1]) {
    await withFlippedByte(bundle, offset, async () => {
      const { context, page, problems } = await openPage(browser,
        { allowedErrors: EXPECTED_ERRORS });
      await logInAs(page, user);
      await goToAndFollow(page, `#/c/${pathId}/general`);
      await expectTamperPanel(page);
      assert.equal(await page.locator('#main .tabs').count(), 0);
      const text = await page.locator('#main').textContent();
      assert.equal(text.includes(client.address), false);
      if (offset === 40) {
        await page.screenshot({ path: screenshotPath('tamper', 'bundle.png'), fullPage: true });
      }
      expectNoProblems(problems);
      await context.close();
    });
  }
});

test('bundle moved to another client is refused', async () => {
  const user = twoClientUser;
  const [first, second] = clientsOf(user);
  const firstId = await pathIdOf(user, first.id);
  const secondId = await pathIdOf(user, second.id);
  const target = path.join(siteDir, 'c', secondId, 'bundle.bin');
  const original = fs.readFileSync(target);
  fs.copyFileSync(path.join(siteDir, 'c', firstId, 'bundle.bin'), target);
  try {
    const { context, page, problems } = await openPage(browser,
      { allowedErrors: EXPECTED_ERRORS });
    await logInAs(page, user);
    await goToAndFollow(page, `#/c/${secondId}/general`);
    await expectTamperPanel(page);
    assert.equal((await page.locator('#main').textContent()).includes(first.address), false);
    expectNoProblems(problems);
    await context.close();
  } finally {
    fs.writeFileSync(target, original);
  }
});

test('tampered board shows the message', async () => {
  const user = exported.users[0];
  await withFlippedByte(path.join(siteDir, 's', 'board.bin'), -5, async () => {
    const { context, page, problems } = await openPage(browser,
      { allowedErrors: EXPECTED_ERRORS });
    await logInAs(page, user);
    await expectTamperPanel(page);
    // The clients stay reachable from the menu.
    assert.deepEqual((await menuLinks(page, 'clients')).map((link) => link.text).sort(),
      clientsOf(user).map((client) => client.name).sort());
    expectNoProblems(problems);
    await context.close();
  });
});

test('tampered attachment is not downloaded', async () => {
  const user = attachmentReader;
  const client = clientsOf(user).find((candidate) =>
    candidate.dossier.some((item) => item.files.length > 0));
  const pathId = await pathIdOf(user, client.id);
  const { context, page, problems } = await openPage(browser,
    { allowedErrors: EXPECTED_ERRORS });
  await logInAs(page, user);
  await goTo(page, `#/c/${pathId}/dossier`);
  const manifest = await page.evaluate(async (id) => {
    const { loadClientBundle } = await import('./assets/bundle.js');
    const { grantedClient } = await import('./assets/session.js');
    return (await loadClientBundle(grantedClient(id))).attachments;
  }, pathId);
  const file = client.dossier.flatMap((item) => item.files)[0];
  const entry = manifest.find((candidate) => candidate.ref === file.ref);
  const encrypted = path.join(siteDir, 'c', pathId, 'a', `${entry.id}.bin`);

  // A changed chunk, a changed header and a cut-off last chunk.
  const variants = [
    ['chunk', (bytes) => { bytes[bytes.length - 3] ^= 1; return bytes; }],
    ['header', (bytes) => { bytes[10] ^= 1; return bytes; }],
    ['truncated', (bytes) => bytes.subarray(0, bytes.length - 20)],
  ];
  const original = fs.readFileSync(encrypted);
  try {
    for (const [name, change] of variants) {
      fs.writeFileSync(encrypted, change(Buffer.from(original)));
      let downloads = 0;
      page.on('download', () => {
        downloads += 1;
      });
      await page.click(`#main button[data-attachment="${file.ref}"]`);
      const status = page.locator(
        `#main button[data-attachment="${file.ref}"] + .attachment-status.attachment-error`);
      await status.waitFor({ timeout: 15000 });
      assert.equal(collapse(await status.textContent()),
        viewerText('problem.tampered_short', { provider: exported.site.provider }), name);
      await page.waitForTimeout(500);
      assert.equal(downloads, 0, `the ${name} variant was downloaded`);
      if (name === 'chunk') {
        await page.screenshot({ path: screenshotPath('tamper', 'attachment.png'), fullPage: true });
      }
    }
  } finally {
    fs.writeFileSync(encrypted, original);
  }
  expectNoProblems(problems);
  await context.close();
});

test('tampered user file is refused at login', async () => {
  const user = exported.users[0];
  const folder = path.join(siteDir, 'u');
  // The last byte of every user file is flipped, so the grants box fails
  // whichever file is this user's, without the test deriving its name.
  const originals = new Map(fs.readdirSync(folder).map((name) =>
    [name, fs.readFileSync(path.join(folder, name))]));
  try {
    for (const [name, bytes] of originals) {
      const changed = Buffer.from(bytes);
      changed[changed.length - 1] ^= 1;
      fs.writeFileSync(path.join(folder, name), changed);
    }
    const { context, page, problems } = await openPage(browser,
      { allowedErrors: EXPECTED_ERRORS });
    await openSite(page);
    assert.equal(await submitLogin(page, user.user, passwordOf(user.user)),
      viewerText('problem.tampered_short', { provider: exported.site.provider }));
    assert.equal(await page.locator('#site-user').isVisible(), false);
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    expectNoProblems(problems);
    await context.close();
  } finally {
    for (const [name, bytes] of originals) {
      fs.writeFileSync(path.join(folder, name), bytes);
    }
  }
});
