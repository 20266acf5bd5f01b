// Loading and caching the decrypted bulletin board and client bundles for
// the current session.
import { openSealedBundle } from './crypto.js';
import { fetchBytes } from './fetch.js';

const BOARD_AD = 'inzage:board:1';
const HEX_ID = /^[0-9a-f]{32}$/;

let cache = new Map();

function cached(key, load) {
  if (!cache.has(key)) {
    const promise = load();
    cache.set(key, promise);
    // A failed load is not kept, so that navigating again retries it.
    promise.catch(() => {
      if (cache.get(key) === promise) {
        cache.delete(key);
      }
    });
  }
  return cache.get(key);
}

// Returns the board JSON, {pages: [{slug, title, order, html}]}, with the
// landing page first and the others by order, then title.
export function loadBoard(siteKey) {
  return cached('board', async () => {
    const board = await openSealedBundle(await fetchBytes('s/board.bin'),
      siteKey, BOARD_AD);
    const pages = Array.isArray(board.pages) ? board.pages : [];
    const index = pages.filter((page) => page.slug === 'index');
    const others = pages.filter((page) => page.slug !== 'index')
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) ||
        String(a.title).localeCompare(String(b.title)));
    return { pages: [...index, ...others] };
  });
}

// Returns the bundle JSON of a granted client {id, key}: name, tabs, pages
// and attachments.
export function loadClientBundle(client) {
  if (!HEX_ID.test(client.id)) {
    return Promise.reject(new Error(`invalid client id '${client.id}'`));
  }
  return cached(`client:${client.id}`, async () => {
    const bytes = await fetchBytes(`c/${client.id}/bundle.bin`);
    const bundle = await openSealedBundle(bytes, client.key,
      `inzage:bundle:1:${client.id}`);
    return {
      name: String(bundle.name ?? client.name),
      tabs: Array.isArray(bundle.tabs) ? bundle.tabs : [],
      pages: bundle.pages && typeof bundle.pages === 'object' ?
        bundle.pages : {},
      attachments: Array.isArray(bundle.attachments) ?
        bundle.attachments.filter((entry) => HEX_ID.test(entry.id)) : [],
    };
  });
}

// Forgets every decrypted bundle, at logout.
export function clearBundles() {
  cache = new Map();
}
