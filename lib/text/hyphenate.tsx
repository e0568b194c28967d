import "server-only";
import { Fragment, type ReactNode } from "react";
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

/** A plain text in `lang` with soft hyphens in its words of `minWordLength` letters or more. */
export function softHyphens(text: string, lang: Locale, minWordLength = LONG_WORD): string {
  return hyphenators[lang](text, { minWordLength });
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
