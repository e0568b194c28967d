// The open-data API's contract: query parameters and resources, as zod schemas. The same schemas
// validate requests, type the handlers and generate the OpenAPI document (lib/api/openapi.ts).
import { z } from "zod";
import { FundingSource, RegionKind, Theme } from "@/lib/generated/prisma/enums";
import { routing } from "@/lib/i18n/routing";

export const resourceNames = ["organisations", "regions", "initiatives", "strategies"] as const;
export type ResourceName = (typeof resourceNames)[number];

export const MAX_PER_PAGE = 100;

const integerParam = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(fallback);

export const listQuerySchema = z
  .strictObject({
    locale: z
      .enum(routing.locales)
      .default("en")
      .describe(`Language of the texts: ${routing.locales.join(", ")}.`),
    page: integerParam(1, 100_000, 1).describe("Page number, from 1."),
    per_page: integerParam(1, MAX_PER_PAGE, 50).describe(`Items per page, 1 to ${MAX_PER_PAGE}.`),
  })
  .meta({ id: "ListQuery" });
export type ListQuery = z.output<typeof listQuerySchema>;

/**
 * The query string as the schema's input: a parameter given more than once becomes a list, which
 * the schema refuses, rather than one of its values silently winning.
 */
export function queryInput(params: URLSearchParams): Record<string, string | string[]> {
  const input = new Map<string, string | string[]>();
  for (const [name, value] of params) {
    const earlier = input.get(name);
    input.set(name, earlier === undefined ? value : [earlier, value].flat());
  }
  return Object.fromEntries(input);
}

const localizedFields = {
  id: z.string().describe("Stable identifier."),
  key: z.string().describe("Stable, human-readable key."),
  name: z.string(),
  slug: z.string().describe("URL slug in the requested language."),
  language: z
    .enum(routing.locales)
    .describe("Language of the texts; differs from the requested one when a translation is missing."),
  summary: z.string(),
  description: z.string().describe("Body text in Markdown."),
  url: z.url().describe("The HTML page of this item in the requested language."),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  withdrawnAt: z.iso
    .datetime()
    .nullable()
    .describe(
      "Set when this text was withdrawn: its page stays, with the explanation, but it is out of the portal's lists, search and sitemap.",
    ),
  withdrawalExplanation: z.string().nullable().describe("Why it was withdrawn, in the text's language."),
};

const reference = z.object({ id: z.string(), key: z.string(), name: z.string() });

export const organisationSchema = z
  .object({
    ...localizedFields,
    region: reference.nullable(),
    websiteUrl: z.url().nullable(),
    isLeadAgency: z
      .boolean()
      .describe(
        "The main organisation of its region or level, named first on the portal; not an official status.",
      ),
    focusAreas: z.array(z.enum(Object.values(Theme) as [Theme, ...Theme[]])),
  })
  .meta({ id: "Organisation" });

export const regionSchema = z
  .object({
    ...localizedFields,
    kind: z.enum(Object.values(RegionKind) as [RegionKind, ...RegionKind[]]),
    leadAgency: reference.nullable(),
  })
  .meta({ id: "Region" });

export const initiativeSchema = z
  .object({
    ...localizedFields,
    region: reference.nullable().describe("Null for cross-regional initiatives."),
    themes: z.array(z.enum(Object.values(Theme) as [Theme, ...Theme[]])),
    isFlagship: z
      .boolean()
      .describe(
        "Shown as an example on the portal's comparison page; an editorial choice, not an official label.",
      ),
    organisations: z.array(reference),
  })
  .meta({ id: "Initiative" });

const projectSchema = z.object({
  id: z.string(),
  key: z.string(),
  position: z.number().int(),
  name: z.string(),
  summary: z.string(),
  description: z.string(),
  language: z.enum(routing.locales),
  url: z.url(),
});

const pillarSchema = z.object({
  id: z.string(),
  key: z.string(),
  position: z.number().int(),
  name: z.string(),
  slug: z.string(),
  summary: z.string(),
  language: z.enum(routing.locales),
  url: z.url(),
  projects: z.array(projectSchema),
});

export const strategySchema = z
  .object({
    ...localizedFields,
    goal: z.string(),
    governance: z.string(),
    periodStart: z.number().int(),
    periodEnd: z.number().int(),
    adoptedOn: z.string().describe("Month of adoption, YYYY-MM."),
    budgetMinEur: z.number().int().nullable().describe("Lower bound of the announced budget, in euro."),
    fundingSources: z.array(z.enum(Object.values(FundingSource) as [FundingSource, ...FundingSource[]])),
    region: reference.nullable(),
    organisation: reference.nullable(),
    pillars: z.array(pillarSchema),
  })
  .meta({ id: "Strategy" });

export const resourceSchemas = {
  organisations: organisationSchema,
  regions: regionSchema,
  initiatives: initiativeSchema,
  strategies: strategySchema,
} as const;

export type Resource<N extends ResourceName> = z.infer<(typeof resourceSchemas)[N]>;

export const pageMetaSchema = z.object({
  locale: z.enum(routing.locales),
  page: z.number().int(),
  perPage: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
});

export const linksSchema = z.object({
  self: z.url(),
  first: z.url(),
  last: z.url(),
  prev: z.url().nullable(),
  next: z.url().nullable(),
  csv: z.url(),
  html: z.url().nullable(),
});

export function listSchema<N extends ResourceName>(name: N) {
  return z.object({ data: z.array(resourceSchemas[name]), meta: pageMetaSchema, links: linksSchema });
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .meta({ id: "Problem" });
