// Downloading attachments and invoice PDFs: the browser fetches the
// encrypted file, decrypts and checks it, and saves the plain bytes.
// saveFile also saves the files that the viewer makes, such as drops.
import { openAttachment } from './crypto.js';
import { h } from './dom.js';
import { fetchBytes } from './fetch.js';
import { t } from './i18n.js';
import { problemText } from './problems.js';

// How long a download's object URL stays valid after the click.
const OBJECT_URL_LIFETIME_MS = 60 * 1000;

const objectUrls = new Set();

// Saves `bytes` as a download named entry.name, of MIME type entry.type.
export function saveFile(bytes, entry) {
  const blob = new Blob([bytes], {
    type: entry.type || 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  objectUrls.add(url);
  const link = h('a', { href: url, download: entry.name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
    objectUrls.delete(url);
  }, OBJECT_URL_LIFETIME_MS);
}

// Returns the status line after `button`, creating it on first use.
function statusFor(button) {
  const next = button.nextElementSibling;
  if (next?.classList.contains('attachment-status')) {
    return next;
  }
  const status = h('span', { className: 'attachment-status', role: 'status' });
  button.after(status);
  return status;
}

async function download(button, entry, client) {
  const status = statusFor(button);
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  status.classList.remove('attachment-error');
  status.removeAttribute('role');
  status.setAttribute('role', 'status');
  status.textContent = t('attachment.busy');
  try {
    const bytes = await fetchBytes(`c/${client.id}/a/${entry.id}.bin`);
    const plain = await openAttachment(bytes, entry);
    saveFile(plain, entry);
    status.textContent = t('attachment.done', { name: entry.name });
  } catch (error) {
    status.classList.add('attachment-error');
    status.setAttribute('role', 'alert');
    status.textContent = problemText(error);
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

// Makes every attachment button in `container` download its file from the
// client's bundle. A button whose ref the bundle does not list is disabled
// with a note, because the build left its file out.
export function enableAttachments(container, bundle, client) {
  const byRef = new Map(bundle.attachments.map((entry) => [entry.ref, entry]));
  for (const button of container.querySelectorAll('button[data-attachment]')) {
    const entry = byRef.get(button.dataset.attachment);
    if (!entry) {
      button.disabled = true;
      button.after(h('span', {
        className: 'attachment-status attachment-error',
        text: t('attachment.missing'),
      }));
      continue;
    }
    button.setAttribute('title', t('attachment.download', { name: entry.name }));
    button.addEventListener('click', () => download(button, entry, client));
  }
}

// Revokes the object URLs of recent downloads, at logout.
export function forgetDownloads() {
  for (const url of objectUrls) {
    URL.revokeObjectURL(url);
  }
  objectUrls.clear();
}
