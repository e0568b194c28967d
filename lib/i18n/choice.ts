/** Our own record of a visitor's explicit language choice (next-intl's cookie is off: docs/platform.md). */
export const LOCALE_COOKIE = "portal_locale";
/** `/?lang=fr`: the language-choice page's links; the proxy stores the choice and redirects. */
export const CHOOSE_PARAM = "lang";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
