import "server-only";
import { cloneElement, Fragment, isValidElement, type ReactNode } from "react";
import { hyphenateSync as de } from "hyphen/de";
import { hyphenateSync as en } from "hyphen/en-gb";
import { hyphenateSync as fr } from "hyphen/fr";
import { hyphenateSync as nl } from "hyphen/nl";
import type { Locale } from "@/lib/i18n/routing";

/*
 * Page titles are large, and Dutch, French and German compounds are long
 * ("Toegankelijkheidsverklaring", "Barrierefreiheit"): on a phone such a word must break, and a
 * word broken without a hyphen reads as two. CSS `hyphens: auto` needs the browser's own
 * dictionary, which not every browser has (Debian's Chromium has none), so the break points are
 * written into the text here, on the server, with TeX's hyphenation patterns for each language:
 * soft hyphens (U+00AD), invisible unless the line breaks there and ignored by screen readers and
 * find-in-page. A name with dots ("Digitalcity.brussels") breaks after a dot instead (<wbr>),
 * never inside its parts.
 */

const hyphenators: Record<Locale, typeof nl> = { nl, fr, de, en };

/** Words shorter than this fit a phone's line even at a title's size: left whole. */
const LONG_WORD = 12;

/**
 * In body text a line holds about thirty letters on a phone: only longer compounds risk breaking
 * without a hyphen, and the rest stay whole so that paragraphs do not hyphenate every few lines.
 */
export const LONG_BODY_WORD = 15;

/** A web or e-mail address, a domain name or a file name: never given a hyphen that is not in it. */
const ADDRESS = /\w\.\w|@|\/\//;

/**
 * A plain text in `lang` with soft hyphens in its words of `minWordLength` letters or more;
 * addresses and names with dots are left whole.
 */
export function softHyphens(text: string, lang: Locale, minWordLength = LONG_WORD): string {
  return text
    .split(/(\s+)/)
    .map((word) =>
      word.length < minWordLength || ADDRESS.test(word) ? word : hyphenators[lang](word, { minWordLength }),
    )
    .join("");
}

/**
 * Body text made of translated messages (strings, and the elements of rich messages): its long
 * words may break with a hyphen, as in an editor's Markdown (lib/markdown/hyphenate.ts).
 */
export function hyphenatedBody(node: ReactNode, lang: Locale): ReactNode {
  if (typeof node === "string") return softHyphens(node, lang, LONG_BODY_WORD);
  if (Array.isArray(node)) {
    return node.map((child, i) => <Fragment key={i}>{hyphenatedBody(child, lang)}</Fragment>);
  }
  if (isValidElement<{ children?: ReactNode }>(node) && node.props.children !== undefined) {
    return cloneElement(node, undefined, hyphenatedBody(node.props.children, lang));
  }
  return node;
}

/** A title in `lang` with its long words' break points marked (see above). */
export function hyphenated(text: string, lang: Locale): ReactNode {
  return text.split(/(\s+)/).map((word, i) => {
    if (/^\S+\.\S+$/.test(word)) {
      const parts = word.split(/(?<=\.)/);
      return (
        <Fragment key={i}>
          {parts.map((part, j) => (
            <Fragment key={j}>
              {j > 0 && <wbr />}
              {part}
            </Fragment>
          ))}
        </Fragment>
      );
    }
    return word.length >= LONG_WORD ? softHyphens(word, lang) : word;
  });
}
