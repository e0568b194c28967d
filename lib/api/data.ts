import "server-only";
import {
  cachedRead,
  hasOnSite,
  localize,
  onSite,
  present,
  publishedOnly,
  type LocalizedText,
} from "@/lib/content/shared";
import { toOrganisationCard } from "@/lib/content/organisations";
import { initiativeCardInclude, toInitiativeCard } from "@/lib/content/initiatives";
import { reader } from "@/lib/db";
import { pathFor, type Href } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/metadata";
import type { ListQuery, Resource, ResourceName } from "./schemas";

export interface ResourcePage<N extends ResourceName> {
  items: Resource<N>[];
  total: number;
}

const url = (locale: Locale, href: Href) => `${siteUrl()}${pathFor(locale, href)}`;

function base(text: LocalizedText & { id: string; key: string }, href: string) {
  return {
    id: text.id,
    key: text.key,
    name: text.name,
    slug: text.slug,
    language: text.lang,
    summary: text.summary,
    description: text.body,
    url: href,
    publishedAt: text.publishedAt,
    updatedAt: text.updatedAt,
    withdrawnAt: text.withdrawn?.on ?? null,
    withdrawalExplanation: text.withdrawn?.note ?? null,
  };
}

const ref = (r: { id: string; key: string; name: string } | null | undefined) =>
  r ? { id: r.id, key: r.key, name: r.name } : null;

// Entities with a published or withdrawn translation are part of the open data (hasOnSite); a
// withdrawn text is there with its date and explanation, so re-users can drop or mark it.
const paging = (q: ListQuery) => ({ skip: (q.page - 1) * q.per_page, take: q.per_page });

async function organisations(q: ListQuery): Promise<ResourcePage<"organisations">> {
  const [rows, total] = await Promise.all([
    reader().organisation.findMany({
      where: hasOnSite,
      include: { translations: onSite, region: { include: { translations: publishedOnly } } },
      orderBy: [{ position: "asc" }, { key: "asc" }],
      ...paging(q),
    }),
    reader().organisation.count({ where: hasOnSite }),
  ]);
  const items = present(rows.map((row) => toOrganisationCard(row, q.locale))).map((o) => ({
    ...base(o, url(q.locale, { pathname: "/organisations/[slug]", params: { slug: o.slugs[q.locale] } })),
    region: ref(o.region),
    websiteUrl: o.websiteUrl,
    isLeadAgency: o.isLeadAgency,
    focusAreas: o.focusAreas,
  }));
  return { items, total };
}

async function regions(q: ListQuery): Promise<ResourcePage<"regions">> {
  const [rows, total] = await Promise.all([
    reader().region.findMany({
      where: hasOnSite,
      include: {
        translations: onSite,
        organisations: { where: { isLeadAgency: true }, include: { translations: publishedOnly } },
      },
      orderBy: { position: "asc" },
      ...paging(q),
    }),
    reader().region.count({ where: hasOnSite }),
  ]);
  const items = rows.flatMap((row) => {
    const text = localize(row.translations, q.locale);
    if (!text) return [];
    const lead = row.organisations
      .map((o) => ({ o, t: localize(o.translations, q.locale) }))
      .find((x) => x.t);
    return [
      {
        ...base(
          { ...text, id: row.id, key: row.key },
          url(q.locale, { pathname: "/regions/[slug]", params: { slug: text.slugs[q.locale] } }),
        ),
        kind: row.kind,
        leadAgency: lead ? { id: lead.o.id, key: lead.o.key, name: lead.t!.name } : null,
      },
    ];
  });
  return { items, total };
}

