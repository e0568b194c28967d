import { autonyms } from "@/lib/i18n/locales";
import { locales } from "@/lib/i18n/routing";

export const roles = ["translator", "editor", "admin"] as const;

/** Languages by their own names, marked with their language. */
export const localeOptions = locales.map((l) => ({ value: l, label: autonyms[l], lang: l }));
