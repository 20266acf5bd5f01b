// The viewer's entry point: loads the site parameters and strings, restores
// a session after a reload and shows the view of each hash route.
import { forgetDownloads } from './attachments.js';
import { showBoardPage } from './board.js';
import { clearBundles, loadBoard } from './bundle.js';
import { byId, h, replaceChildren } from './dom.js';
import { showClientPage } from './dossier.js';
import { loadStrings } from './i18n.js';
import { showLogin } from './login.js';
import { pendingPasswordNotice, showPasswordChange } from './password-page.js';
import { notFoundPanel } from './problems.js';
import { LOGIN_HREF, navigate, parseRoute, watchRoutes } from './routes.js';
import { currentSession, endSession, restoreSession, setIdleHandler }
  from './session.js';
import { initShell, markCurrentMenuItem, setMenuOpen, showLoggedInShell,
  showLoggedOutShell, showPasswordChangeShell, showView } from './shell.js';
import { SiteConfigError, loadSiteConfig } from './site.js';
import { loadSodium } from './sodium.js';

let site = null;
let renderCount = 0;
let firstRender = true;
let shellSession = null;
let pendingNotice = null;

// Shows the logged-in frame once per session, with the board's page titles
// in the menu and the notice of a new password that waits for the
// provider. When the board cannot be opened, the menu lists only the
// clients and the board view explains the problem.
async function ensureShell(session) {
  if (shellSession === session) {
    return;
  }
  let pages = null;
  try {
    pages = (await loadBoard(session.siteKey)).pages;
  } catch {
    pages = null;
  }
  if (currentSession() === session) {
    const notice = session.pendingPassword ?
      pendingPasswordNotice(session) : null;
    showLoggedInShell(session, pages, () => logOut(), notice);
    shellSession = session;
  }
}

async function renderRoute(route) {
  const token = ++renderCount;
  const isCurrent = () => token === renderCount;
  const moveFocus = !firstRender;
  firstRender = false;
  // Cleared until showView sets it, so that tests wait for the new view.
  delete byId('main').dataset.route;

  const session = currentSession();
  if (!session) {
    showLoggedOutShell();
    const notice = pendingNotice;
    pendingNotice = null;
    showLogin(site, { notice, onLoggedIn });
    return;
  }
  if (route.kind === 'login') {
    navigate('#/', { replace: true });
    return;
  }
  if (session.mustChangePassword) {
    // Nothing of the site, not even the board, before the new password.
    shellSession = null;
    showPasswordChangeShell(session, () => logOut());
    showPasswordChange(site, session, { onDone: renderCurrentRoute });
    return;
  }

  await ensureShell(session);
  if (!isCurrent()) {
    return;
  }
  markCurrentMenuItem(location.hash || '#/');
  setMenuOpen(false);
  if (route.kind === 'board') {
    await showBoardPage(session, route.slug, { moveFocus, isCurrent });
  } else if (route.kind === 'client') {
    await showClientPage(route, { moveFocus, isCurrent });
  } else {
    showView('', [notFoundPanel()], { moveFocus });
  }
}

function renderCurrentRoute() {
  renderRoute(parseRoute(location.hash));
}

// Shows the page whose link led to the login form, or the board when the
// user came to the login page directly.
function onLoggedIn() {
  if (parseRoute(location.hash).kind === 'login') {
    navigate('#/', { replace: true });
  } else {
    renderCurrentRoute();
  }
}

function forgetSessionState() {
  clearBundles();
  forgetDownloads();
  shellSession = null;
}

// Ends the session at the user's request and goes to the login page.
async function logOut() {
  await endSession();
  forgetSessionState();
  pendingNotice = 'login.logged_out';
  navigate(LOGIN_HREF);
}

// Runs after the session ended for inactivity. The login page appears in
// place, so that logging in again returns to the same page.
function onIdle() {
  forgetSessionState();
  pendingNotice = 'login.idle';
  renderCurrentRoute();
}

// Shows a failure to start in both languages, because the interface
// strings may be what failed to load.
function showBootFailure(error) {
  console.error(`inzage: ${error.name}: ${error.message}`);
  const newer = error instanceof SiteConfigError && error.newer;
  const texts = newer ? [
    ['nl', 'Deze site is gebouwd in een nieuwer formaat dan deze pagina kan lezen. Laad de pagina opnieuw.'],
    ['en', 'This site was built in a newer format than this page can read. Reload the page.'],
  ] : [
    ['nl', 'De site kon niet worden geladen. Probeer het later opnieuw of neem contact op met uw zorgaanbieder.'],
    ['en', 'The site could not be loaded. Try again later or contact your care provider.'],
  ];
  replaceChildren(byId('main'), h('section', { className: 'problem', role: 'alert' },
    texts.map(([lang, text]) => h('p', { lang, text }))));
}

async function boot() {
  try {
    site = await loadSiteConfig();
    await loadStrings(site.language);
    await loadSodium();
  } catch (error) {
    showBootFailure(error);
    return;
  }
  initShell(site);
  await restoreSession();
  setIdleHandler(onIdle);
  watchRoutes(renderRoute);
}

boot();
