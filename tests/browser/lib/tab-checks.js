// Checks of each dossier tab against the export: for every tab, the values
// in the export must appear in the page as the locale formats them, in the
// order the viewer promises. Detail pages are opened through their
// links, as a reader would.
import assert from 'node:assert/strict';

import { collapse, markdownText } from './export.js';
import { format } from './fixture.js';
import { minutesBetween } from './locale-format.js';
import { fieldPairs, tableRows, waitForRoute } from './viewer.js';

const text = (key) => format.locale[key.split('.')[0]][key.split('.')[1]];
const dateOrEmpty = (value) => (value ? format.date(value) : '');

async function heading(page) {
  return collapse(await page.locator('#main .fragment h2').first().textContent());
}

// Clicks the link with `href` in the main region and waits for its view.
async function follow(page, href) {
  await page.click(`#main .fragment a[href="${href}"]`);
  await waitForRoute(page, href);
}

// Returns the hrefs of the links in the first column of the first table.
function rowLinks(page) {
  return page.$$eval('#main .fragment table.data-table tbody tr > :first-child a',
    (links) => links.map((link) => link.getAttribute('href')));
}

async function backToTab(page, tabHref) {
  await page.click('#main .back-link a');
  await waitForRoute(page, tabHref);
}

function byDateDescending(a, b) {
  return String(b.date).localeCompare(String(a.date));
}

async function checkGeneral(page, client) {
  const expected = [
    [text('general.name'), client.name],
    [text('general.birth_date'), dateOrEmpty(client.birth_date)],
    [text('general.address'), client.address],
    [text('general.phone'), client.phone],
    [text('general.financing'), client.financing],
    [text('general.personal_caregiver'), client.personal_caregiver],
    ...Object.entries(client.general),
  ].filter(([, value]) => value).map(([label, value]) => [label, collapse(value)]);
  assert.deepEqual(await fieldPairs(page), expected);
}

async function checkContacts(page, client, { tabHref, visit }) {
  assert.deepEqual(await tableRows(page), client.contacts.map((contact) =>
    [contact.name, contact.relation ?? '', contact.phone ?? '', contact.email ?? '']));

  const links = await rowLinks(page);
  assert.equal(links.length, client.contacts.length);
  for (const [index, contact] of client.contacts.entries()) {
    assert.equal(links[index], `${tabHref}/${index + 1}`);
    await follow(page, links[index]);
    assert.equal(await heading(page), contact.name);
    const expected = [
      ['contacts.relation', contact.relation], ['contacts.phone', contact.phone],
      ['contacts.email', contact.email], ['contacts.address', contact.address],
      ['contacts.notes', contact.notes],
    ].filter(([, value]) => value).map(([key, value]) => [text(key), collapse(value)]);
    assert.deepEqual(await fieldPairs(page), expected, `contact ${contact.name}`);
    await visit(`contacts-${index + 1}`);
    await backToTab(page, tabHref);
  }
}

async function checkAgreements(page, client) {
  const general = client.agreements.general ?? [];
  const articles = await page.$$eval('#main .agreement', (nodes) => nodes.map((node) => ({
    title: node.querySelector('h4').textContent.replace(/\s+/g, ' ').trim(),
    body: node.querySelector('.markdown').textContent.replace(/\s+/g, ' ').trim(),
  })));
  assert.deepEqual(articles, general.map((agreement) => ({
    title: collapse(agreement.title), body: markdownText(agreement.description),
  })));

  const periodic = client.agreements.periodic ?? [];
  const rows = periodic.length > 0 ? await tableRows(page) : [];
  assert.deepEqual(rows, periodic.map((agreement) => [
    agreement.title, agreement.schedule ?? '',
    agreement.minutes ? format.minutes(Number(agreement.minutes)) : '',
    agreement.caregiver ?? '', dateOrEmpty(agreement.start), dateOrEmpty(agreement.end),
  ]));
}

async function checkMedication(page, client) {
  assert.deepEqual(await tableRows(page) ?? [], client.medication.map((medicine) => [
    medicine.name, medicine.dose ?? '', medicine.schedule ?? '',
    dateOrEmpty(medicine.start), dateOrEmpty(medicine.end),
    medicine.prescriber ?? '', collapse(medicine.notes ?? ''),
  ]));
}

async function checkReports(page, client) {
  const reports = await page.$$eval('#main .report', (nodes) => nodes.map((node) => {
    const clean = (element) => (element ? element.textContent.replace(/\s+/g, ' ').trim() : '');
    return {
      file: node.dataset.report,
      when: clean(node.querySelector('h3')),
      author: clean(node.querySelector('.report-author')),
      category: clean(node.querySelector('.report-category')),
      body: clean(node.querySelector('.markdown')),
    };
  }));
  const expected = [...client.reports].sort(byDateDescending).map((report) => ({
    file: report.file,
    when: format.dateTime(report.date),
    author: report.author ? `${format.locale.reports.author}: ${report.author}` : '',
    category: report.category ? `${format.locale.reports.category}: ${report.category}` : '',
    body: markdownText(report.body),
  }));
  assert.deepEqual(reports, expected);
}

