// Messages for a file that cannot be loaded or opened, and for a route to
// no readable page.
import { FormatError, IntegrityError } from './crypto.js';
import { h } from './dom.js';
import { NetworkError, NotFoundError } from './fetch.js';
import { t } from './i18n.js';
import { provider } from './shell.js';

// Returns the locale key of the message for `error`.
function problemKey(error) {
  if (error instanceof IntegrityError) {
    return 'problem.tampered';
  }
  if (error instanceof FormatError) {
    return 'problem.unsupported';
  }
  if (error instanceof NotFoundError) {
    return 'problem.missing';
  }
  if (error instanceof NetworkError) {
    return 'problem.network';
  }
  return 'problem.internal';
}

// Returns a panel that explains why `error` stopped a view, announced to
// screen readers. The technical detail goes to the console for the
// provider's support, never a key or any decrypted content.
export function problemPanel(error) {
  const key = problemKey(error);
  console.error(`inzage: ${error.name}: ${error.message}`);
  return h('section', {
    className: `problem ${key.replace('.', '-')}`, role: 'alert',
  },
  h('h2', { text: t(`${key}_title`) }),
  h('p', { text: t(key, { provider: provider() }) }));
}

// Returns a short message for `error`, for a status line beside a button.
export function problemText(error) {
  console.error(`inzage: ${error.name}: ${error.message}`);
  return t(`${problemKey(error)}_short`, { provider: provider() });
}

// Returns the panel for a route that names no page the user can read. It
// does not tell a page that does not exist from one of another client.
export function notFoundPanel() {
  return h('section', { className: 'problem problem-not-found', role: 'alert' },
    h('h2', { text: t('problem.not_found_title') }),
    h('p', {}, t('problem.not_found'), ' ',
      h('a', { href: '#/', text: t('problem.to_board') })));
}
