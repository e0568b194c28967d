import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/metadata";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/preview", "/api/draft", "/api/auth"] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
