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
