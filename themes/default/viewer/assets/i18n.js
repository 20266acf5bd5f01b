// Interface strings of the viewer, from the "viewer" object of
// locales/<language>.json, and the password texts that the viewer shares
// with `inzage password check`, from its "password" object.
import { fetchJson } from './fetch.js';

let strings = {};
let passwordStrings = {};
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
      passwordStrings = locale && typeof locale.password === 'object' ?
        locale.password : {};
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

function lookUp(root, key, params) {
  let node = root;
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? node[part] : undefined;
  }
  if (typeof node !== 'string') {
    return key;
  }
  return node.replace(/\{([a-z_]+)\}/g, (match, name) =>
    name in params ? String(params[name]) : match);
}

// Returns the viewer string at the dotted `key` with each {name} replaced
// by params[name]. A missing string shows as its key, so that it is
// noticed.
export function t(key, params = {}) {
  return lookUp(strings, key, params);
}

// Returns a password text, e.g. passwordText('rules.digit') for the rule
// "password.rules.digit" of the locale file.
export function passwordText(key) {
  return lookUp(passwordStrings, key, {});
}
