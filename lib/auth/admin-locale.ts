import { LOCALE_COOKIE } from "@/lib/i18n/choice";
import { negotiateLocale } from "@/lib/i18n/locales";
import { isLocale, routing, type Locale } from "@/lib/i18n/routing";

/** The visitor's language: the one chosen earlier (the cookie), else the browser's; null if neither. */
export function preferredLocale(headers: Headers): Locale | null {
  const cookie = headers
    .get("cookie")
    ?.split(";")
    .map((c) => c.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(headers.get("accept-language"));
}

/** The admin language for someone not signed in: their explicit choice, then their browser's. */
export function requestLocale(headers: Headers): Locale {
  return preferredLocale(headers) ?? routing.defaultLocale;
}

/** A redirect target inside the admin only (no open redirects). */
export function safeAdminPath(next: unknown): string {
  return typeof next === "string" && /^\/admin(\/[\w\-/]*)?(\?[\w\-=&%]*)?$/.test(next) ? next : "/admin";
}
