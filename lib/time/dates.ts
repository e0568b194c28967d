import { PORTAL_TIME_ZONE } from "./brussels";

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * English as a Belgian portal writes it, day before month ("2 December 2026"), as en-GB does;
 * plain "en" would be American ("December 2, 2026").
 */
const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : locale);

function formatter(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: PORTAL_TIME_ZONE, ...options });
    formatters.set(key, found);
  }
  return found;
}

/**
 * A date as Intl writes it, in Brussels time unless `options.timeZone` says otherwise, except that
 * French writes the first of the month as an ordinal ("1er décembre 2026", "1er déc. 2026"),
 * which Intl does not. All-numeric dates ("01/12/2026") stay as they are.
 */
export function formatDate(
  locale: string,
  date: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: "long" },
): string {
  const parts = formatter(locale, options).formatToParts(new Date(date));
  const monthInWords = parts.some((p) => p.type === "month" && /\p{L}/u.test(p.value));
  const ordinalFirst = locale.startsWith("fr") && monthInWords;
  return parts.map((p) => (ordinalFirst && p.type === "day" && p.value === "1" ? "1er" : p.value)).join("");
}
