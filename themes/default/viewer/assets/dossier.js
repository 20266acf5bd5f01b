// The client dossier: the client's tabs and the page of the current route.
import { enableAttachments } from './attachments.js';
import { loadClientBundle } from './bundle.js';
import { h } from './dom.js';
import { fragmentFromHtml, wrapTables } from './fragment.js';
import { t } from './i18n.js';
import { notFoundPanel, problemPanel } from './problems.js';
import { clientHref, navigate } from './routes.js';
import { grantedClient } from './session.js';
import { showView } from './shell.js';

// Disables any button in a fragment other than an attachment download,
// because this viewer has no feature behind it, and a button that seems to
// work but does nothing would mislead.
function disableUnknownButtons(container) {
  for (const button of container.querySelectorAll('button:not([data-attachment])')) {
    button.disabled = true;
    button.setAttribute('title', t('dossier.not_available'));
  }
}

function tabNavigation(client, bundle, currentTab) {
  return h('nav', { className: 'tabs', 'aria-label': t('dossier.tabs') },
    h('ul', {}, bundle.tabs.map((tab) => h('li', {},
      h('a', {
        href: clientHref(client.id, tab.id),
        'aria-current': tab.id === currentTab ? 'page' : null,
        text: tab.title,
      })))));
}

function toolbar() {
  return h('div', { className: 'page-toolbar' },
    h('button', {
      type: 'button', className: 'button button-secondary print',
      text: t('dossier.print'), onclick: () => window.print(),
    }));
}

// Shows the dossier page of route {clientId, page}. Without a page it goes
// to the client's first tab. A client the session was not granted gets the
// same panel as a page that does not exist.
export async function showClientPage(route, { moveFocus, isCurrent }) {
  const client = grantedClient(route.clientId);
  if (!client) {
    showView(t('problem.not_found_title'), [notFoundPanel()], { moveFocus });
    return;
  }
  const heading = h('h1', { className: 'view-title', text: client.name });

  let bundle;
  try {
    bundle = await loadClientBundle(client);
  } catch (error) {
    if (isCurrent()) {
      showView(client.name, [heading, problemPanel(error)], { moveFocus });
    }
    return;
  }
  if (!isCurrent()) {
    return;
  }
  if (!route.page) {
    if (bundle.tabs.length > 0) {
      navigate(clientHref(client.id, bundle.tabs[0].id), { replace: true });
    } else {
      showView(client.name, [heading, notFoundPanel()], { moveFocus });
    }
    return;
  }

  const tabId = route.page.split('/')[0];
  const tab = bundle.tabs.find((candidate) => candidate.id === tabId);
  const html = tab && Object.hasOwn(bundle.pages, route.page) ?
    bundle.pages[route.page] : null;
  heading.textContent = bundle.name;
  if (html === null) {
    showView(bundle.name, [heading, tabNavigation(client, bundle, tabId),
      notFoundPanel()], { moveFocus });
    return;
  }

  const content = h('div', { className: `fragment tab-${tab.id}` },
    fragmentFromHtml(html));
  wrapTables(content);
  enableAttachments(content, bundle, client);
  disableUnknownButtons(content);
  showView(`${tab.title} – ${bundle.name}`, [
    heading, tabNavigation(client, bundle, tab.id), toolbar(), content,
  ], { moveFocus });
}
