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

/** A word-level diff of two saved states of a translation, field by field. */
export function diffContent(from: Record<string, unknown>, to: Record<string, unknown>): FieldDiff[] {
  return fields
    .filter((field) => field in from || field in to)
    .map((field) => {
      const a = String(from[field] ?? "");
      const b = String(to[field] ?? "");
      const parts = diffWords(a, b).map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }));
      return { field, parts, changed: a !== b };
    });
}
