import { locales, type Locale } from "./routing";

/** The language preferred when a translation is missing and the reader's own is unavailable. */
const lingua: Locale = "en";

/** The order in which translations are tried for a reader of `locale`. */
export function fallbackOrder(locale: Locale): Locale[] {
  const others = locales.filter((l) => l !== locale);
  others.sort((a, b) => Number(b === lingua) - Number(a === lingua));
  return [locale, ...others];
}

/**
 * The best supported locale for an Accept-Language header, or null when nothing in it is
 * supported (the visitor then chooses on the language-choice page).
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const ranges = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [range, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: range.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    const primary = tag.split("-")[0];
    const match = locales.find((l) => l === primary);
    if (match) return match;
  }
  return null;
}

/**
 * The `lang` attribute a text needs on a page: its own language when it is shown in place of a
 * missing translation, none when it is in the page's language (the page already says so).
 */
export function langAttribute(text: { lang: Locale; isFallback: boolean }): Locale | undefined {
  return text.isFallback ? text.lang : undefined;
}

/**
 * Each language's name in itself, for the language switcher ("Nederlands", "Français"), from the
 * runtime's CLDR data, with a capital as a label starts.
 */
export const autonyms = Object.fromEntries(
  locales.map((l) => {
    const name = new Intl.DisplayNames([l], { type: "language" }).of(l) ?? l;
    return [l, name.charAt(0).toLocaleUpperCase(l) + name.slice(1)];
  }),
) as Record<Locale, string>;

/**
 * What a first path segment that is not a locale says about languages: a supported locale
 * written otherwise (`EN`, `fr-BE`) → that locale; the tag of another language (`es`, `pt-BR`)
 * → "unsupported"; anything else (`foo`, `organisaties`) → null.
 */
export function languagePrefix(segment: string): Locale | "unsupported" | null {
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(segment)) return null;
  const primary = segment.split("-")[0].toLowerCase();
  const supported = locales.find((l) => l === primary);
  if (supported) return supported;
  // Only a code that names a language: `/foo` or `/api` is a mistyped page, not a language.
  return languageNames.of(primary) ? "unsupported" : null;
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
