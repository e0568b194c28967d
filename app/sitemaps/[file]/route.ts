import { problem } from "@/lib/http/problem";
import { siteUrl } from "@/lib/metadata";
import { getSitemapFiles } from "@/lib/seo/sitemap";
import { SITEMAP_MAX_URLS } from "@/lib/seo/sitemap-xml";

/** One part of a split sitemap: /sitemaps/1.xml … */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).file);
  const { parts } = await getSitemapFiles(siteUrl(), SITEMAP_MAX_URLS);
  const part = match ? parts[Number(match[1]) - 1] : undefined;
  if (!part) return problem(request, "NOT_FOUND", { detail: "noSuchPage" });
  return new Response(part, {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": "public, max-age=300, s-maxage=3600",
    },
  });
}
