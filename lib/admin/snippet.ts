/** A few words of text around the first place a search matched, with the match itself. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

const BEFORE = 50;
const AFTER = 90;

/** Escapes what LIKE treats as wildcards, so that a search for "50%" looks for "50%". */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The words around the first case-insensitive occurrence of `q` in `text`, cut at word
 * boundaries, with "…" where text was left out; null when `q` does not occur.
 */
export function snippetAround(text: string, q: string, { cutStart = false } = {}): Snippet | null {
  const flat = text.replace(/\s+/g, " ");
  const at = flat.toLocaleLowerCase().indexOf(q.toLocaleLowerCase());
  if (at < 0 || !q) return null;
  let start = Math.max(0, at - BEFORE);
  if (start > 0) start = flat.indexOf(" ", start) + 1 || start;
  let end = Math.min(flat.length, at + q.length + AFTER);
  if (end < flat.length) end = flat.lastIndexOf(" ", end) > at + q.length ? flat.lastIndexOf(" ", end) : end;
  return {
    before: (start > 0 || cutStart ? "…" : "") + flat.slice(start, at).trimStart(),
    match: flat.slice(at, at + q.length),
    after: flat.slice(at + q.length, end).trimEnd() + (end < flat.length ? " …" : ""),
  };
}
