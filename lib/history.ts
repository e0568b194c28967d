import { diffWords } from "diff";

export interface DiffPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface FieldDiff {
  field: string;
  parts: DiffPart[];
  changed: boolean;
}

const fields = ["name", "slug", "summary", "body", "seoDescription", "goal", "governance"] as const;

/**
 * A word-level diff from `a` to `b`. Very different long texts could take seconds to compare:
 * past `timeoutMs` the answer is null and the caller shows both texts instead.
 */
export function diffText(a: string, b: string, timeoutMs = 1000): DiffPart[] | null {
  const parts = diffWords(a, b, { timeout: timeoutMs });
  return parts ? parts.map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed })) : null;
}

/**
 * Whether a removed part and the added part next to it would read as one word ("EvaAdmin"): a
 * replacement of a word by another has no space of its own between the two.
 */
export function joinsWords(previous: DiffPart | undefined, part: DiffPart): boolean {
  if (!previous || !(previous.added || previous.removed) || !(part.added || part.removed)) return false;
  return previous.added !== part.added && !/\s$/.test(previous.value) && !/^\s/.test(part.value);
}

/** A word-level diff of two saved states of a translation, field by field. */
export function diffContent(from: Record<string, unknown>, to: Record<string, unknown>): FieldDiff[] {
  return fields
    .filter((field) => field in from || field in to)
    .map((field) => {
      const a = String(from[field] ?? "");
      const b = String(to[field] ?? "");
      const parts = diffText(a, b) ?? [
        { value: a, added: false, removed: true },
        { value: b, added: true, removed: false },
      ];
      return { field, parts, changed: a !== b };
    });
}

export type ContentField = (typeof fields)[number];

/** What a version changed, in a few words: for the list of versions. */
export type RevisionPreview =
  | { kind: "added" | "removed"; field: ContentField; words: string }
  | { kind: "text"; words: string }
  | { kind: "unchanged" };

const PREVIEW_WORDS = 12;

function firstWords(text: string) {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  return words.slice(0, PREVIEW_WORDS).join(" ") + (words.length > PREVIEW_WORDS ? " …" : "");
}

/**
 * The first words a version added (or, when it only removed some, removed) in the first field it
 * changed, or the first words of its text when there is no earlier version to compare with.
 */
export function revisionPreview(
  previous: Record<string, unknown> | null,
  current: Record<string, unknown>,
): RevisionPreview {
  if (!previous) {
    const text = ["summary", "body", "name"].map((f) => String(current[f] ?? "")).find((v) => v.trim());
    return text ? { kind: "text", words: firstWords(text) } : { kind: "unchanged" };
  }
  const changed = diffContent(previous, current).find((d) => d.changed);
  if (!changed) return { kind: "unchanged" };
  const field = changed.field as ContentField;
  const added = changed.parts.filter((p) => p.added).map((p) => p.value);
  if (added.some((v) => v.trim())) return { kind: "added", field, words: firstWords(added.join(" … ")) };
  const removed = changed.parts.filter((p) => p.removed).map((p) => p.value);
  return { kind: "removed", field, words: firstWords(removed.join(" … ")) };
}
