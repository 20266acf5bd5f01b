// The frame around every view: the header with the user and the logout
// button, the notices, the left-hand menu and the main region.
import { byId, h, replaceChildren } from './dom.js';
import { t } from './i18n.js';
import { boardHref, clientHref } from './routes.js';

let providerName = '';

// Fills in the provider's name and wires the skip link and the menu button.
export function initShell(site) {
  providerName = site.provider;
  byId('site-name').textContent = site.provider || 'Inzage';

  const skipLink = byId('skip-link');
  skipLink.textContent = t('shell.skip_to_content');
  skipLink.hidden = false;
  // The hash belongs to the router, so the skip link moves focus itself.
  skipLink.addEventListener('click', (event) => {
    event.preventDefault();
    byId('main').focus();
  });
}

// Shows the frame of a logged-out visitor: no user, no menu, no notices.
export function showLoggedOutShell() {
  replaceChildren(byId('site-user'));
  byId('site-user').hidden = true;
  replaceChildren(byId('side-menu'));
  byId('side-menu').hidden = true;
  replaceChildren(byId('notices'));
  byId('layout').classList.remove('no-menu');
  byId('layout').classList.add('logged-out');
}

function menuSection(id, title, links) {
  return h('section', { className: 'menu-section', 'aria-labelledby': id },
    h('h2', { className: 'menu-heading', id, text: title }),
    h('ul', {}, links.map(([href, text]) =>
      h('li', {}, h('a', { href, text })))));
}

function showUser(session, onLogout) {
  const user = byId('site-user');
  replaceChildren(user,
    h('span', { className: 'user-name' },
      t('shell.logged_in_as', { name: session.name })),
    h('button', {
      type: 'button', className: 'button button-secondary logout',
      text: t('shell.logout'), onclick: onLogout,
    }));
  user.hidden = false;
}

// Shows the frame while the user must choose a new password: the user's
// name with a logout button, but no menu, because nothing of the site is
// shown before the change.
export function showPasswordChangeShell(session, onLogout) {
  showUser(session, onLogout);
  replaceChildren(byId('notices'));
  replaceChildren(byId('side-menu'));
  byId('side-menu').hidden = true;
  byId('layout').classList.remove('logged-out');
  byId('layout').classList.add('no-menu');
}

// Shows the frame of a logged-in user: the user's name with a logout
// button, and `notice` (a node, or null) above the content. The menu lists
// the board pages and the granted clients. `boardPages` is null when the
// board cannot be read.
export function showLoggedInShell(session, boardPages, onLogout, notice = null) {
  showUser(session, onLogout);
  replaceChildren(byId('notices'), notice);

  const sections = [];
  if (boardPages) {
    sections.push(menuSection('menu-board', t('shell.board'),
      boardPages.map((page) => [boardHref(page.slug), page.title])));
  }
  if (session.clients.length > 0) {
    sections.push(menuSection('menu-clients', t('shell.client_dossier'),
      session.clients.map((client) => [clientHref(client.id), client.name])));
  }
  const list = h('div', { className: 'menu-list', id: 'menu-list' }, sections);
  const toggle = h('button', {
    type: 'button', className: 'button menu-toggle',
    'aria-expanded': 'false', 'aria-controls': 'menu-list',
    text: t('shell.menu'),
    onclick: () => setMenuOpen(toggle.getAttribute('aria-expanded') !== 'true'),
  });

  const menu = byId('side-menu');
  menu.setAttribute('aria-label', t('shell.menu'));
  replaceChildren(menu, toggle, list);
  menu.hidden = false;
  byId('layout').classList.remove('logged-out', 'no-menu');
}

// Opens or closes the menu, which is folded away on narrow screens.
export function setMenuOpen(open) {
  const toggle = document.querySelector('.menu-toggle');
  if (toggle) {
    toggle.setAttribute('aria-expanded', String(open));
    byId('side-menu').classList.toggle('open', open);
  }
}

// Marks the menu link whose hash is `hash`, or that `hash` starts with
// (a client's tab), as the current page.
export function markCurrentMenuItem(hash) {
  for (const link of byId('side-menu').querySelectorAll('a')) {
    const href = link.getAttribute('href');
    const current = href === hash ||
      (href.startsWith('#/c/') && hash.startsWith(`${href}/`));
    if (current) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

// Replaces the main region with `nodes` and sets the document title. With
// moveFocus, focus goes to the main region, so that a screen reader starts
// reading the new view.
export function showView(title, nodes, { moveFocus = false } = {}) {
  const main = byId('main');
  replaceChildren(main, nodes);
  // The route whose view is shown, for tests and styles that need to know.
  main.dataset.route = location.hash || '#/';
  document.title = title ? `${title} – ${providerName || 'Inzage'}` :
    providerName || 'Inzage';
  if (moveFocus) {
    main.focus({ preventScroll: false });
  }
}

// The provider's display name, from site.json.
export function provider() {
  return providerName;
}
