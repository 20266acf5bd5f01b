// The bulletin board (Prikbord): the provider's general pages.
import { loadBoard } from './bundle.js';
import { h } from './dom.js';
import { fragmentFromHtml } from './fragment.js';
import { t } from './i18n.js';
import { notFoundPanel, problemPanel } from './problems.js';
import { showView } from './shell.js';

// Shows the board page `slug` of the session's site. `isCurrent()` returns
// whether the route is still current once the board has loaded.
export async function showBoardPage(session, slug, { moveFocus, isCurrent }) {
  const heading = h('h1', { className: 'view-title', text: t('shell.board') });
  let board;
  try {
    board = await loadBoard(session.siteKey);
  } catch (error) {
    if (isCurrent()) {
      showView(t('shell.board'), [heading, problemPanel(error)], { moveFocus });
    }
    return;
  }
  if (!isCurrent()) {
    return;
  }

  const page = board.pages.find((candidate) => candidate.slug === slug);
  if (!page) {
    showView(t('shell.board'), [heading, notFoundPanel()], { moveFocus });
    return;
  }
  showView(page.title, [
    heading,
    h('div', { className: 'fragment' }, fragmentFromHtml(page.html)),
  ], { moveFocus });
}

