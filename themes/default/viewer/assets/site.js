// The public parameters of the site, from site.json.
import { fetchJson } from './fetch.js';

// The only site format this viewer reads.
export const SITE_FORMAT = 1;

// site.json is missing a member or has one of the wrong type, or its format
// is newer than this viewer.
export class SiteConfigError extends Error {
  constructor(message, { newer = false } = {}) {
    super(message);
    this.name = 'SiteConfigError';
    this.newer = newer;
  }
}

function requireType(value, type, member) {
  if (typeof value !== type) {
    throw new SiteConfigError(`site.json: '${member}' must be a ${type}`);
  }
}

// Loads and checks site.json. Returns {siteId (base64), login: {ops, mem},
// language, provider, dropPublicKey (base64, or null when missing)}.
export async function loadSiteConfig() {
  const config = await fetchJson('site.json');
  requireType(config, 'object', 'format');
  requireType(config.format, 'number', 'format');
  if (config.format > SITE_FORMAT) {
    throw new SiteConfigError(
      `site.json: format ${config.format} is newer than this viewer reads`,
      { newer: true });
  }
  requireType(config.site_id, 'string', 'site_id');
  requireType(config.login, 'object', 'login');
  if (config.login.alg !== 'argon2id13') {
    throw new SiteConfigError(
      `site.json: unknown login.alg '${config.login.alg}'`);
  }
  requireType(config.login.ops, 'number', 'login.ops');
  requireType(config.login.mem, 'number', 'login.mem');

  const language = typeof config.language === 'string' &&
      /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(config.language) ?
    config.language : 'nl';
  return {
    siteId: config.site_id,
    login: { ops: config.login.ops, mem: config.login.mem },
    language,
    provider: typeof config.provider === 'string' ? config.provider : '',
    // Only drops need it, so a site without it can still be read.
    dropPublicKey: typeof config.drop_public_key === 'string' ?
      config.drop_public_key : null,
  };
}
