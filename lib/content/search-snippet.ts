/** Marks a highlighted span in snippets; rendered as <mark> by the page, never as HTML. */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_END = "\u0003";
/** Separates the fragments of one headline (ts_headline's FragmentDelimiter). */
export const FRAGMENT_DELIMITER = "\u0004";

/** One passage of a search snippet, its matches between HIGHLIGHT_START and HIGHLIGHT_END. */
export interface SnippetFragment {
  text: string;
  /** Whether text comes before it (and after it) that the snippet leaves out. */
  cutStart: boolean;
  cutEnd: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const unmarked = (s: string) => s.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, "");

/**
 * The fragments of a ts_headline result, each widened to whole words of the text it was taken
 * from. ts_headline cuts at its parser's tokens, which are parts of words for "e-government" or
 * "l'administration", and the text it is given may itself be the start of a longer one (`cut`).
 */
export function snippetFragments(headline: string, source: string, cut = false): SnippetFragment[] {
  const fragments: SnippetFragment[] = [];
  let from = 0;
  for (const fragment of headline.split(FRAGMENT_DELIMITER)) {
    const plain = unmarked(fragment).trim();
    if (!plain) continue;
    const at = source.indexOf(plain, from);
    if (at < 0) {
      fragments.push({ text: fragment.trim().replace(/\s+/g, " "), cutStart: true, cutEnd: true });
      continue;
    }
    let start = at;
    while (!isSpace(source[start - 1])) start--;
    let end = at + plain.length;
    while (!isSpace(source[end])) end++;
    from = end;
    const text = source.slice(start, at) + fragment.trim() + source.slice(at + plain.length, end);
    fragments.push({
      text: text.replace(/\s+/g, " "),
      cutStart: source.slice(0, start).trim() !== "",
      cutEnd: cut || source.slice(end).trim() !== "",
    });
  }
  return fragments;
}
