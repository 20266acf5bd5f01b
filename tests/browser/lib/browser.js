// Starts Debian's chromium through playwright-core and opens pages that
// record everything a test must not see: requests to another host,
// Content-Security-Policy violations, uncaught errors and unexpected
// console errors.
import { chromium } from 'playwright-core';

import { siteUrl } from './environment.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run'];

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

// Launches chromium. Each test file uses one browser and closes it.
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
  });
}

// Opens a page in a fresh context (own storage, own downloads) and
// returns {context, page, problems}. `problems` collects what no test may
// cause; call expectNoProblems() at the end of a test. `allowedErrors`
// lists regular expressions for console errors that the test provokes.
// `site` is the URL of the site under test, when it is not the one that
// tests/browser/run serves.
export async function openPage(browser,
  { viewport = DESKTOP, allowedErrors = [], site = siteUrl } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const origin = new URL(site).origin;
  const problems = [];

  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') &&
        !url.startsWith('data:')) {
      problems.push(`request to another host: ${url}`);
    }
  });
  page.on('pageerror', (error) => {
    problems.push(`uncaught error: ${error.message}`);
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content.Security.Policy/i.test(text)) {
      problems.push(`CSP violation: ${text}`);
    } else if (message.type() === 'error' &&
        !allowedErrors.some((pattern) => pattern.test(text))) {
      problems.push(`console error: ${text}`);
    }
  });
  return { context, page, problems };
}
