import type { ElementContent, Root } from "hast";
import { isLocale } from "@/lib/i18n/routing";
import { LONG_BODY_WORD, softHyphens } from "@/lib/text/hyphenate";

/** Text that is copied as it is shown, or is not a language's words: never hyphenated. */
const VERBATIM = new Set(["code", "pre", "kbd", "samp"]);

function hyphenate(children: ElementContent[], lang: Parameters<typeof softHyphens>[1]): ElementContent[] {
  return children.map((child) => {
    if (child.type === "element") {
      return VERBATIM.has(child.tagName) ? child : { ...child, children: hyphenate(child.children, lang) };
    }
    if (child.type !== "text") return child;
    return { ...child, value: softHyphens(child.value, lang, LONG_BODY_WORD) };
  });
}

/**
 * A rehype plugin that marks where the long words of an editor's text may break (soft hyphens,
 * lib/text/hyphenate.tsx), in the text's language: a Dutch, French or German compound on a phone
 * breaks with a hyphen, not anywhere. Code and addresses are left as they are (softHyphens).
 */
export function rehypeHyphenate({ lang }: { lang?: string } = {}) {
  return (tree: Root) => {
    if (!isLocale(lang)) return;
    tree.children = tree.children.map((child) =>
      child.type === "element" ? { ...child, children: hyphenate(child.children, lang) } : child,
    );
  };
}
