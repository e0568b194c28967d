import { siteUrl } from "@/lib/metadata";
import { getSitemapFiles } from "@/lib/seo/sitemap";
import { SITEMAP_MAX_URLS } from "@/lib/seo/sitemap-xml";

const headers = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": "public, max-age=300, s-maxage=3600",
};

/** The sitemap, or a sitemap index when the portal has more than 50,000 URLs. */
export async function GET() {
  const { index } = await getSitemapFiles(siteUrl(), SITEMAP_MAX_URLS);
  return new Response(index, { headers });
}
