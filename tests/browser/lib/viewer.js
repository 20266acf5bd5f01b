// Actions and reads on the viewer's page, by element ids and classes so that
// they work in every language.
import fs from 'node:fs';

import { siteUrl } from './environment.js';

const TIMEOUT_MS = 15000;

// Normalises a hash the way the viewer stores it in #main[data-route].
function normaliseHash(hash) {
  return hash === '' || hash === '#' ? '#/' : hash;
}

// Waits until the view of `hash` has been rendered.
export async function waitForRoute(page, hash) {
  await page.waitForFunction((expected) => {
    const main = document.getElementById('main');
    return main && main.dataset.route === expected;
  }, normaliseHash(hash), { timeout: TIMEOUT_MS });
}

// Waits until any view has been rendered for the current hash and returns
// that hash.
export async function waitForCurrentRoute(page) {
  await page.waitForFunction(() => {
    const main = document.getElementById('main');
    return main && main.dataset.route === (location.hash || '#/');
  }, null, { timeout: TIMEOUT_MS });
  return page.evaluate(() => location.hash || '#/');
}

// Opens the site at `hash` in a page that has no session yet. `site` is
// the URL of another site than the one that tests/browser/run serves.
export async function openSite(page, hash = '', { site = siteUrl } = {}) {
  await page.goto(`${site}${hash}`);
  await waitForCurrentRoute(page);
}

// Whether the current view is the login form.
export function isLoginView(page) {
  return page.locator('#login-name').isVisible();
}

// Fills in and submits the login form. Returns 'ok' when the logged-in
// frame appears, or the text of the login error.
export async function submitLogin(page, name, password) {
  await page.fill('#login-name', name);
  await page.fill('#login-password', password);
  await page.click('.login-form button[type="submit"]');
  const outcome = page.locator('#site-user:not([hidden]), #login-error:not([hidden])');
  await outcome.first().waitFor({ timeout: TIMEOUT_MS });
  if (await page.locator('#site-user').isVisible()) {
    await waitForCurrentRoute(page);
    return 'ok';
  }
  return (await page.locator('#login-error').textContent()).trim();
}

// Whether the current view is the form that requires a new password.
export function isPasswordChangeView(page) {
  return page.locator('#password-form').isVisible();
}

// Fills in and submits the password change form. Returns 'ok' when the
// page that confirms the change appears, or the text of the form's error.
export async function submitPasswordChange(page, password, repeat = password) {
  await page.fill('#password-new', password);
  await page.fill('#password-repeat', repeat);
  await page.click('#password-form button[type="submit"]');
  const outcome = page.locator('#password-done, #password-error:not([hidden])');
  await outcome.first().waitFor({ timeout: TIMEOUT_MS });
  if (await page.locator('#password-done').isVisible()) {
    return 'ok';
  }
  return (await page.locator('#password-error').innerText()).replace(/\s+/g, ' ').trim();
}

// Returns the rule ids that the password error lists.
export function failedRules(page) {
  return page.$$eval('#password-error li[data-rule]',
    (items) => items.map((item) => item.dataset.rule));
}

// Returns {rule id: met} of the rules shown beside the new password.
export async function ruleStates(page) {
  const states = await page.$$eval('#password-rules .password-rule',
    (items) => items.map((item) => [item.dataset.rule, item.dataset.met === 'true']));
  return Object.fromEntries(states);
}

// Clicks the button that saves the password-change file (`selector`, by
// default the one on the confirmation page). Returns the download's
// suggested name and bytes.
export async function downloadPasswordFile(page, selector = '#password-download') {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT_MS }),
    page.click(selector),
  ]);
  const bytes = fs.readFileSync(await download.path());
  return { name: download.suggestedFilename(), bytes };
}

// Goes on from the confirmation page of a password change to the site and
// waits for the view of the current route.
export async function continueAfterPasswordChange(page) {
  await page.click('#password-continue');
  await page.locator('#password-done').waitFor({ state: 'detached', timeout: TIMEOUT_MS });
  return waitForCurrentRoute(page);
}

// Logs out with the header's button and waits for the login page.
export async function logOut(page) {
  await page.click('#site-user .logout');
  await waitForRoute(page, '#/login');
}

// Goes to `hash` and waits for its view.
export async function goTo(page, hash) {
  await page.evaluate((target) => {
    location.hash = target;
  }, hash);
  await waitForRoute(page, hash);
}

// Goes to `hash`, which the viewer may replace (a client's address leads to
// its first tab), and returns the hash whose view is shown.
export async function goToAndFollow(page, hash) {
  await page.evaluate((target) => {
    location.hash = target;
  }, hash);
  return waitForCurrentRoute(page);
}

// Returns the hrefs and texts of the menu links in a section ('board' or
// 'clients').
export function menuLinks(page, section) {
  return page.$$eval(`#menu-${section} + ul a`, (links) =>
    links.map((link) => ({ href: link.getAttribute('href'), text: link.textContent.trim() })));
}

// Returns the tabs of the client view: [{href, text, current}].
export function tabLinks(page) {
  return page.$$eval('#main .tabs a', (links) => links.map((link) => ({
    href: link.getAttribute('href'),
    text: link.textContent.trim(),
    current: link.getAttribute('aria-current') === 'page',
  })));
}

// Returns the label/value pairs of the first (or `index`-th) field list in
// the main region, with white space collapsed.
export function fieldPairs(page, index = 0) {
  return page.$$eval('#main .fragment dl.fields', (lists, at) => {
    const list = lists[at];
    if (!list) {
      return null;
    }
    const clean = (text) => text.replace(/\s+/g, ' ').trim();
    return [...list.querySelectorAll('.field')].map((field) => [
      clean(field.querySelector('dt').textContent),
      clean(field.querySelector('dd').textContent),
    ]);
  }, index);
}

// Returns the body rows (and with footer, the footer rows) of the
// `index`-th data table in the main region as arrays of cell texts. Tables
// inside rendered Markdown do not count.
export function tableRows(page, index = 0, { footer = false } = {}) {
  return page.$$eval('#main .fragment table.data-table', (tables, [at, withFooter]) => {
    const table = tables[at];
    if (!table) {
      return null;
    }
    const clean = (text) => text.replace(/\s+/g, ' ').trim();
    const selector = withFooter ? 'tfoot tr' : 'tbody tr';
    return [...table.querySelectorAll(selector)].map((row) =>
      [...row.children].map((cell) => clean(cell.textContent)));
  }, [index, footer]);
}

// Returns the text of the main region with white space collapsed.
export async function mainText(page) {
  const text = await page.locator('#main').textContent();
  return text.replace(/\s+/g, ' ').trim();
}

// Returns the whole page's text, header and menu included.
export async function pageText(page) {
  const text = await page.locator('body').textContent();
  return text.replace(/\s+/g, ' ').trim();
}
