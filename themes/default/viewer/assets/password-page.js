// The password change that a first login with a provider-issued password
// requires: the form with the rules ticked off while the user types, the
// page that explains what happens next and offers the password-change
// file, and the notice while a new password waits for the provider.
import { saveFile } from './attachments.js';
import { formField, h, replaceChildren } from './dom.js';
import { passwordText, t } from './i18n.js';
import { SamePasswordError, changePassword } from './password-change.js';
import { PASSWORD_RULES, checkPassword } from './password-policy.js';
import { pendingDropFile } from './pending-password.js';
import { problemText } from './problems.js';
import { currentSession } from './session.js';
import { provider, showView } from './shell.js';

const DROP_TYPE = 'application/octet-stream';

// Returns the download name of a password-change file, e.g.
// wachtwoord-<user>-2026-12-04.inzage. `time` is an ISO UTC time.
function dropFileName(session, time) {
  return t('password_change.file_name', {
    user: session.user, date: time.slice(0, 10),
  });
}

function ruleItem(rule) {
  return h('li', { className: 'password-rule', 'data-rule': rule },
    h('span', { className: 'rule-mark', 'aria-hidden': 'true' }),
    h('span', { className: 'rule-text', text: passwordText(`rules.${rule}`) }),
    h('span', { className: 'visually-hidden rule-state' }));
}

// Marks each rule of `list` as met or not by `password`.
function markRules(list, password) {
  const failed = new Set(checkPassword(password));
  for (const item of list.querySelectorAll('.password-rule')) {
    const met = !failed.has(item.dataset.rule);
    item.dataset.met = String(met);
    item.querySelector('.rule-state').textContent =
      ` (${t(met ? 'password_change.rule_met' : 'password_change.rule_unmet')})`;
  }
}

function showError(error, ...children) {
  replaceChildren(error, children);
  error.hidden = false;
}

// Shows the rules that the password breaks, in the words of the locale
// file, as `inzage password check` does.
function showRuleFailures(error, failed) {
  showError(error,
    h('p', { text: passwordText('verdict_failed') }),
    h('ul', {}, failed.map((rule) => h('li', {
      'data-rule': rule, text: passwordText(`rules.${rule}`),
    }))));
}

function saveDropFile(session, dropFile, time, status) {
  const name = dropFileName(session, time);
  saveFile(dropFile, { name, type: DROP_TYPE });
  status.textContent = t('password_change.downloaded', { name });
}

// Shows that the password was changed, what the user must do with the
// password-change file and when the new password works where. Calls
// onDone() when the user goes on to the site.
function showPasswordChanged(session, { dropFile, time, keptHere }, onDone) {
  const status = h('p', { className: 'download-status', role: 'status' });
  const title = t('password_change.done_title');
  const texts = [
    keptHere ? t('password_change.done_here') :
      t('password_change.not_kept', { provider: provider() }),
    t('password_change.done_send', { provider: provider() }),
    t('password_change.done_later', { provider: provider() }),
  ];
  showView(title, [
    h('section', {
      className: 'password-done', id: 'password-done',
      'aria-labelledby': 'password-done-title',
    },
    h('h1', { className: 'view-title', id: 'password-done-title', text: title }),
    texts.map((text) => h('p', { text })),
    h('div', { className: 'button-row' },
      h('button', {
        type: 'button', className: 'button button-primary',
        id: 'password-download', text: t('password_change.download'),
        onclick: () => saveDropFile(session, dropFile, time, status),
      }),
      h('button', {
        type: 'button', className: 'button button-secondary',
        id: 'password-continue', text: t('password_change.continue'),
        onclick: onDone,
      })),
    status),
  ], { moveFocus: true });
}

