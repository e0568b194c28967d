import type { Locale } from "@/lib/i18n/routing";
import { xml } from "./xml";

/** One page in every locale it exists in. */
export interface SitemapPage {
  paths: Partial<Record<Locale, string>>;
  lastmod: Partial<Record<Locale, string>>;
}

export const SITEMAP_MAX_URLS = 50_000;

/**
 * The sitemap XML: one <url> per page and locale with its xhtml:link alternates (and x-default).
 * Past maxUrls the URLs are split into numbered files behind a sitemap index.
 */
export function buildSitemapFiles(pages: SitemapPage[], siteUrl: string, maxUrls = SITEMAP_MAX_URLS) {
  const urls = pages.flatMap((page) => {
    const alternates = (Object.entries(page.paths) as [Locale, string][])
      .map(([l, path]) => `<xhtml:link rel="alternate" hreflang="${l}" href="${xml(siteUrl + path)}"/>`)
      .concat(`<xhtml:link rel="alternate" hreflang="x-default" href="${xml(`${siteUrl}/`)}"/>`)
      .join("");
    return (Object.entries(page.paths) as [Locale, string][]).map(([locale, path]) => {
      const lastmod = page.lastmod[locale];
      return `<url><loc>${xml(siteUrl + path)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}${alternates}</url>`;
    });
  });
  const urlset = (part: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${part.join("\n")}\n</urlset>\n`;
  if (urls.length <= maxUrls) return { index: urlset(urls), parts: [] as string[] };
  const parts: string[] = [];
  for (let i = 0; i < urls.length; i += maxUrls) parts.push(urlset(urls.slice(i, i + maxUrls)));
  const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts
    .map((_, n) => `<sitemap><loc>${xml(`${siteUrl}/sitemaps/${n + 1}.xml`)}</loc></sitemap>`)
    .join("\n")}\n</sitemapindex>\n`;
  return { index, parts };
}
