import type {
  BreadcrumbList,
  CreativeWork,
  GovernmentOrganization,
  GovernmentService,
  Thing,
  WebSite,
  WithContext,
} from "schema-dts";
import type { InitiativePage } from "@/lib/content/initiatives";
import type { OrganisationProfile } from "@/lib/content/organisations";
import type { PillarPage, StrategyView } from "@/lib/content/strategy";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/metadata";

export type JsonLdDocument = WithContext<Thing>;

const absolute = (path: string) => `${siteUrl()}${path}`;
const orgPath = (locale: Locale, slugs: Record<Locale, string>) =>
  absolute(pathFor(locale, { pathname: "/organisations/[slug]", params: { slug: slugs[locale] } }));

/**
 * Serializes JSON-LD for a <script> element: `<` is escaped so that no text in the data can
 * close the script element or open a comment.
 */
export function serializeJsonLd(data: JsonLdDocument | JsonLdDocument[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export function organisationJsonLd(
  locale: Locale,
  o: OrganisationProfile,
): WithContext<GovernmentOrganization> {
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentOrganization",
    "@id": orgPath(locale, o.slugs),
    name: o.name,
    description: o.summary,
    ...(o.websiteUrl ? { url: o.websiteUrl, sameAs: [o.websiteUrl] } : {}),
    ...(o.region ? { areaServed: { "@type": "AdministrativeArea", name: o.region.name } } : {}),
    ...(o.parent
      ? {
          parentOrganization: {
            "@type": "GovernmentOrganization",
            "@id": orgPath(locale, o.parent.slugs),
            name: o.parent.name,
          },
        }
      : {}),
    knowsAbout: o.initiatives.map((i) => i.name),
  };
}

export function initiativeJsonLd(locale: Locale, i: InitiativePage): WithContext<GovernmentService> {
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    name: i.name,
    description: i.summary,
    url: absolute(pathFor(locale, { pathname: "/initiatives/[slug]", params: { slug: i.slugs[locale] } })),
    ...(i.region
      ? { areaServed: { "@type": "AdministrativeArea", name: i.region.name } }
      : { areaServed: { "@type": "Country", name: "Belgium" } }),
    ...(i.organisations.length
      ? {
          provider: i.organisations.map((o) => ({
            "@type": "GovernmentOrganization" as const,
            "@id": orgPath(locale, o.slugs),
            name: o.name,
          })),
        }
      : {}),
  };
}

export function strategyJsonLd(locale: Locale, s: StrategyView): WithContext<CreativeWork> {
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    "@id": absolute(pathFor(locale, { pathname: "/strategy/[slug]", params: { slug: s.slugs[locale] } })),
    name: s.name,
    description: s.summary,
    inLanguage: s.lang,
    temporalCoverage: `${s.periodStart}/${s.periodEnd}`,
    dateCreated: s.adoptedOn.slice(0, 7),
    ...(s.region ? { spatialCoverage: { "@type": "AdministrativeArea", name: s.region.name } } : {}),
    ...(s.organisation
      ? {
          author: {
            "@type": "GovernmentOrganization",
            "@id": orgPath(locale, s.organisation.slugs),
            name: s.organisation.name,
          },
        }
      : {}),
    hasPart: s.pillars.map((p) => ({
      "@type": "CreativeWork" as const,
      name: p.name,
      position: p.position,
      url: absolute(
        pathFor(locale, {
          pathname: "/strategy/[slug]/[pillar]",
          params: { slug: s.slugs[locale], pillar: p.slugs[locale] },
        }),
      ),
    })),
  };
}

export function pillarJsonLd(locale: Locale, p: PillarPage): WithContext<CreativeWork> {
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    name: p.name,
    description: p.summary,
    inLanguage: p.lang,
    position: p.position,
    url: absolute(
      pathFor(locale, {
        pathname: "/strategy/[slug]/[pillar]",
        params: { slug: p.strategy.slugs[locale], pillar: p.slugs[locale] },
      }),
    ),
    isPartOf: {
      "@type": "CreativeWork",
      "@id": absolute(
        pathFor(locale, { pathname: "/strategy/[slug]", params: { slug: p.strategy.slugs[locale] } }),
      ),
      name: p.strategy.name,
    },
    hasPart: p.projects.map((project) => ({
      "@type": "CreativeWork" as const,
      name: project.name,
      description: project.summary,
    })),
  };
}

export function breadcrumbJsonLd(
  items: { label: string; href?: string }[],
  currentPath: string,
): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem" as const,
      position: index + 1,
      name: item.label,
      item: absolute(item.href ?? currentPath),
    })),
  };
}

export function websiteJsonLd(locale: Locale, name: string): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name,
    url: absolute(pathFor(locale, "/")),
    inLanguage: locale,
    potentialAction: {
      "@type": "SearchAction",
      target: {
        "@type": "EntryPoint",
        urlTemplate: `${absolute(pathFor(locale, "/search"))}?q={search_term_string}`,
      },
      "query-input": "required name=search_term_string",
    } as WebSite["potentialAction"],
  };
}
