// Reads the sample export with a YAML parser of its own, so that the tests
// check the site against the export and not against the generator's view
// of it. Every scalar stays a string (YAML failsafe schema), so dates and
// amounts are compared exactly as written.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

// Tab ids in display order, and whether an optional tab is on when neither
// site.yaml nor the client switches it. Algemeen, Zorgafspraken and
// Rapportage are always on.
const TAB_ORDER = ['general', 'contacts', 'agreements', 'medication',
  'reports', 'presence', 'dossier', 'invoices'];
const ALWAYS_ON = new Set(['general', 'agreements', 'reports']);
const DEFAULT_ON = {
  contacts: true, medication: true, presence: true, dossier: true,
  invoices: false,
};

function readYaml(file) {
  return YAML.parse(fs.readFileSync(file, 'utf8'), { schema: 'failsafe' });
}

function readOptionalYaml(file, fallback) {
  return fs.existsSync(file) ? readYaml(file) ?? fallback : fallback;
}

// Splits a Markdown file into its front matter (parsed) and body.
function readMarkdown(file) {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) {
    return { meta: {}, body: text };
  }
  return {
    meta: YAML.parse(match[1], { schema: 'failsafe' }) ?? {},
    body: match[2],
  };
}

function isTrue(value) {
  return value === 'true' || value === 'yes';
}

function listFiles(folder, extension) {
  if (!fs.existsSync(folder)) {
    return [];
  }
  return fs.readdirSync(folder).filter((name) => name.endsWith(extension)).sort();
}

// The tab ids a client's bundle must have, from site.yaml and the client's
// own tabs overrides.
function expectedTabs(siteTabs, clientTabs) {
  return TAB_ORDER.filter((id) => {
    if (ALWAYS_ON.has(id)) {
      return true;
    }
    if (clientTabs && id in clientTabs) {
      return isTrue(clientTabs[id]);
    }
    if (siteTabs && id in siteTabs) {
      return isTrue(siteTabs[id]);
    }
    return DEFAULT_ON[id];
  });
}

function loadClient(contentDir, id, siteTabs) {
  const dir = path.join(contentDir, 'clients', id);
  const client = readYaml(path.join(dir, 'client.yaml'));

  const reports = listFiles(path.join(dir, 'reports'), '.md').map((file) => {
    const { meta, body } = readMarkdown(path.join(dir, 'reports', file));
    return { file, date: meta.date, author: meta.author, category: meta.category, body };
  });

  const dossierDir = path.join(dir, 'dossier');
  const dossier = fs.existsSync(dossierDir) ?
    fs.readdirSync(dossierDir).sort()
      .filter((key) => fs.existsSync(path.join(dossierDir, key, 'item.yaml')))
      .map((key) => {
        const item = readYaml(path.join(dossierDir, key, 'item.yaml'));
        return {
          key,
          ...item,
          files: (item.files ?? []).map((name) => ({
            name,
            ref: `dossier/${key}/${name}`,
            path: path.join(dossierDir, key, name),
          })),
          signRequest: isTrue(item.sign_request),
        };
      }) : [];

  const invoices = listFiles(path.join(dir, 'invoices'), '.yaml').map((file) => {
    const invoice = readYaml(path.join(dir, 'invoices', file));
    return {
      ...invoice,
      lines: invoice.lines ?? [],
      pdfFile: invoice.pdf ? {
        name: invoice.pdf,
        ref: `invoices/${invoice.pdf}`,
        path: path.join(dir, 'invoices', invoice.pdf),
      } : null,
    };
  });

  return {
    id,
    dir,
    ...client,
    general: client.general ?? {},
    tabs: expectedTabs(siteTabs, client.tabs),
    contacts: readOptionalYaml(path.join(dir, 'contacts.yaml'), []),
    agreements: readOptionalYaml(path.join(dir, 'agreements.yaml'), {}),
    medication: readOptionalYaml(path.join(dir, 'medication.yaml'), []),
    presence: readOptionalYaml(path.join(dir, 'presence.yaml'), []),
    reports,
    dossier,
    invoices,
  };
}

// Loads site.yaml, the board, the users and every client of the export.
// Users are sorted by name; `clients` maps a client id ("c-1001") to its
// data.
export function loadExport(contentDir) {
  const site = readYaml(path.join(contentDir, 'site.yaml'));
  const users = listFiles(path.join(contentDir, 'users'), '.yaml').map((file) => {
    const user = readYaml(path.join(contentDir, 'users', file));
    return { user: file.replace(/\.yaml$/, ''), ...user, clients: user.clients ?? [] };
  });
  const clients = new Map();
  for (const id of fs.readdirSync(path.join(contentDir, 'clients')).sort()) {
    if (fs.existsSync(path.join(contentDir, 'clients', id, 'client.yaml'))) {
      clients.set(id, loadClient(contentDir, id, site.tabs));
    }
  }
  const board = listFiles(path.join(contentDir, 'board'), '.md').map((file) => {
    const { meta, body } = readMarkdown(path.join(contentDir, 'board', file));
    return { slug: file.replace(/\.md$/, ''), title: meta.title, body };
  });
  return {
    site: { ...site, language: site.language ?? 'nl' },
    users,
    clients,
    board,
  };
}

// Reduces Markdown to its visible text, with white space collapsed:
// no emphasis marks, list markers, heading or quote marks, hard line
// breaks, table pipes or delimiter rows, and link text without its address. Enough for the plain
// Markdown of the sample export.
export function markdownText(markdown) {
  return collapse(String(markdown ?? '')
    .replace(/\\$/gm, '')
    .replace(/^\s*\|?(\s*:?-+:?\s*\|)+\s*:?-*:?\s*$/gm, '')
    .replace(/\|/g, ' ')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/(^|\s)_([^_]+)_(?=\s|[.,;:!?]|$)/g, '$1$2'));
}

// Collapses runs of white space to one space and trims the ends.
export function collapse(text) {
  return String(text ?? '').replace(/\s+/g, ' ').trim();
}
