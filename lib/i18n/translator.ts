import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { messages } from "./messages";
import type { Locale } from "./routing";

/**
 * A translator that works anywhere (route handlers, scripts, tests), without Next's request
 * context that getTranslations needs.
 */
export function translator<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(
  locale: Locale,
  namespace: N,
) {
  return createTranslator({ locale, messages: messages[locale], namespace });
}
