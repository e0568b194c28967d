import "server-only";
import { getTranslations } from "next-intl/server";
import type { FactField } from "@/components/admin/forms/FactFields";
import type { Values } from "@/components/admin/form/local-drafts";
import type { ContentType } from "@/lib/cache-tags";
import { localize, publishedOnly } from "@/lib/content/shared";
import { db } from "@/lib/db";
import { FundingSource, Theme } from "@/lib/generated/prisma/enums";
import { routing, type Locale } from "@/lib/i18n/routing";

/** An item's language-independent facts, as the facts form shows and sends them. */
export interface FactsView {
  key: string;
  sourceLocale: Locale;
  /** The facts' version: the entity's last change, sent back to refuse overwriting a newer one. */
  updatedAt: string;
  values: Values;
}

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? "" : String(value);
const flag = (value: boolean) => (value ? "on" : "");

const view = (row: { key: string; sourceLocale: Locale; updatedAt: Date }, values: Values): FactsView => ({
  key: row.key,
  sourceLocale: row.sourceLocale,
  updatedAt: row.updatedAt.toISOString(),
  values: { ...values, sourceLocale: row.sourceLocale },
});

/** The facts of one item, or null when it does not exist. */
export async function readFacts(type: ContentType, id: string): Promise<FactsView | null> {
  switch (type) {
    case "region": {
      const r = await db.region.findUnique({ where: { id } });
      return r && view(r, { kind: r.kind, position: text(r.position) });
    }
    case "organisation": {
      const o = await db.organisation.findUnique({ where: { id } });
      return (
        o &&
        view(o, {
          regionId: o.regionId,
          websiteUrl: text(o.websiteUrl),
          isLeadAgency: flag(o.isLeadAgency),
          focusAreas: o.focusAreas,
          parentId: text(o.parentId),
          logoId: text(o.logoId),
          position: text(o.position),
        })
      );
    }
    case "initiative": {
      const i = await db.initiative.findUnique({ where: { id }, include: { organisations: true } });
      return (
        i &&
        view(i, {
          regionId: text(i.regionId),
          websiteUrl: text(i.websiteUrl),
          themes: i.themes,
          isFlagship: flag(i.isFlagship),
          organisationIds: i.organisations.map((o) => o.organisationId),
          position: text(i.position),
        })
      );
    }
    case "strategy": {
      const s = await db.strategy.findUnique({ where: { id } });
      return (
        s &&
        view(s, {
          regionId: s.regionId,
          organisationId: text(s.organisationId),
          periodStart: text(s.periodStart),
          periodEnd: text(s.periodEnd),
          adoptedOn: s.adoptedOn.toISOString().slice(0, 7),
          budgetMinEur: text(s.budgetMinEur),
          fundingSources: s.fundingSources,
        })
      );
    }
    case "pillar": {
      const p = await db.pillar.findUnique({ where: { id } });
      return p && view(p, { strategyId: p.strategyId, position: text(p.position) });
    }
    case "project": {
      const p = await db.project.findUnique({ where: { id } });
      return (
        p &&
        view(p, { pillarId: p.pillarId, organisationId: text(p.organisationId), position: text(p.position) })
      );
    }
  }
}

/** The first values of a new item's facts. */
export function newFactsValues(type: ContentType, choices: FactChoices): Values {
  const first = (list: { value: string }[]) => list[0]?.value ?? "";
  switch (type) {
    case "region":
      return { kind: "region", position: "0" };
    case "organisation":
      return {
        regionId: first(choices.regions),
        websiteUrl: "",
        isLeadAgency: "",
        focusAreas: [],
        parentId: "",
        position: "0",
      };
    case "initiative":
      return { regionId: "", websiteUrl: "", themes: [], isFlagship: "", organisationIds: [], position: "0" };
    case "strategy":
      return {
        regionId: first(choices.regions),
        organisationId: "",
        periodStart: "",
        periodEnd: "",
        adoptedOn: "",
        budgetMinEur: "",
        fundingSources: [],
      };
    case "pillar":
      return { strategyId: first(choices.strategies), position: "0" };
    case "project":
      return { pillarId: first(choices.pillars), organisationId: "", position: "0" };
  }
}

type Choice = { value: string; label: string };
export interface FactChoices {
  regions: Choice[];
  organisations: Choice[];
  strategies: Choice[];
  pillars: Choice[];
  /** Images of the media library, for a logo. */
  images: Choice[];
}

