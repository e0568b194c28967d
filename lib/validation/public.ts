import { z } from "zod";
import { Theme } from "@/lib/generated/prisma/enums";

export const MAX_QUERY_LENGTH = 200;

type RawParams = Record<string, string | string[] | undefined>;

/** One query-string value: the first when repeated. */
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const themeSchema = z.enum(Object.values(Theme) as [Theme, ...Theme[]]);
const pageSchema = z.coerce.number().int().min(1).max(100_000);

export interface InitiativeQuery {
  region?: string;
  theme?: Theme;
  page: number;
  /** A parameter had a value that does not exist; it was ignored. */
  invalid: boolean;
}

/** Reads the initiative filters from the query string; unknown values are dropped, never fatal. */
export function parseInitiativeQuery(params: RawParams, regionKeys: readonly string[]): InitiativeQuery {
  const region = first(params.region) || undefined;
  const theme = first(params.theme) || undefined;
  const page = first(params.page) || undefined;
  const validRegion = region === undefined || region === "cross-regional" || regionKeys.includes(region);
  const parsedTheme = theme === undefined ? undefined : themeSchema.safeParse(theme);
  const parsedPage = page === undefined ? undefined : pageSchema.safeParse(page);
  return {
    region: validRegion ? region : undefined,
    theme: parsedTheme?.success ? parsedTheme.data : undefined,
    page: parsedPage?.success ? parsedPage.data : 1,
    invalid: !validRegion || parsedTheme?.success === false || parsedPage?.success === false,
  };
}

/** The search terms: trimmed, with control characters removed, at most MAX_QUERY_LENGTH long. */
export function parseSearchQuery(params: RawParams): { q: string; truncated: boolean } {
  const raw = (first(params.q) ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  return { q: raw.slice(0, MAX_QUERY_LENGTH).trim(), truncated: raw.length > MAX_QUERY_LENGTH };
}

/**
 * The organisations list's region and page, as the address carries them (`?region=&page=`, which
 * the Node server turns into path segments): a region key or "all", and a page from 1. Anything else
 * is null: that list does not exist (a 404, so made-up values add no cached page).
 */
export function parseOrganisationListParams(
  params: { region: string; page: string },
  regionKeys: readonly string[],
): { region: string; page: number } | null {
  const region = params.region === "all" ? "" : params.region;
  if (region && !regionKeys.includes(region)) return null;
  const page = z
    .string()
    .regex(/^[1-9][0-9]*$/)
    .transform(Number)
    .pipe(z.number().max(100_000))
    .safeParse(params.page);
  return page.success ? { region, page: page.data } : null;
}
