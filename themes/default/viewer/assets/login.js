// The login page: user name and password, the Argon2id derivation with a
// visible progress state, and the opening of the user's keyring and grants,
// from the server or from a new password that this browser keeps.
import { FormatError, IntegrityError, fromBase64, openUserFile, wipe }
  from './crypto.js';
import { formField, h } from './dom.js';
import { NotFoundError, fetchBytes } from './fetch.js';
import { t } from './i18n.js';
import { deriveLoginKeys, normaliseUserName } from './login-kdf.js';
import { matchPendingPassword, openPendingPassword }
  from './pending-password.js';
import { problemText } from './problems.js';
import { IDLE_LIMIT_MS, MUST_CHANGE_PASSWORD, startSession } from './session.js';
import { provider, showView } from './shell.js';

const HEX_ID = /^[0-9a-f]{32}$/;

// A login that failed for a reason the user can act on, such as a wrong
// password. `messageKey` is the locale key of the message shown.
class LoginError extends Error {
  constructor(messageKey) {
    super(messageKey);
    this.name = 'LoginError';
    this.messageKey = messageKey;
  }
}

// Builds the session from the opened user file of `locator`. Rejects
// grants for another user name, which would mean the server mixed up files.
// `pendingPassword` is the locator of a new password that this browser
// keeps for the user, or null. While there is one, the user need not
// choose another.
async function sessionFromUserFile(opened, name, locator, pendingPassword) {
  const { grants } = opened;
  if (grants.user !== name || !Array.isArray(grants.clients)) {
    throw new IntegrityError('the grants belong to another user');
  }
  const clients = [];
  for (const client of grants.clients) {
    if (!HEX_ID.test(client.id) || typeof client.key !== 'string') {
      throw new FormatError('the grants list a client without id or key');
    }
    clients.push({
      id: client.id,
      name: String(client.name ?? ''),
      key: await fromBase64(client.key),
    });
  }
  return {
    user: name,
    name: String(grants.name || name),
    locator,
    keyringFlags: opened.flags,
    mustChangePassword: (opened.flags & MUST_CHANGE_PASSWORD) !== 0 &&
      !pendingPassword,
    pendingPassword,
    siteKey: await fromBase64(grants.site_key),
    boxSecretKey: opened.boxSecretKey,
    signSeed: opened.signSeed,
    grantsBox: opened.grantsBox,
    clients,
  };
}

// Fetches and opens the user file of `locator`. When the server has none,
// opens the one that this browser keeps for a new password. Returns
// {opened, pendingPassword}; throws LoginError('login.wrong') when neither
// exists.
async function openLoginFile(locator, keyringKey) {
  let bytes;
  try {
    bytes = await fetchBytes(`u/${locator}.bin`);
  } catch (error) {
    if (!(error instanceof NotFoundError)) {
      throw error;
    }
    const opened = await openPendingPassword(locator, keyringKey);
    if (!opened) {
      throw new LoginError('login.wrong');
    }
    return { opened, pendingPassword: locator };
  }
  const opened = await openUserFile(bytes, locator, keyringKey);
  const pendingPassword = await matchPendingPassword(locator,
    opened.boxSecretKey);
  return { opened, pendingPassword };
}

// Derives the keys, opens the user file and starts the session.
async function logIn(site, rawName, password) {
  const name = normaliseUserName(rawName);
  if (!name) {
    throw new LoginError('login.wrong');
  }
  const { locator, keyringKey } = await deriveLoginKeys(site, name, password);
  try {
    const { opened, pendingPassword } =
      await openLoginFile(locator, keyringKey);
    let session;
    try {
      session = await sessionFromUserFile(opened, name, locator,
        pendingPassword);
    } catch (error) {
      await wipe(opened.boxSecretKey);
      await wipe(opened.signSeed);
      throw error;
    }
    await startSession(session);
  } finally {
    await wipe(keyringKey);
  }
}

// Shows the login form. `notice` is a locale key shown above it, e.g. after
// a logout for inactivity. Calls onLoggedIn() once a session has started.
export function showLogin(site, { notice = null, onLoggedIn }) {
  const error = h('p', {
    className: 'form-error', id: 'login-error', role: 'alert', hidden: true,
  });
  const progress = h('div', {
    className: 'login-progress', id: 'login-progress', hidden: true,
  },
  h('progress', { 'aria-labelledby': 'login-progress-text' }),
  h('span', { id: 'login-progress-text', text: t('login.progress') }));
  const status = h('p', { className: 'visually-hidden', role: 'status' });
  const submit = h('button', {
    type: 'submit', className: 'button button-primary', text: t('login.submit'),
  });
  const nameField = formField('login-name', t('login.username'), {
    name: 'username', type: 'text', autocomplete: 'username',
    autocapitalize: 'none', spellcheck: 'false', required: true,
    'aria-describedby': 'login-error',
  });
  const passwordField = formField('login-password', t('login.password'), {
    name: 'password', type: 'password', autocomplete: 'current-password',
    required: true, 'aria-describedby': 'login-error',
  });
  const form = h('form', { className: 'login-form', novalidate: true },
    nameField, passwordField, error, submit, progress, status);
  const nameInput = nameField.querySelector('input');
  const passwordInput = passwordField.querySelector('input');

  const setBusy = (busy) => {
    for (const control of [nameInput, passwordInput, submit]) {
      control.disabled = busy;
    }
    form.setAttribute('aria-busy', String(busy));
    progress.hidden = !busy;
    status.textContent = busy ? t('login.progress') : '';
  };
  const showError = (text) => {
    error.textContent = text;
    error.hidden = false;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    if (nameInput.value.trim() === '' || passwordInput.value === '') {
      showError(t('login.empty'));
      (nameInput.value.trim() === '' ? nameInput : passwordInput).focus();
      return;
    }
    setBusy(true);
    try {
      await logIn(site, nameInput.value, passwordInput.value);
      passwordInput.value = '';
      onLoggedIn();
    } catch (failure) {
      setBusy(false);
      passwordInput.value = '';
      showError(failure instanceof LoginError ?
        t(failure.messageKey) : problemText(failure));
      passwordInput.focus();
    }
  });

  const noticeNode = notice ?
    h('p', {
      className: 'notice notice-info', role: 'status',
      text: t(notice, { minutes: IDLE_LIMIT_MS / 60000 }),
    }) :
    null;
  showView(t('login.title'), [
    h('section', { className: 'login', 'aria-labelledby': 'login-title' },
      h('h1', { id: 'login-title', text: t('login.title') }),
      noticeNode,
      h('p', { className: 'login-intro', text: t('login.intro', { provider: provider() }) }),
      form),
  ]);
  nameInput.focus();
}
