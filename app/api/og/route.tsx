import { getTranslations } from "next-intl/server";
import { ImageResponse } from "next/og";
import { z } from "zod";
import { getInitiativeBySlug } from "@/lib/content/initiatives";
import { getOrganisationBySlug } from "@/lib/content/organisations";
import { getRegionBySlug } from "@/lib/content/regions";
import { getPillar, getStrategyBySlug } from "@/lib/content/strategy";
import { parseOptions, problem } from "@/lib/http/problem";
import { autonyms } from "@/lib/i18n/locales";
import { locales, routing, type Locale } from "@/lib/i18n/routing";

const staticPages = {
  home: "Home.title",
  organisations: "Organisations.title",
  regions: "RegionIndex.title",
  strategies: "StrategyIndex.title",
  initiatives: "Initiatives.title",
  compare: "Compare.title",
  search: "Search.title",
  accessibility: "Accessibility.title",
  privacy: "Privacy.title",
  developers: "Developers.title",
  contact: "Contact.title",
  about: "About.title",
} as const;

const slug = z.string().min(1).max(200);
const querySchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.enum(Object.keys(staticPages) as [keyof typeof staticPages]),
    locale: z.enum(routing.locales),
  }),
  z.object({
    kind: z.enum(["organisation", "region", "initiative", "strategy"]),
    locale: z.enum(routing.locales),
    slug,
  }),
  z.object({ kind: z.literal("pillar"), locale: z.enum(routing.locales), slug, pillar: slug }),
  // The language-choice page at /, in every language at once.
  z.object({ kind: z.literal("choice") }),
]);

type Query = z.infer<typeof querySchema>;

/** What the image shows: the page's title, what it belongs to, and the line above them. */
interface Card {
  title: string;
  subtitle?: string;
  heading: string;
}

async function cardOf(query: Query): Promise<Card | null> {
  if (query.kind === "choice") {
    const names = await Promise.all(
      locales.map(async (locale) => (await getTranslations({ locale, namespace: "Site" }))("name")),
    );
    return { title: names.join(" · "), heading: locales.map((l) => autonyms[l]).join(" · ") };
  }
  const page = await titleOf(query);
  const site = await getTranslations({ locale: query.locale, namespace: "Site" });
  return page && { ...page, heading: site("name") };
}

async function titleOf(
  query: Exclude<Query, { kind: "choice" }>,
): Promise<{ title: string; subtitle?: string } | null> {
  const locale: Locale = query.locale;
  switch (query.kind) {
    case "organisation": {
      const organisation = await getOrganisationBySlug(locale, query.slug);
      return organisation && { title: organisation.name, subtitle: organisation.region?.name };
    }
    case "region": {
      const region = await getRegionBySlug(locale, query.slug);
      return region && { title: region.name };
    }
    case "initiative": {
      const initiative = await getInitiativeBySlug(locale, query.slug);
      return initiative && { title: initiative.name, subtitle: initiative.region?.name };
    }
    case "strategy": {
      const strategy = await getStrategyBySlug(locale, query.slug);
      return strategy && { title: strategy.name };
    }
    case "pillar": {
      const pillar = await getPillar(locale, query.slug, query.pillar);
      return pillar && { title: pillar.name, subtitle: pillar.strategy.name };
    }
    default: {
      const t = await getTranslations({ locale });
      return { title: t(staticPages[query.kind]) };
    }
  }
}

/** The social image of a public page: its title in its language, on the portal's colours. */
export async function GET(request: Request) {
  const parsed = querySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
    parseOptions(request),
  );
  if (!parsed.success)
    return problem(request, "BAD_REQUEST", { detail: "invalidParameters", fields: parsed.error });
  const page = await cardOf(parsed.data);
  if (!page) return problem(request, "NOT_FOUND", { detail: "noSuchPage" });
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#174785",
        color: "white",
        padding: "64px 72px",
      }}
    >
      <div style={{ display: "flex", fontSize: 34, opacity: 0.9 }}>{page.heading}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div
          style={{
            display: "flex",
            fontSize: page.title.length > 40 ? 64 : 80,
            fontWeight: 700,
            lineHeight: 1.1,
          }}
        >
          {page.title}
        </div>
        {page.subtitle && (
          <div style={{ display: "flex", fontSize: 36, marginTop: 24, opacity: 0.9 }}>{page.subtitle}</div>
        )}
      </div>
      <div style={{ display: "flex", height: 12, width: 240, background: "#f2b705" }} />
    </div>,
    {
      width: 1200,
      height: 630,
      headers: { "Cache-Control": "public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400" },
    },
  );
}
