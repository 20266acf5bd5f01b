// Hash routes, so that reload, the back button and deep links work on a
// static host:
//   #/                          the bulletin board's landing page
//   #/board/<slug>              another board page
//   #/c/<client>                a client's first tab
//   #/c/<client>/<page route>   a tab or detail page, e.g. contacts/2
//   #/login                     the login page

function decodeSegments(path) {
  try {
    return path.split('/').filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

// Parses a location hash into {kind: 'board', slug}, {kind: 'client',
// clientId, page (null for the first tab)}, {kind: 'login'} or
// {kind: 'unknown'}.
export function parseRoute(hash) {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') {
    return { kind: 'board', slug: 'index' };
  }
  const segments = path.startsWith('/') ? decodeSegments(path) : null;
  if (!segments || segments.length === 0) {
    return { kind: 'unknown' };
  }
  const [head, ...rest] = segments;
  if (head === 'login' && rest.length === 0) {
    return { kind: 'login' };
  }
  if (head === 'board' && rest.length === 1) {
    return { kind: 'board', slug: rest[0] };
  }
  if (head === 'c' && rest.length >= 1) {
    return {
      kind: 'client',
      clientId: rest[0],
      page: rest.length > 1 ? rest.slice(1).join('/') : null,
    };
  }
  return { kind: 'unknown' };
}

// The hash of a board page.
export function boardHref(slug) {
  return slug === 'index' ? '#/' : `#/board/${encodeURIComponent(slug)}`;
}

// The hash of a client page; without `page`, of the client's first tab.
export function clientHref(clientId, page = null) {
  const base = `#/c/${encodeURIComponent(clientId)}`;
  if (!page) {
    return base;
  }
  return `${base}/${page.split('/').map(encodeURIComponent).join('/')}`;
}

// The hash of the login page.
export const LOGIN_HREF = '#/login';

// Goes to `hash`. With replace, the current history entry is replaced, so
// that the back button skips it; a hashchange event follows either way.
export function navigate(hash, { replace = false } = {}) {
  if (location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    return;
  }
  if (replace) {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

// Calls `callback(route)` now and on every change of the hash.
export function watchRoutes(callback) {
  window.addEventListener('hashchange', () => callback(parseRoute(location.hash)));
  callback(parseRoute(location.hash));
}
