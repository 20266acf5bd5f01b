// Measures the login key derivation in headless chromium at the served
// site's cost (site.json "login"), as a benchmark and not a test: it
// prints the median of ROUNDS rounds and fails only when a round fails.
//   tests/browser/run SITE CONTENT PASSWORDS tests/browser/login-time.bench.js
// "viewer" is deriveLoginKeys as a login runs it: a new worker that loads
// libsodium.js, then Argon2id and the two subkeys. "argon2id" is
// crypto_pwhash alone on the page's thread.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, openPage } from './lib/browser.js';
import { openSite } from './lib/viewer.js';

const ROUNDS = Number(process.env.INZAGE_BENCH_ROUNDS ?? 5);

let browser;
let context;
let page;

before(async () => {
  browser = await launchBrowser();
  ({ context, page } = await openPage(browser));
  await openSite(page);
});
after(async () => {
  await context?.close();
  await browser?.close();
});

function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

test('login derivation time', async (t) => {
  const result = await page.evaluate(async (rounds) => {
    const { loadSiteConfig } = await import('./assets/site.js');
    const { deriveLoginKeys } = await import('./assets/login-kdf.js');
    const { loadSodium } = await import('./assets/sodium.js');
    const site = await loadSiteConfig();
    const sodium = await loadSodium();
    const viewer = [];
    const argon2id = [];
    for (let round = 0; round < rounds; round += 1) {
      let start = performance.now();
      await deriveLoginKeys(site, 'bench.user', `Bench${round}!pass`);
      viewer.push(performance.now() - start);

      start = performance.now();
      sodium.crypto_pwhash(32, `Bench${round}!pass`, new Uint8Array(16),
        site.login.ops, site.login.mem, sodium.crypto_pwhash_ALG_ARGON2ID13);
      argon2id.push(performance.now() - start);
    }
    return { login: site.login, viewer, argon2id };
  }, ROUNDS);

  assert.equal(result.viewer.length, ROUNDS);
  const round = (times) => times.map((time) => Math.round(time)).join(', ');
  t.diagnostic(`cost: ops ${result.login.ops}, mem ${result.login.mem / 1048576} MiB`);
  t.diagnostic(`viewer (worker): median ${Math.round(median(result.viewer))} ms ` +
    `of ${round(result.viewer)}`);
  t.diagnostic(`argon2id (page thread): median ${Math.round(median(result.argon2id))} ms ` +
    `of ${round(result.argon2id)}`);
});
