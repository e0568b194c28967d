/** Which translation, at which version of its working copy, a form acts on. */
export interface TranslationRef {
  type: string;
  id: string;
  locale: string;
  version: number;
}

/**
 * A decision on a translation (review, archive, withdraw) refused because someone saved a newer
 * version: the form adopts that version, so that sending it again decides on the newer text. Its
 * own fields (a comment, an explanation) are not the translation's, so none of them differs.
 */
export function newerTranslationVersion(detail: unknown) {
  const newer = detail as { version?: unknown; authorName?: string | null; savedAt?: string | null } | null;
  if (!newer || typeof newer.version !== "number") return null;
  return {
    values: {},
    version: String(newer.version),
    by: newer.authorName ?? null,
    at: newer.savedAt ?? null,
  };
}
