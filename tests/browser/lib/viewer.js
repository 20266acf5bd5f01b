// Actions and reads on the viewer's page, by element ids and classes so that
// they work in every language.
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

// Opens the site at `hash` in a page that has no session yet.
export async function openSite(page, hash = '') {
  await page.goto(`${siteUrl}${hash}`);
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
