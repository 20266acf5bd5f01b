// Turning a decrypted HTML fragment into nodes for the page.
//
// The renderer writes fragments without script, event handler or style
// attribute, and the Content-Security-Policy would block those anyway.
// This pass removes them too, so that a fragment from a faulty or older
// build cannot run code or load anything from another host.

const REMOVED_ELEMENTS = 'script, style, link, meta, base, iframe, frame, ' +
  'frameset, object, embed, applet, form, input, textarea, select, template, ' +
  'svg, math';
// Attributes that load or navigate, and the URL schemes each may use.
// Only a link may lead to another host: everything that loads stays on
// this site.
const URL_ATTRIBUTES = {
  href: ['http', 'https', 'mailto', 'tel'],
  src: [],
  poster: [],
  action: [],
  formaction: [],
  'xlink:href': [],
};

// Accepts a URL that stays on this site or uses one of `schemes`, reading it
// the way a browser does: control characters and spaces at the ends and
// tabs and line breaks anywhere are ignored.
function isAllowedUrl(value, schemes) {
  const url = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (scheme) {
    return schemes.includes(scheme[1].toLowerCase());
  }
  const schemeRelative = /^[/\\][/\\]/.test(url);
  return !schemeRelative || schemes.includes('https');
}

function cleanElement(element) {
  for (const attribute of [...element.attributes]) {
    const name = attribute.name.toLowerCase();
    if (name.startsWith('on') || name === 'style' || name === 'srcdoc' ||
        name === 'srcset') {
      element.removeAttribute(attribute.name);
    } else if (Object.hasOwn(URL_ATTRIBUTES, name) &&
        !isAllowedUrl(attribute.value, URL_ATTRIBUTES[name])) {
      element.removeAttribute(attribute.name);
    }
  }
  const href = element.getAttribute('href') ?? '';
  if (element.tagName === 'A' && /^(https?:|[/\\][/\\])/i.test(href.trim())) {
    // A link to another site opens in a new browsing context, without a
    // reference to this window and without a referrer.
    element.setAttribute('rel', 'noopener noreferrer');
    element.setAttribute('target', '_blank');
  }
}

// Parses `html` inertly and returns a DocumentFragment without active
// content.
export function fragmentFromHtml(html) {
  const template = document.createElement('template');
  template.innerHTML = typeof html === 'string' ? html : '';
  const content = template.content;
  for (const element of content.querySelectorAll(REMOVED_ELEMENTS)) {
    element.remove();
  }
  for (const element of content.querySelectorAll('*')) {
    cleanElement(element);
  }
  return content;
}

// Labels each cell of a data table with its column header, so that a phone
// can show the rows as cards of "header: value" lines (see viewer.css).
// Explicit ARIA roles keep the table's semantics for screen readers when the
// stylesheet changes its display.
function labelCells(table) {
  const headers = [...table.querySelectorAll('thead th')]
    .map((header) => header.textContent.trim());
  const roles = [
    ['', 'table'], ['thead, tbody, tfoot', 'rowgroup'], ['tr', 'row'],
    ['th[scope="col"]', 'columnheader'], ['th[scope="row"]', 'rowheader'],
    ['td', 'cell'],
  ];
  table.setAttribute('role', 'table');
  for (const [selector, role] of roles.slice(1)) {
    for (const element of table.querySelectorAll(selector)) {
      element.setAttribute('role', role);
    }
  }
  for (const row of table.querySelectorAll('tbody tr, tfoot tr')) {
    let column = 0;
    for (const cell of row.children) {
      if (cell.tagName === 'TD' && headers[column]) {
        cell.dataset.label = headers[column];
      }
      column += cell.colSpan || 1;
    }
  }
}

// Wraps each table of `container` in a region that scrolls sideways on a
// narrow screen. The region can take focus, so that keyboard users can
// scroll it, and is named after the heading before the table. Data tables
// also get their cells labelled for the phone layout.
export function wrapTables(container) {
  for (const table of container.querySelectorAll('table')) {
    if (table.classList.contains('data-table')) {
      labelCells(table);
    }
    const wrapper = document.createElement('div');
    wrapper.className = 'table-scroll';
    wrapper.tabIndex = 0;
    wrapper.setAttribute('role', 'region');
    const heading = precedingHeading(table);
    if (heading) {
      wrapper.setAttribute('aria-label', heading.textContent.trim());
    }
    table.before(wrapper);
    wrapper.append(table);
  }
}

function precedingHeading(element) {
  for (let node = element.previousElementSibling ?? element.parentElement;
    node; node = node.previousElementSibling ?? node.parentElement) {
    if (/^H[1-6]$/.test(node.tagName)) {
      return node;
    }
    if (node.classList?.contains('fragment')) {
      return null;
    }
  }
  return null;
}
