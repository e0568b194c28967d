import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "@/lib/api/csv";
import { serializeJsonLd } from "@/lib/seo/jsonld";
import { locales } from "@/lib/i18n/routing";
import { buildSitemapFiles, type SitemapPage } from "@/lib/seo/sitemap-xml";
import { xml } from "@/lib/seo/xml";

describe("JSON-LD serialization", () => {
  it("cannot close the script element or open a comment", () => {
    const out = serializeJsonLd({
      "@context": "https://schema.org",
      "@type": "Thing",
      name: "</script><script>alert(1)</script><!--",
    });
    expect(out).not.toContain("<");
    expect(JSON.parse(out).name).toBe("</script><script>alert(1)</script><!--");
  });
});

describe("CSV (RFC 4180)", () => {
  it("quotes fields with commas, quotes and line breaks", () => {
    expect(csvField('a "quoted", text')).toBe('"a ""quoted"", text"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(true)).toBe("true");
  });

  it("neutralises spreadsheet formulas", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("has a header row, flattens references and ends lines with CRLF", () => {
    const csv = toCsv([
      {
        id: "1",
        name: "A, B",
        region: { id: "r", key: "wallonia", name: "Wallonia" },
        themes: ["ai", "skills"],
        organisations: [{ id: "o", key: "bosa", name: "BOSA" }],
      },
    ]);
    expect(csv).toBe(
      'id,name,region_key,region_name,themes,organisations_keys\r\n1,"A, B",wallonia,Wallonia,ai; skills,bosa\r\n',
    );
  });
});

describe("sitemap XML", () => {
  const page = (n: number): SitemapPage => ({
    paths: Object.fromEntries(locales.map((l) => [l, `/${l}/p${n}`])),
    lastmod: { nl: "2026-01-01T00:00:00.000Z" },
  });

  it("lists each page once per locale with all alternates and x-default", () => {
    const { index, parts } = buildSitemapFiles([page(1)], "https://example.be");
    expect(parts).toEqual([]);
    expect(XMLValidator.validate(index)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(index);
    const urls = parsed.urlset.url;
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual(locales.map((l) => `https://example.be/${l}/p1`));
    expect(urls[0].lastmod).toBe("2026-01-01T00:00:00.000Z");
    expect(urls[1].lastmod).toBeUndefined();
    expect(urls[2]["xhtml:link"].map((l: Record<string, string>) => l["@_hreflang"])).toEqual([
      ...locales,
      "x-default",
    ]);
  });

  it("splits into a sitemap index past the URL limit", () => {
    // One URL per page and locale: three pages need three files of one page each.
    const { index, parts } = buildSitemapFiles(
      [page(1), page(2), page(3)],
      "https://example.be",
      locales.length,
    );
    expect(parts).toHaveLength(3);
    const parsed = new XMLParser().parse(index);
    expect(parsed.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      "https://example.be/sitemaps/1.xml",
      "https://example.be/sitemaps/2.xml",
      "https://example.be/sitemaps/3.xml",
    ]);
    const counts = parts.map((p) => [new XMLParser().parse(p).urlset.url].flat().length);
    expect(counts).toEqual([locales.length, locales.length, locales.length]);
  });

  it("escapes XML special characters", () => {
    expect(xml(`a&b<c>"d"'e'\u0001`)).toBe("a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;");
  });
});
