// Formats export values the way the site's locale file prescribes, so that
// a test can look for "14 maart 1939" where the export has 1939-03-14.
// The patterns come from the served locales/<language>.json.
import fs from 'node:fs';
import path from 'node:path';

function fill(pattern, values) {
  return pattern.replace(/\{([a-z_]+)\}/g, (match, name) =>
    name in values ? values[name] : match);
}

// Parses a decimal string ("84.15", "1.5", "-3") into hundredths.
function hundredths(text) {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(text).trim());
  if (!match) {
    throw new Error(`invalid decimal '${text}' in the export`);
  }
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -cents : cents;
}

// Returns the formatting functions of the site's language.
export function loadLocaleFormat(siteDir, language) {
  const locale = JSON.parse(fs.readFileSync(
    path.join(siteDir, 'locales', `${language}.json`), 'utf8'));
  const months = locale.date.months;

  const groupDigits = (digits) =>
    digits.replace(/\B(?=(\d{3})+(?!\d))/g, locale.number.group_separator);

  const format = {
    locale,

    // "1939-03-14" -> "14 maart 1939"
    date(iso) {
      const [year, month, day] = String(iso).split('-').map(Number);
      return fill(locale.date.format, {
        day: String(day), month: months[month - 1], year: String(year),
      });
    },

    // "2026-11" -> "november 2026"
    month(yearMonth) {
      const [year, month] = String(yearMonth).split('-').map(Number);
      return fill(locale.date.month_format, {
        month: months[month - 1], year: String(year),
      });
    },

    // "2026-11-24T16:10" -> "24 november 2026, 16:10"
    dateTime(iso) {
      const [date, time] = String(iso).split('T');
      return fill(locale.date.date_time_format, {
        date: format.date(date), time: time.slice(0, 5),
      });
    },

    // "1.5" -> "1,50"
    decimal(text) {
      const cents = Math.abs(hundredths(text));
      const whole = groupDigits(String(Math.floor(cents / 100)));
      const fraction = String(cents % 100).padStart(2, '0');
      const sign = hundredths(text) < 0 ? '-' : '';
      return `${sign}${whole}${locale.number.decimal_separator}${fraction}`;
    },

    // "84.15" -> "€ 84,15"
    money(text) {
      const negative = hundredths(text) < 0;
      const amount = format.decimal(String(text).replace(/^-/, ''));
      return fill(negative ? locale.money.negative_format : locale.money.format,
        { amount });
    },

    // 45 -> "0:45", 330 -> "5:30"
    minutes(total) {
      return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
    },

    // The tab title of a tab id, e.g. "Algemeen".
    tabTitle(id) {
      return locale.tab[id];
    },
  };
  return format;
}

// Minutes from "HH:MM" to "HH:MM".
export function minutesBetween(start, end) {
  const toMinutes = (time) => {
    const [hours, minutes] = String(time).split(':').map(Number);
    return hours * 60 + minutes;
  };
  return toMinutes(end) - toMinutes(start);
}
