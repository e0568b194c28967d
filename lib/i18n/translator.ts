import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import nl from "@/messages/nl.json";
import type { Locale } from "./routing";

const all: Record<Locale, Messages> = { nl, fr, en };

/**
 * A translator that works anywhere (route handlers, scripts, tests), without Next's request
 * context that getTranslations needs.
 */
export function translator<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(
  locale: Locale,
  namespace: N,
) {
  return createTranslator({ locale, messages: all[locale], namespace });
}
