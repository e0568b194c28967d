import "server-only";
import { unstable_cache } from "next/cache";
import { fallbackOrder } from "@/lib/i18n/locales";
import { locales, type Locale } from "@/lib/i18n/routing";
import { cacheTags, type ContentType } from "@/lib/cache-tags";

export interface TranslationRow {
  locale: Locale;
  slug: string;
  name: string;
  summary: string;
  body: string;
  seoDescription: string | null;
  publishedAt: Date | null;
  updatedAt: Date;
  withdrawnAt?: Date | null;
  withdrawalNote?: string | null;
}

/** What every localized view carries: which language the text is in, and its URL per locale. */
export interface LocalizedText {
  /** The language of the text shown; differs from the page's when `isFallback`. */
  lang: Locale;
  isFallback: boolean;
  slug: string;
  name: string;
  summary: string;
  body: string;
  seoDescription: string | null;
  publishedAt: string | null;
  updatedAt: string;
  /** The slug under which the entity is reachable in each locale (its own or its fallback's). */
  slugs: Record<Locale, string>;
  /** Set when this text was withdrawn: the page stays, with when and why (GOV.UK's withdrawal). */
  withdrawn: { on: string; note: string } | null;
}

export const publishedOnly = { where: { status: "published" as const } };

/**
 * What a page's own address answers with: its published translations, and its withdrawn ones,
 * shown with their notice. Lists, search, feeds and the sitemap read `publishedOnly`.
 */
const atItsAddress = { in: ["published" as const, "withdrawn" as const] };
export const onSite = { where: { status: atItsAddress } };
export const hasOnSite = { translations: { some: { status: atItsAddress } } };
export const onSiteWithSlug = (slug: string) => ({ slug, status: atItsAddress });

/** A where-filter for rows with at least one published translation (what the public lists show). */
export const hasPublished = { translations: { some: { status: "published" as const } } };

/** The translation shown in `locale`: its own, else the first of its fallbacks; null when none. */
export function pickTranslation<T extends { locale: Locale }>(translations: T[], locale: Locale): T | null {
  for (const candidate of fallbackOrder(locale)) {
    const t = translations.find((row) => row.locale === candidate);
    if (t) return t;
  }
  return null;
}

/** The slug under which an entity is reachable in each locale (its own or its fallback's). */
export function slugsOf(translations: { locale: Locale; slug: string }[]): Record<Locale, string> {
  return Object.fromEntries(locales.map((l) => [l, pickTranslation(translations, l)!.slug])) as Record<
    Locale,
    string
  >;
}

/** Picks the translation for `locale`, falling back in order; null when none is published. */
export function localize(translations: TranslationRow[], locale: Locale): LocalizedText | null {
  const t = pickTranslation(translations, locale);
  if (!t) return null;
  return {
    lang: t.locale,
    isFallback: t.locale !== locale,
    slug: t.slug,
    name: t.name,
    summary: t.summary,
    body: t.body,
    seoDescription: t.seoDescription,
    publishedAt: t.publishedAt?.toISOString() ?? null,
    updatedAt: t.updatedAt.toISOString(),
    slugs: slugsOf(translations),
    withdrawn: t.withdrawnAt ? { on: t.withdrawnAt.toISOString(), note: t.withdrawalNote ?? "" } : null,
  };
}

/**
 * Wraps a read in Next's data cache, tagged by the content types it shows. Results must be
 * plain JSON (the cache serializes them), which is why views carry ISO date strings.
 */
export function cachedRead<Args extends (string | number)[], R>(
  name: string,
  types: readonly ContentType[],
  read: (...args: Args) => Promise<R>,
): (...args: Args) => Promise<R> {
  // On the replica when it has caught up (lib/db.ts readPublic), on the primary otherwise.
  // (lib/db is imported on first use, as below: this module is also used where no database is.)
  const readOnReplica = async (...args: Args) => (await import("@/lib/db")).readPublic(() => read(...args));
  return unstable_cache(readOnReplica, ["content", name], {
    tags: [cacheTags.all, ...types.map((t) => cacheTags.type(t))],
  });
}

export function present<T>(items: (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null);
}

/**
 * Which entities of a growing type (organisations, initiatives) the build prerenders: the featured
 * ones (lead agencies, flagship initiatives: editors decide), at most this many. Every other page
 * renders on its first request and is cached from then on, so the build takes as long with
 * 10,000 entities as with the seed (npm run bench measures both).
 */
export const PRERENDER_PER_TYPE = 24;
export const prerenderSelection = {
  select: { translations: publishedOnly },
  orderBy: [{ position: "asc" as const }, { key: "asc" as const }],
  take: PRERENDER_PER_TYPE,
};

/** Every (locale, slug) under which the given entities are reachable: for generateStaticParams. */
export function slugParams(rows: { translations: TranslationRow[] }[]): { locale: Locale; slug: string }[] {
  return rows.flatMap((row) =>
    locales.flatMap((locale) => {
      const text = localize(row.translations, locale);
      return text ? [{ locale, slug: text.slugs[locale] }] : [];
    }),
  );
}

/** Translations a preview may show: every state but archived. */
export const notArchived = { where: { status: { not: "archived" as const } } };

/**
 * For draft-mode previews: each translation row with the text of its working copy (the latest
 * revision of its current version), so an editor sees a draft exactly as it will be published.
 */
export async function withWorkingCopies<T extends TranslationRow & { version: number }>(
  type: ContentType,
  entityId: string,
  rows: T[],
): Promise<T[]> {
  if (!rows.length) return rows;
  const { db } = await import("@/lib/db");
  const revisions = await db.revision.findMany({
    where: { entityType: type, entityId, OR: rows.map((r) => ({ locale: r.locale, version: r.version })) },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => {
    const revision = revisions.find((v) => v.locale === row.locale && v.version === row.version);
    if (!revision) return row;
    const content = revision.content as Partial<TranslationRow>;
    // The row's slug stays: the page is reached at its current address.
    return { ...row, ...content, slug: row.slug, updatedAt: revision.createdAt };
  });
}
