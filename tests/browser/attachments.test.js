// Attachments and invoice PDFs: the browser decrypts them and the download
// is byte for byte the file in the export.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';

import { launchBrowser, openPage } from './lib/browser.js';
import { screenshotPath } from './lib/environment.js';
import { collapse } from './lib/export.js';
import { clientByName, expectNoProblems, exported, logInAs, viewerText }
  from './lib/fixture.js';
import { goTo, menuLinks } from './lib/viewer.js';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// Clicks the attachment button with `ref` and returns the download's
// suggested name and bytes.
async function download(page, ref) {
  const button = page.locator(`#main button[data-attachment="${ref}"]`).first();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 15000 }),
    button.click(),
  ]);
  const bytes = fs.readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes };
}

// The first user of the export who was granted each client.
function readerOfEachClient() {
  const readers = new Map();
  for (const user of exported.users) {
    for (const id of user.clients) {
      if (!readers.has(id)) {
        readers.set(id, user);
      }
    }
  }
  return readers;
}

for (const [clientId, user] of readerOfEachClient()) {
  const client = exported.clients.get(clientId);
  const files = client.dossier.flatMap((item) => item.files);
  const invoices = client.invoices.filter((invoice) => invoice.pdfFile);
  if (!client.tabs.includes('dossier') && !client.tabs.includes('invoices')) {
    continue;
  }

  test(`downloads equal the export for ${clientId}`, async () => {
    const { context, page, problems } = await openPage(browser);
    await logInAs(page, user);
    const link = (await menuLinks(page, 'clients'))
      .find((candidate) => clientByName(candidate.text).id === clientId);
    let checked = 0;

    if (client.tabs.includes('dossier')) {
      await goTo(page, `${link.href}/dossier`);
      for (const file of files) {
        const downloaded = await download(page, file.ref);
        assert.equal(downloaded.name, file.name);
        assert.ok(downloaded.bytes.equals(fs.readFileSync(file.path)),
          `${file.ref} differs from ${file.path}`);
        const status = page.locator(`#main button[data-attachment="${file.ref}"] + .attachment-status`).first();
        assert.equal(collapse(await status.textContent()),
          viewerText('attachment.done', { name: file.name }));
        checked += 1;
      }
      if (files.length > 0) {
        await page.screenshot({ path: screenshotPath('attachments', `${clientId}-dossier.png`), fullPage: true });
      }
    }

    if (client.tabs.includes('invoices')) {
      for (const invoice of invoices) {
        await goTo(page, `${link.href}/invoices/${invoice.number}`);
        const downloaded = await download(page, invoice.pdfFile.ref);
        assert.equal(downloaded.name, invoice.pdfFile.name);
        assert.ok(downloaded.bytes.equals(fs.readFileSync(invoice.pdfFile.path)),
          `${invoice.pdfFile.ref} differs from ${invoice.pdfFile.path}`);
        checked += 1;
      }
    }

    assert.equal(checked, (client.tabs.includes('dossier') ? files.length : 0) +
      (client.tabs.includes('invoices') ? invoices.length : 0));
    expectNoProblems(problems);
    await context.close();
  });
}

test('sample export has a multi-chunk attachment', () => {
  // A file over 64 KiB is encrypted in several secretstream chunks, so the
  // downloads above cover the chunk loop and not only a single final chunk.
  const sizes = [...exported.clients.values()].flatMap((client) =>
    client.dossier.flatMap((item) => item.files.map((file) => fs.statSync(file.path).size)));
  assert.ok(sizes.some((size) => size > 65536), 'no attachment is larger than 64 KiB');
});
