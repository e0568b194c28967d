import "server-only";
import { getTranslations } from "next-intl/server";
import { alternatesFor, matchPath, parentPaths, type Href, type StaticPathname } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { getInitiativeBySlug } from "./initiatives";
import { getOrganisationBySlug } from "./organisations";
import { getRegionBySlug } from "./regions";
import { getPillar, getStrategyBySlug } from "./strategy";

/** A page that exists, by its name and its address in every locale. */
export interface ExistingPage {
  label: string;
  alternates: Record<Locale, string>;
}

const titles = {
  "/": "Site.home",
  "/organisations": "Organisations.title",
  "/regions": "RegionIndex.title",
  "/initiatives": "Initiatives.title",
  "/strategy": "StrategyIndex.title",
  "/compare": "Compare.title",
  "/search": "Search.title",
  "/accessibility": "Accessibility.title",
  "/privacy": "Privacy.title",
  "/developers": "Developers.title",
  "/contact": "Contact.title",
  "/contact/thanks": "Contact.thanksTitle",
  "/feedback": "Feedback.answerTitle",
  "/about": "About.title",
} as const satisfies Record<StaticPathname, string>;

/** The page at `href` in `locale` when it exists (its slugs are published), or null. */
async function existingPage(locale: Locale, href: Href): Promise<ExistingPage | null> {
  if (typeof href === "string") {
    const t = await getTranslations({ locale });
    return { label: t(titles[href]), alternates: alternatesFor(() => href) };
  }
  const page = (
    found: { name: string; slugs: Record<Locale, string> } | null,
    hrefIn: (slugs: Record<Locale, string>, l: Locale) => Href,
  ) => found && { label: found.name, alternates: alternatesFor((l) => hrefIn(found.slugs, l)) };
  switch (href.pathname) {
    case "/regions/[slug]":
      return page(await getRegionBySlug(locale, href.params.slug), (slugs, l) => ({
        pathname: href.pathname,
        params: { slug: slugs[l] },
      }));
    case "/organisations/[slug]":
      return page(await getOrganisationBySlug(locale, href.params.slug), (slugs, l) => ({
        pathname: href.pathname,
        params: { slug: slugs[l] },
      }));
    case "/initiatives/[slug]":
      return page(await getInitiativeBySlug(locale, href.params.slug), (slugs, l) => ({
        pathname: href.pathname,
        params: { slug: slugs[l] },
      }));
    case "/strategy/[slug]":
      return page(await getStrategyBySlug(locale, href.params.slug), (slugs, l) => ({
        pathname: href.pathname,
        params: { slug: slugs[l] },
      }));
    case "/strategy/[slug]/[pillar]": {
      const pillar = await getPillar(locale, href.params.slug, href.params.pillar);
      return page(pillar, (slugs, l) => ({
        pathname: href.pathname,
        params: { slug: pillar!.strategy.slugs[l], pillar: slugs[l] },
      }));
    }
  }
}

/** The nearest ancestor of a path that is a page (at worst the locale's home). */
export async function nearestPage(locale: Locale, path: string): Promise<ExistingPage> {
  for (const candidate of parentPaths(path)) {
    const match = matchPath(candidate);
    const found = match?.locale === locale ? await existingPage(locale, match.href) : null;
    if (found) return found;
  }
  return (await existingPage(locale, "/"))!;
}