async function initiatives(q: ListQuery): Promise<ResourcePage<"initiatives">> {
  const [rows, total] = await Promise.all([
    reader().initiative.findMany({
      where: hasOnSite,
      include: {
        ...initiativeCardInclude,
        translations: onSite,
        organisations: { include: { organisation: { include: { translations: publishedOnly } } } },
      },
      orderBy: [{ position: "asc" }, { key: "asc" }],
      ...paging(q),
    }),
    reader().initiative.count({ where: hasOnSite }),
  ]);
  const items = rows.flatMap((row) => {
    const card = toInitiativeCard(row, q.locale);
    if (!card) return [];
    return [
      {
        ...base(
          card,
          url(q.locale, { pathname: "/initiatives/[slug]", params: { slug: card.slugs[q.locale] } }),
        ),
        region: ref(card.region),
        themes: card.themes,
        isFlagship: card.isFlagship,
        organisations: present(
          row.organisations.map(({ organisation: o }) => {
            const t = localize(o.translations, q.locale);
            return t ? { id: o.id, key: o.key, name: t.name } : null;
          }),
        ),
      },
    ];
  });
  return { items, total };
}

async function strategies(q: ListQuery): Promise<ResourcePage<"strategies">> {
  const [rows, total] = await Promise.all([
    reader().strategy.findMany({
      where: hasOnSite,
      include: {
        translations: onSite,
        region: { include: { translations: publishedOnly } },
        organisation: { include: { translations: publishedOnly } },
        pillars: {
          orderBy: { position: "asc" },
          include: {
            translations: publishedOnly,
            projects: { orderBy: { position: "asc" }, include: { translations: publishedOnly } },
          },
        },
      },
      orderBy: [{ periodStart: "desc" }, { key: "asc" }],
      ...paging(q),
    }),
    reader().strategy.count({ where: hasOnSite }),
  ]);
  const items = rows.flatMap((row) => {
    const text = localize(row.translations, q.locale);
    if (!text) return [];
    const own = row.translations.find((t) => t.locale === text.lang)!;
    const regionText = localize(row.region.translations, q.locale);
    const organisationText = row.organisation ? localize(row.organisation.translations, q.locale) : null;
    const strategySlug = text.slugs[q.locale];
    return [
      {
        ...base(
          { ...text, id: row.id, key: row.key },
          url(q.locale, { pathname: "/strategy/[slug]", params: { slug: strategySlug } }),
        ),
        goal: own.goal,
        governance: own.governance,
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
        adoptedOn: row.adoptedOn.toISOString().slice(0, 7),
        budgetMinEur: row.budgetMinEur,
        fundingSources: row.fundingSources,
        region: regionText ? { id: row.region.id, key: row.region.key, name: regionText.name } : null,
        organisation:
          row.organisation && organisationText
            ? { id: row.organisation.id, key: row.organisation.key, name: organisationText.name }
            : null,
        pillars: row.pillars.flatMap((p) => {
          const pt = localize(p.translations, q.locale);
          if (!pt) return [];
          const pillarUrl = url(q.locale, {
            pathname: "/strategy/[slug]/[pillar]",
            params: { slug: strategySlug, pillar: pt.slugs[q.locale] },
          });
          return [
            {
              id: p.id,
              key: p.key,
              position: p.position,
              name: pt.name,
              slug: pt.slugs[q.locale],
              summary: pt.summary,
              language: pt.lang,
              url: pillarUrl,
              projects: p.projects.flatMap((pr) => {
                const prt = localize(pr.translations, q.locale);
                return prt
                  ? [
                      {
                        id: pr.id,
                        key: pr.key,
                        position: pr.position,
                        name: prt.name,
                        summary: prt.summary,
                        description: prt.body,
                        language: prt.lang,
                        url: `${pillarUrl}#${pr.key}`,
                      },
                    ]
                  : [];
              }),
            },
          ];
        }),
      },
    ];
  });
  return { items, total };
}

const readers: { [N in ResourceName]: (q: ListQuery) => Promise<ResourcePage<N>> } = {
  organisations,
  regions,
  initiatives,
  strategies,
};

export function readResourcePage<N extends ResourceName>(name: N, q: ListQuery): Promise<ResourcePage<N>> {
  return readers[name](q);
}

export const getResourcePage = cachedRead(
  "api-resource-page",
  ["organisation", "region", "initiative", "strategy", "pillar", "project"],
  (name: ResourceName, locale: Locale, page: number, perPage: number) =>
    readResourcePage(name, { locale, page, per_page: perPage }),
) as <N extends ResourceName>(
  name: N,
  locale: Locale,
  page: number,
  perPage: number,
) => Promise<ResourcePage<N>>;
