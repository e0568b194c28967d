import "server-only";
import { getTranslations } from "next-intl/server";
import type { FactField } from "@/components/admin/ContentForms";
import type { ContentType } from "@/lib/cache-tags";
import { localize, publishedOnly } from "@/lib/content/shared";
import { db } from "@/lib/db";
import { FundingSource, Theme } from "@/lib/generated/prisma/enums";
import { routing, type Locale } from "@/lib/i18n/routing";

type Row = Record<string, unknown> | null;

async function options(locale: Locale) {
  const named = <T extends { id: string; key: string; translations: Parameters<typeof localize>[0] }>(
    rows: T[],
  ) => rows.map((r) => ({ value: r.id, label: localize(r.translations, locale)?.name ?? r.key }));
  const all = { where: {}, include: { translations: publishedOnly } };
  const [regions, organisations, strategies, pillars] = await Promise.all([
    db.region.findMany({ ...all, orderBy: { position: "asc" } }),
    db.organisation.findMany({ ...all, orderBy: [{ position: "asc" }, { key: "asc" }] }),
    db.strategy.findMany({ ...all, orderBy: { key: "asc" } }),
    db.pillar.findMany({ ...all, orderBy: [{ strategyId: "asc" }, { position: "asc" }] }),
  ]);
  return {
    regions: named(regions),
    organisations: named(organisations),
    strategies: named(strategies),
    pillars: named(pillars),
  };
}

/** The fields of the language-independent facts of a type, filled with an entity's values. */
export async function factFields(type: ContentType, row: Row, locale: Locale): Promise<FactField[]> {
  const fields = await typeFactFields(type, row, locale);
  if (!row) return fields;
  const t = await getTranslations({ locale, namespace: "Editor" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  return [
    ...fields,
    {
      name: "sourceLocale",
      label: t("sourceLocale"),
      kind: "select",
      options: routing.locales.map((l) => ({ value: l, label: languages(l) })),
      value: String(row.sourceLocale ?? "en"),
    },
  ];
}

async function typeFactFields(type: ContentType, row: Row, locale: Locale): Promise<FactField[]> {
  const t = await getTranslations({ locale, namespace: "Editor" });
  const themeLabel = await getTranslations({ locale, namespace: "Themes" });
  const fundingLabel = await getTranslations({ locale, namespace: "Funding" });
  const o = await options(locale);
  const v = (name: string) => (row?.[name] ?? undefined) as string | undefined;
  const s = (name: string) => (row?.[name] === undefined || row?.[name] === null ? "" : String(row[name]));
  const none = { value: "", label: t("none") };
  const themeOptions = Object.values(Theme).map((th) => ({ value: th, label: themeLabel(th) }));
  const position: FactField = {
    name: "position",
    label: t("position"),
    kind: "number",
    value: s("position") || "0",
  };
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
          value: v("kind") ?? "region",
        },
        position,
      ];
    case "organisation":
      return [
        { name: "regionId", label: t("region"), kind: "select", options: o.regions, value: v("regionId") },
        { name: "websiteUrl", label: t("websiteUrl"), kind: "url", value: s("websiteUrl") },
        {
          name: "isLeadAgency",
          label: t("isLeadAgency"),
          kind: "checkbox",
          value: row?.isLeadAgency === true,
        },
        {
          name: "focusAreas",
          label: t("focusAreas"),
          kind: "checkboxes",
          options: themeOptions,
          value: (row?.focusAreas as string[]) ?? [],
        },
        {
          name: "parentId",
          label: t("parent"),
          kind: "select",
          options: [none, ...o.organisations.filter((x) => x.value !== row?.id)],
          value: v("parentId") ?? "",
        },
        position,
      ];
    case "initiative":
      return [
        {
          name: "regionId",
          label: t("region"),
          kind: "select",
          options: [{ value: "", label: t("crossRegional") }, ...o.regions],
          value: v("regionId") ?? "",
        },
        { name: "websiteUrl", label: t("websiteUrl"), kind: "url", value: s("websiteUrl") },
        {
          name: "themes",
          label: t("themes"),
          kind: "checkboxes",
          options: themeOptions,
          value: (row?.themes as string[]) ?? [],
        },
        { name: "isFlagship", label: t("isFlagship"), kind: "checkbox", value: row?.isFlagship === true },
        {
          name: "organisationIds",
          label: t("organisations"),
          kind: "checkboxes",
          options: o.organisations,
          value: (row?.organisationIds as string[]) ?? [],
        },
        position,
      ];
    case "strategy":
      return [
        { name: "regionId", label: t("region"), kind: "select", options: o.regions, value: v("regionId") },
        {
          name: "organisationId",
          label: t("organisation"),
          kind: "select",
          options: [none, ...o.organisations],
          value: v("organisationId") ?? "",
        },
        { name: "periodStart", label: t("periodStart"), kind: "number", value: s("periodStart") },
        { name: "periodEnd", label: t("periodEnd"), kind: "number", value: s("periodEnd") },
        {
          name: "adoptedOn",
          label: t("adoptedOn"),
          kind: "month",
          value: row?.adoptedOn instanceof Date ? row.adoptedOn.toISOString().slice(0, 7) : "",
        },
        { name: "budgetMinEur", label: t("budgetMinEur"), kind: "number", value: s("budgetMinEur") },
        {
          name: "fundingSources",
          label: t("fundingSources"),
          kind: "checkboxes",
          options: Object.values(FundingSource).map((f) => ({ value: f, label: fundingLabel(f) })),
          value: (row?.fundingSources as string[]) ?? [],
        },
      ];
    case "pillar":
      return [
        {
          name: "strategyId",
          label: t("strategy"),
          kind: "select",
          options: o.strategies,
          value: v("strategyId"),
        },
        position,
      ];
    case "project":
      return [
        { name: "pillarId", label: t("pillar"), kind: "select", options: o.pillars, value: v("pillarId") },
        {
          name: "organisationId",
          label: t("organisation"),
          kind: "select",
          options: [none, ...o.organisations],
          value: v("organisationId") ?? "",
        },
        position,
      ];
  }
}

/** The entity row with what its facts form needs (an initiative's organisations). */
export async function readEntity(type: ContentType, id: string): Promise<Row> {
  switch (type) {
    case "region":
      return db.region.findUnique({ where: { id } });
    case "organisation":
      return db.organisation.findUnique({ where: { id } });
    case "initiative": {
      const row = await db.initiative.findUnique({ where: { id }, include: { organisations: true } });
      return row && { ...row, organisationIds: row.organisations.map((o) => o.organisationId) };
    }
    case "strategy":
      return db.strategy.findUnique({ where: { id } });
    case "pillar":
      return db.pillar.findUnique({ where: { id } });
    case "project":
      return db.project.findUnique({ where: { id } });
  }
}
