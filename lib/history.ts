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