// Shows the form that requires a new password before anything else. Calls
// onDone() when the password was changed and the user goes on to the site.
export function showPasswordChange(site, session, { onDone }) {
  const error = h('div', {
    className: 'form-error', id: 'password-error', role: 'alert', hidden: true,
  });
  const rules = h('ul', { className: 'password-rules', id: 'password-rules' },
    PASSWORD_RULES.map(ruleItem));
  const progress = h('div', {
    className: 'login-progress', id: 'password-progress', hidden: true,
  },
  h('progress', { 'aria-labelledby': 'password-progress-text' }),
  h('span', { id: 'password-progress-text', text: t('password_change.progress') }));
  const status = h('p', { className: 'visually-hidden', role: 'status' });
  const submit = h('button', {
    type: 'submit', className: 'button button-primary',
    text: t('password_change.submit'),
  });
  const newField = formField('password-new', t('password_change.new_password'), {
    name: 'new-password', type: 'password', autocomplete: 'new-password',
    required: true, 'aria-describedby': 'password-rules password-error',
  });
  const repeatField = formField('password-repeat',
    t('password_change.repeat_password'), {
      name: 'repeat-password', type: 'password', autocomplete: 'new-password',
      required: true, 'aria-describedby': 'password-error',
    });
  // Tells a password manager whose new password this is.
  const userName = h('input', {
    type: 'text', name: 'username', autocomplete: 'username',
    value: session.user, readonly: true, hidden: true,
  });
  const form = h('form', {
    className: 'login-form password-form', id: 'password-form', novalidate: true,
  },
  userName, newField,
  h('div', { className: 'password-rules-box' },
    h('p', { className: 'password-rules-title', text: t('password_change.rules_title') }),
    rules),
  repeatField, error, submit, progress, status);
  const newInput = newField.querySelector('input');
  const repeatInput = repeatField.querySelector('input');
  markRules(rules, '');
  newInput.addEventListener('input', () => markRules(rules, newInput.value));

  const setBusy = (busy) => {
    for (const control of [newInput, repeatInput, submit]) {
      control.disabled = busy;
    }
    form.setAttribute('aria-busy', String(busy));
    progress.hidden = !busy;
    status.textContent = busy ? t('password_change.progress') : '';
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const failed = checkPassword(newInput.value);
    if (failed.length > 0) {
      showRuleFailures(error, failed);
      newInput.focus();
      return;
    }
    if (repeatInput.value !== newInput.value) {
      showError(error, h('p', { text: t('password_change.mismatch') }));
      repeatInput.value = '';
      repeatInput.focus();
      return;
    }

    setBusy(true);
    let result;
    try {
      result = await changePassword(site, session, newInput.value);
    } catch (failure) {
      if (currentSession() !== session) {
        return;
      }
      setBusy(false);
      showError(error, h('p', {
        text: failure instanceof SamePasswordError ?
          t('password_change.same_as_old', { provider: provider() }) :
          problemText(failure),
      }));
      newInput.value = '';
      repeatInput.value = '';
      markRules(rules, '');
      newInput.focus();
      return;
    }
    newInput.value = '';
    repeatInput.value = '';
    showPasswordChanged(session, result, onDone);
  });

  showView(t('password_change.title'), [
    h('section', { className: 'login password-change', 'aria-labelledby': 'password-title' },
      h('h1', { id: 'password-title', text: t('password_change.title') }),
      h('p', {
        className: 'login-intro',
        text: t('password_change.intro', { provider: provider() }),
      }),
      form),
  ]);
  newInput.focus();
}

// Returns the notice for a session whose user chose a new password in this
// browser that the provider has not published yet, with a button that
// saves the password-change file again.
export function pendingPasswordNotice(session) {
  const status = h('span', { className: 'download-status', role: 'status' });
  const locator = session.pendingPassword;
  const download = async () => {
    const dropFile = await pendingDropFile(locator);
    if (dropFile) {
      saveDropFile(session, dropFile, new Date().toISOString(), status);
    } else {
      status.textContent = t('password_change.file_missing', { provider: provider() });
    }
  };
  return h('section', {
    className: 'notice notice-password', 'aria-labelledby': 'password-notice-title',
  },
  h('h2', { id: 'password-notice-title', text: t('password_change.pending_title') }),
  h('p', { text: t('password_change.pending_body', { provider: provider() }) }),
  h('p', { className: 'notice-actions' },
    h('button', {
      type: 'button', className: 'button button-secondary password-file',
      text: t('password_change.download_again'), onclick: download,
    }),
    ' ', status));
}
