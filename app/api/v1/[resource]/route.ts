import { createHash } from "node:crypto";
import { toCsv } from "@/lib/api/csv";
import { getResourcePage } from "@/lib/api/data";
import { listQuerySchema, queryInput, resourceNames, type ResourceName } from "@/lib/api/schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { hit } from "@/lib/auth/rate-limit";
import { parseOptions, problem } from "@/lib/http/problem";
import { pathFor, type Href } from "@/lib/i18n/paths";
import { siteUrl } from "@/lib/metadata";

const htmlIndex: Partial<Record<ResourceName, Href>> = {
  organisations: "/organisations",
  initiatives: "/initiatives",
};
/** Per client address (all clients share one bucket without the trusted proxy): generous for re-users. */
const API_LIMIT = { perMinute: Number(process.env.API_RATE_LIMIT ?? 600) };
const CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=86400";

function parseResource(segment: string): { name: ResourceName; csv: boolean } | null {
  const csv = segment.endsWith(".csv");
  const name = csv ? segment.slice(0, -4) : segment;
  return (resourceNames as readonly string[]).includes(name) ? { name: name as ResourceName, csv } : null;
}

/** Whether If-None-Match names this representation, or any (`*`: RFC 9110, 13.1.2). */
function notModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const candidate = tag.trim();
    return candidate === "*" || candidate.replace(/^W\//, "") === etag;
  });
}

/** Answers 304 when the client already has this representation. */
function respond(request: Request, body: string, contentType: string): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding" };
  if (notModified(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

/** The open-data API: /api/v1/{organisations,regions,initiatives,strategies}[.csv]. */
export async function GET(request: Request, { params }: { params: Promise<{ resource: string }> }) {
  const limit = await hit(`api:${clientIp(request.headers)}`, API_LIMIT.perMinute, 60);
  if (!limit.allowed) {
    return problem(request, "RATE_LIMITED", {
      detail: "rateLimited",
      values: { seconds: limit.retryAfter },
      headers: { "Retry-After": String(limit.retryAfter) },
    });
  }
  const resource = parseResource((await params).resource);
  if (!resource) {
    return problem(request, "NOT_FOUND", {
      detail: "unknownResource",
      values: { resources: resourceNames.join(", ") },
    });
  }
  const requestUrl = new URL(request.url);
  const parsed = listQuerySchema.safeParse(queryInput(requestUrl.searchParams), parseOptions(request));
  if (!parsed.success) {
    return problem(request, "BAD_REQUEST", { detail: "invalidParameters", fields: parsed.error });
  }
  const query = parsed.data;
  const { items, total } = await getResourcePage(resource.name, query.locale, query.page, query.per_page);

  if (resource.csv) return respond(request, toCsv(items), "text/csv; charset=utf-8; header=present");

  const pageCount = Math.max(1, Math.ceil(total / query.per_page));
  const link = (page: number, csv = false) => {
    const qs = new URLSearchParams({
      locale: query.locale,
      page: String(page),
      per_page: String(query.per_page),
    });
    return `${siteUrl()}/api/v1/${resource.name}${csv ? ".csv" : ""}?${qs}`;
  };
  const html = htmlIndex[resource.name];
  const body = {
    data: items,
    meta: { locale: query.locale, page: query.page, perPage: query.per_page, total, pageCount },
    links: {
      self: link(query.page),
      first: link(1),
      last: link(pageCount),
      prev: query.page > 1 ? link(Math.min(query.page - 1, pageCount)) : null,
      next: query.page < pageCount ? link(query.page + 1) : null,
      csv: link(query.page, true),
      html: html ? `${siteUrl()}${pathFor(query.locale, html)}` : null,
    },
  };
  return respond(request, JSON.stringify(body), "application/json; charset=utf-8");
}