/** The items a fact can point to (regions, organisations, strategies, pillars), named in `locale`. */
export async function factChoices(locale: Locale): Promise<FactChoices> {
  const named = <T extends { id: string; key: string; translations: Parameters<typeof localize>[0] }>(
    rows: T[],
  ) => rows.map((r) => ({ value: r.id, label: localize(r.translations, locale)?.name ?? r.key }));
  const all = { where: {}, include: { translations: publishedOnly } };
  const [regions, organisations, strategies, pillars, images] = await Promise.all([
    db.region.findMany({ ...all, orderBy: { position: "asc" } }),
    db.organisation.findMany({ ...all, orderBy: [{ position: "asc" }, { key: "asc" }] }),
    db.strategy.findMany({ ...all, orderBy: { key: "asc" } }),
    db.pillar.findMany({ ...all, orderBy: [{ strategyId: "asc" }, { position: "asc" }] }),
    db.mediaAsset.findMany({
      where: { kind: "image" },
      select: { id: true, filename: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 500,
    }),
  ]);
  return {
    regions: named(regions),
    organisations: named(organisations),
    strategies: named(strategies),
    pillars: named(pillars),
    images: images.map((i) => ({ value: i.id, label: i.filename })),
  };
}

/**
 * The fields of a type's facts, labelled in the admin's language. `self` is the item being
 * edited (it cannot be its own parent); a new item (no `self`) takes its source language from
 * its first translation, so it has no source-language field.
 */
export async function factFields(
  type: ContentType,
  locale: Locale,
  choices: FactChoices,
  self?: string,
): Promise<FactField[]> {
  const t = await getTranslations({ locale, namespace: "Editor" });
  const themeLabel = await getTranslations({ locale, namespace: "Themes" });
  const fundingLabel = await getTranslations({ locale, namespace: "Funding" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const none = { value: "", label: t("none") };
  const themeOptions = Object.values(Theme).map((th) => ({ value: th, label: themeLabel(th) }));
  const position: FactField = { name: "position", label: t("position"), kind: "number" };
  const sourceLocale: FactField[] = self
    ? [
        {
          name: "sourceLocale",
          label: t("sourceLocale"),
          kind: "select",
          options: routing.locales.map((l) => ({ value: l, label: languages(l) })),
        },
      ]
    : [];
  const fields = (): FactField[] => {
    switch (type) {
      case "region":
        return [
          {
            name: "kind",
            label: t("kind"),
            kind: "select",
            options: [
              { value: "region", label: t("kind_region") },
              { value: "federal", label: t("kind_federal") },
            ],
          },
          position,
        ];
      case "organisation":
        return [
          { name: "regionId", label: t("region"), kind: "select", options: choices.regions },
          { name: "websiteUrl", label: t("websiteUrl"), kind: "url" },
          { name: "isLeadAgency", label: t("isLeadAgency"), kind: "checkbox" },
          { name: "focusAreas", label: t("focusAreas"), kind: "checkboxes", options: themeOptions },
          {
            name: "parentId",
            label: t("parent"),
            kind: "select",
            options: [none, ...choices.organisations.filter((x) => x.value !== self)],
          },
          // Picked once the item exists (the library's images, by file name).
          ...(self
            ? [
                {
                  name: "logoId",
                  label: t("logo"),
                  kind: "select" as const,
                  options: [none, ...choices.images],
                },
              ]
            : []),
          position,
        ];
      case "initiative":
        return [
          {
            name: "regionId",
            label: t("region"),
            kind: "select",
            options: [{ value: "", label: t("crossRegional") }, ...choices.regions],
          },
          { name: "websiteUrl", label: t("websiteUrl"), kind: "url" },
          { name: "themes", label: t("themes"), kind: "checkboxes", options: themeOptions },
          { name: "isFlagship", label: t("isFlagship"), kind: "checkbox" },
          {
            name: "organisationIds",
            label: t("organisations"),
            kind: "checkboxes",
            options: choices.organisations,
          },
          position,
        ];
      case "strategy":
        return [
          { name: "regionId", label: t("region"), kind: "select", options: choices.regions },
          {
            name: "organisationId",
            label: t("organisation"),
            kind: "select",
            options: [none, ...choices.organisations],
          },
          { name: "periodStart", label: t("periodStart"), kind: "number" },
          { name: "periodEnd", label: t("periodEnd"), kind: "number" },
          { name: "adoptedOn", label: t("adoptedOn"), kind: "month" },
          { name: "budgetMinEur", label: t("budgetMinEur"), kind: "number" },
          {
            name: "fundingSources",
            label: t("fundingSources"),
            kind: "checkboxes",
            options: Object.values(FundingSource).map((f) => ({ value: f, label: fundingLabel(f) })),
          },
        ];
      case "pillar":
        return [
          { name: "strategyId", label: t("strategy"), kind: "select", options: choices.strategies },
          position,
        ];
      case "project":
        return [
          { name: "pillarId", label: t("pillar"), kind: "select", options: choices.pillars },
          {
            name: "organisationId",
            label: t("organisation"),
            kind: "select",
            options: [none, ...choices.organisations],
          },
          position,
        ];
    }
  };
  return [...fields(), ...sourceLocale];
}
