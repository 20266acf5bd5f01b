// Interface strings of the viewer, from the "viewer" object of
// locales/<language>.json.
import { fetchJson } from './fetch.js';

let strings = {};
let language = 'nl';

// Loads the strings of `requested`, or of Dutch when that language has no
// locale file. Sets the page's lang attribute to the language loaded.
export async function loadStrings(requested) {
  const candidates = requested === 'nl' ? ['nl'] : [requested, 'nl'];
  let lastError = null;
  for (const candidate of candidates) {
    try {
      const locale = await fetchJson(`locales/${candidate}.json`);
      strings = locale && typeof locale.viewer === 'object' ?
        locale.viewer : {};
      language = candidate;
      document.documentElement.lang = candidate;
      return;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

// The language whose strings are loaded.
export function currentLanguage() {
  return language;
}

// Returns the string at the dotted `key` with each {name} replaced by
// params[name]. A missing string shows as its key, so that it is noticed.
export function t(key, params = {}) {
  let node = strings;
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? node[part] : undefined;
  }
  if (typeof node !== 'string') {
    return key;
  }
  return node.replace(/\{([a-z_]+)\}/g, (match, name) =>
    name in params ? String(params[name]) : match);
}
