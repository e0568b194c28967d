import "server-only";
import { cachedRead, localize, publishedOnly, type TranslationRow } from "@/lib/content/shared";
import { reader } from "@/lib/db";
import { pathFor, type Href } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { feedStylesheetPath } from "./feed-stylesheet";
import { xml } from "./xml";

export interface FeedEntry {
  id: string;
  title: string;
  summary: string;
  path: string;
  lang: Locale;
  published: string;
  updated: string;
}

const FEED_SIZE = 50;

/** The latest published translations in one language, the most recently changed first. */
export async function readFeedEntries(locale: Locale): Promise<FeedEntry[]> {
  const recent = {
    where: { locale, status: "published" as const },
    orderBy: { publishedAt: "desc" as const },
    take: FEED_SIZE,
  };
  const [organisations, initiatives, regions, strategies, pillars] = await Promise.all([
    reader().organisationTranslation.findMany({
      ...recent,
      include: { organisation: { select: { key: true } } },
    }),
    reader().initiativeTranslation.findMany({
      ...recent,
      include: { initiative: { select: { key: true } } },
    }),
    reader().regionTranslation.findMany({ ...recent, include: { region: { select: { key: true } } } }),
    reader().strategyTranslation.findMany({ ...recent, include: { strategy: { select: { key: true } } } }),
    reader().pillarTranslation.findMany({
      ...recent,
      include: { pillar: { select: { key: true, strategy: { select: { translations: publishedOnly } } } } },
    }),
  ]);
  const entry = (
    type: string,
    key: string,
    t: TranslationRow & { firstPublishedAt: Date | null },
    href: Href,
  ): FeedEntry => ({
    id: `${type}:${key}:${locale}`,
    title: t.name,
    summary: t.summary,
    path: pathFor(locale, href),
    lang: t.locale,
    published: (t.firstPublishedAt ?? t.publishedAt ?? t.updatedAt).toISOString(),
    // The last publication: a draft saved over a published text moves updatedAt, not the page.
    updated: (t.publishedAt ?? t.updatedAt).toISOString(),
  });
  const entries = [
    ...organisations.map((t) =>
      entry("organisation", t.organisation.key, t, {
        pathname: "/organisations/[slug]",
        params: { slug: t.slug },
      }),
    ),
    ...initiatives.map((t) =>
      entry("initiative", t.initiative.key, t, { pathname: "/initiatives/[slug]", params: { slug: t.slug } }),
    ),
    ...regions.map((t) =>
      entry("region", t.region.key, t, { pathname: "/regions/[slug]", params: { slug: t.slug } }),
    ),
    ...strategies.map((t) =>
      entry("strategy", t.strategy.key, t, { pathname: "/strategy/[slug]", params: { slug: t.slug } }),
    ),
    ...pillars.flatMap((t) => {
      const strategy = localize(t.pillar.strategy.translations, locale);
      return strategy
        ? [
            entry("pillar", t.pillar.key, t, {
              pathname: "/strategy/[slug]/[pillar]",
              params: { slug: strategy.slugs[locale], pillar: t.slug },
            }),
          ]
        : [];
    }),
  ];
  return entries
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
    .slice(0, FEED_SIZE);
}

/** An Atom 1.0 document (RFC 4287), which browsers show as a page through its stylesheet. */
export function atomFeed(o: {
  siteUrl: string;
  locale: Locale;
  title: string;
  subtitle: string;
  entries: FeedEntry[];
}): string {
  const host = new URL(o.siteUrl).hostname;
  const updated = o.entries[0]?.updated ?? new Date(0).toISOString();
  const entries = o.entries
    .map(
      (e) => `  <entry xml:lang="${e.lang}">
    <id>tag:${xml(host)},2026:${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(o.siteUrl + e.path)}"/>
    <published>${e.published}</published>
    <updated>${e.updated}</updated>
    <summary>${xml(e.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<?xml-stylesheet type="text/xsl" href="${xml(feedStylesheetPath(o.locale))}"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.locale}">
  <id>${xml(`${o.siteUrl}/${o.locale}`)}</id>
  <title>${xml(o.title)}</title>
  <subtitle>${xml(o.subtitle)}</subtitle>
  <author><name>${xml(o.title)}</name></author>
  <updated>${updated}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(`${o.siteUrl}/${o.locale}/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${o.siteUrl}/${o.locale}`)}"/>
${entries}
</feed>
`;
}

export const getFeedEntries = cachedRead(
  "feed",
  ["organisation", "initiative", "region", "strategy", "pillar"],
  readFeedEntries,
);
