import "server-only";
import type { ContentType } from "@/lib/cache-tags";
import { contentOf, entityKey, translationTable, type TranslationContent } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { diffContent, type FieldDiff } from "@/lib/history";
import type { Locale } from "@/lib/i18n/routing";

/** A published translation whose source language was published again after it. */
export interface OutdatedTranslation {
  sourceLocale: Locale;
  /** When the source was last published. */
  sourcePublishedAt: Date;
  /** When the source text compared against was published (see below). */
  basePublishedAt: Date | null;
  /** The fields of the source that changed since (null: the earlier source text is not known). */
  changes: FieldDiff[] | null;
}

/**
 * The outdated translations of one item, by language, with what changed in the source. The same
 * rule as the translations dashboard: published, not the source language, and the source
 * published later. No row records which source version a translation was made from, so the
 * source it is compared with is the one published when the translation was last published (the
 * source's latest published revision at that moment; for a translation older than every recorded
 * publication of the source, such as seeded text, the first one).
 */
export async function readOutdated(
  type: ContentType,
  id: string,
  sourceLocale: Locale,
): Promise<Partial<Record<Locale, OutdatedTranslation>>> {
  const rows = await translationTable(db, type).findMany({ where: { [entityKey[type]]: id } });
  const source = rows.find((r) => r.locale === sourceLocale);
  if (source?.status !== "published" || !source.publishedAt) return {};
  const sourcePublishedAt = source.publishedAt;
  const outdated = rows.filter(
    (r) =>
      r.locale !== sourceLocale &&
      r.status === "published" &&
      r.publishedAt &&
      r.publishedAt < sourcePublishedAt,
  );
  if (outdated.length === 0) return {};
  const published = await db.revision.findMany({
    where: { entityType: type, entityId: id, locale: sourceLocale, status: "published" },
    orderBy: { version: "asc" },
  });
  // The source as the public reads it now (its row holds the published text, the latest published
  // revision), and the publications before it.
  const current = contentOf(type, source);
  const earlier = published.slice(0, -1);
  return Object.fromEntries(
    outdated.map((r) => {
      const base = earlier.filter((v) => v.createdAt <= r.publishedAt!).at(-1) ?? earlier[0] ?? null;
      const changes = base
        ? diffContent(
            contentOf(type, base.content as unknown as TranslationContent) as unknown as Record<
              string,
              unknown
            >,
            current as unknown as Record<string, unknown>,
          ).filter((d) => d.changed)
        : null;
      return [
        r.locale,
        { sourceLocale, sourcePublishedAt, basePublishedAt: base?.createdAt ?? null, changes },
      ];
    }),
  );
}
