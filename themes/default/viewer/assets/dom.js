// Small helpers for building the interface without a framework.

// Creates an element with `children` (nodes or strings). In `attributes`,
// the keys `text` (textContent), `className` and `hidden` set properties,
// a function under a key starting with "on" becomes an event listener, and
// every other key sets an attribute. A null or false value is left out.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'text') {
      element.textContent = value;
    } else if (key === 'className') {
      element.className = value;
    } else if (key === 'hidden') {
      element.hidden = Boolean(value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

// Returns a labelled form field: a label and an input with `attributes`.
export function formField(id, label, attributes) {
  return h('div', { className: 'form-field' },
    h('label', { for: id, text: label }),
    h('input', { id, ...attributes }));
}

// Replaces every child of `parent` with `children`.
export function replaceChildren(parent, ...children) {
  parent.replaceChildren(...children.flat().filter((child) => child));
}

// Returns the element with the id, which index.html must contain.
export function byId(id) {
  const element = document.getElementById(id);
  if (!element) {
    throw new Error(`Internal error: index.html has no element #${id}`);
  }
  return element;
}
