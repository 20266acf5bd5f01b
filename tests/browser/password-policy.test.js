// The viewer's password policy against the shared table of passwords and
// verdicts in tests/data/password_cases.json, which the GoogleTest suite
// runs against the CLI's policy too, so the two cannot disagree.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, openPage } from './lib/browser.js';
import { repoDir } from './lib/environment.js';
import { expectNoProblems, passwordText } from './lib/fixture.js';
import { openSite } from './lib/viewer.js';

const cases = JSON.parse(fs.readFileSync(
  path.join(repoDir, 'tests', 'data', 'password_cases.json'), 'utf8'));

let browser;
let context;
let page;
let problems;
// Case name -> the rule ids that the viewer's module reports.
let verdicts;

before(async () => {
  browser = await launchBrowser();
  ({ context, page, problems } = await openPage(browser));
  await openSite(page);
  verdicts = new Map(await page.evaluate(async (table) => {
    const { checkPassword } = await import('./assets/password-policy.js');
    return table.map((item) => [item.name, checkPassword(item.password)]);
  }, cases));
});
after(async () => {
  await context?.close();
  await browser?.close();
});

test('shared table has cases', () => {
  assert.ok(cases.length > 20, `only ${cases.length} cases`);
  assert.equal(new Set(cases.map((item) => item.name)).size, cases.length,
    'case names are not unique');
});

for (const item of cases) {
  test(`policy case '${item.name}'`, () => {
    assert.deepEqual(verdicts.get(item.name), item.fails);
  });
}

test('every rule has a text in the locale', async () => {
  const rules = await page.evaluate(async () =>
    (await import('./assets/password-policy.js')).PASSWORD_RULES);
  assert.deepEqual(rules, ['min_length', 'digit', 'upper', 'lower', 'sign', 'allowed_chars']);
  for (const rule of rules) {
    assert.ok(passwordText(`rules.${rule}`).length > 0, rule);
  }
  expectNoProblems(problems);
});