// Groups presence entries by month, newest month first, each month's
// entries by date and start time.
function presenceMonths(entries) {
  const months = new Map();
  for (const entry of entries) {
    const month = String(entry.date).slice(0, 7);
    if (!months.has(month)) {
      months.set(month, []);
    }
    months.get(month).push(entry);
  }
  return [...months.entries()].sort(([a], [b]) => b.localeCompare(a))
    .map(([month, list]) => ({
      month,
      entries: [...list].sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`)),
      total: list.reduce((sum, entry) => sum + minutesBetween(entry.start, entry.end), 0),
    }));
}

async function checkPresence(page, client, { tabHref, visit }) {
  const months = presenceMonths(client.presence);
  assert.deepEqual(await tableRows(page) ?? [], months.map((month) => [
    format.month(month.month), String(month.entries.length), format.minutes(month.total),
  ]));

  const links = await rowLinks(page);
  for (const [index, month] of months.entries()) {
    assert.equal(links[index], `${tabHref}/${month.month}`);
    await follow(page, links[index]);
    assert.equal(await heading(page), `${format.tabTitle('presence')} ${format.month(month.month)}`);
    assert.deepEqual(await tableRows(page), month.entries.map((entry) => [
      format.date(entry.date), entry.start, entry.end,
      format.minutes(minutesBetween(entry.start, entry.end)),
      entry.caregiver ?? '', entry.activity ?? '',
    ]), `presence ${month.month}`);
    const footer = await tableRows(page, 0, { footer: true });
    assert.deepEqual(footer, [[format.locale.presence.month_total, format.minutes(month.total), '']]);
    await visit(`presence-${month.month}`);
    await backToTab(page, tabHref);
  }
}

function attachmentNames(page, scope) {
  return page.$$eval(`${scope} button[data-attachment] .attachment-name`,
    (names) => names.map((name) => name.textContent.trim()));
}

async function checkDossier(page, client, { tabHref, visit }) {
  const items = [...client.dossier].sort(byDateDescending);
  const rows = await tableRows(page) ?? [];
  assert.equal(rows.length, items.length);
  const signNotice = format.locale.dossier.sign_request;
  for (const [index, item] of items.entries()) {
    const [title, date, author] = rows[index];
    const expectedTitle = item.signRequest ? `${collapse(item.title)}${signNotice}` :
      collapse(item.title);
    assert.equal(title.replace(/\s+/g, ''), expectedTitle.replace(/\s+/g, ''));
    assert.equal(date, format.date(item.date));
    assert.equal(author, item.author ?? '');
    assert.deepEqual(await attachmentNames(page, `#main tbody tr:nth-child(${index + 1})`),
      item.files.map((file) => file.name));
  }

  const links = await rowLinks(page);
  for (const [index, item] of items.entries()) {
    assert.equal(links[index], `${tabHref}/${item.key}`);
    await follow(page, links[index]);
    assert.equal(await heading(page), collapse(item.title));
    assert.equal(collapse(await page.locator('#main .page-meta').textContent()),
      item.author ? `${format.date(item.date)}, ${item.author}` : format.date(item.date));
    const notice = page.locator('#main .page-dossier-item > .notice-sign-request');
    assert.equal(await notice.count(), item.signRequest ? 1 : 0, `sign notice of ${item.key}`);
    if (item.signRequest) {
      assert.equal(collapse(await notice.textContent()), signNotice);
    }
    if (item.description) {
      assert.equal(collapse(await page.locator('#main .page-dossier-item .markdown').textContent()),
        markdownText(item.description));
    }
    assert.deepEqual(await attachmentNames(page, '#main .page-dossier-item'),
      item.files.map((file) => file.name));
    await visit(`dossier-${item.key}`);
    await backToTab(page, tabHref);
  }
}

async function checkInvoices(page, client, { tabHref, visit }) {
  const invoices = [...client.invoices].sort(byDateDescending);
  assert.deepEqual(await tableRows(page) ?? [], invoices.map((invoice) => [
    invoice.number, dateOrEmpty(invoice.date), format.month(invoice.period),
    format.money(invoice.amount), dateOrEmpty(invoice.due),
  ]));

  const links = await rowLinks(page);
  for (const [index, invoice] of invoices.entries()) {
    assert.equal(links[index], `${tabHref}/${invoice.number}`);
    await follow(page, links[index]);
    assert.equal(await heading(page), `${format.locale.invoices.invoice} ${invoice.number}`);
    assert.deepEqual(await fieldPairs(page), [
      [format.locale.invoices.date, dateOrEmpty(invoice.date)],
      [format.locale.invoices.period, format.month(invoice.period)],
      [format.locale.invoices.due, dateOrEmpty(invoice.due)],
      [format.locale.invoices.amount, format.money(invoice.amount)],
    ].filter(([, value]) => value));
    assert.deepEqual(await attachmentNames(page, '#main .invoice-pdf'),
      invoice.pdfFile ? [invoice.pdfFile.name] : []);
    assert.deepEqual(await tableRows(page) ?? [], invoice.lines.map((line) => [
      dateOrEmpty(line.date), line.description, line.code ?? '',
      format.decimal(line.quantity), line.unit ?? '', format.money(line.rate),
      format.money(line.amount),
    ]), `lines of invoice ${invoice.number}`);
    if (invoice.lines.length > 0) {
      assert.deepEqual(await tableRows(page, 0, { footer: true }),
        [[format.locale.invoices.total, format.money(invoice.amount)]]);
    }
    await visit(`invoice-${invoice.number}`);
    await backToTab(page, tabHref);
  }
}

// The check of each tab id. Each receives (page, client of the export,
// {tabHref, visit}); visit(name) is called on every detail page, for
// screenshots.
export const TAB_CHECKS = {
  general: checkGeneral,
  contacts: checkContacts,
  agreements: checkAgreements,
  medication: checkMedication,
  reports: checkReports,
  presence: checkPresence,
  dossier: checkDossier,
  invoices: checkInvoices,
};
