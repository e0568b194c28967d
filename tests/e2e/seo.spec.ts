import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { ogLocale } from "@/lib/metadata";
import { compileDocument } from "../helpers/openapi";
import { locales } from "./helpers";
import { pageTypes, type PageType } from "./pages";

const indexable = (Object.keys(pageTypes) as PageType[]).filter((type) => type !== "search");

for (const type of indexable) {
  test(`${type}: title, description, canonical, reciprocal hreflang with x-default, JSON-LD`, async ({
    page,
    baseURL,
  }) => {
    const expected = Object.fromEntries(locales.map((l) => [l, `${baseURL}${pageTypes[type][l][0]}`]));
    for (const locale of locales) {
      await page.goto(pageTypes[type][locale][0]);
      // The heading's text; after the site name and a colon it may begin in lower case (the home).
      await expect(page).toHaveTitle(new RegExp(pageTypes[type][locale][1].replace(/[()]/g, "."), "i"));
      expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
      expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(expected[locale]);
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")])),
        );
      expect(alternates).toEqual({ ...expected, "x-default": baseURL });
      expect(await page.locator('meta[name="robots"]').count()).toBe(0);
      expect(await page.locator('meta[property="og:locale"]').getAttribute("content")).toBe(ogLocale[locale]);
      expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBeTruthy();
      expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe(
        "summary_large_image",
      );
      expect(await page.locator('meta[name="twitter:image:alt"]').getAttribute("content")).toBe(
        await page.locator('meta[property="og:title"]').getAttribute("content"),
      );
      const feed = await page
        .locator('link[rel="alternate"][type="application/atom+xml"]')
        .getAttribute("href");
      expect(feed).toBe(`${baseURL}/${locale}/feed.xml`);
      for (const json of await page.locator('script[type="application/ld+json"]').allTextContents()) {
        const data = JSON.parse(json);
        expect(data["@context"]).toBe("https://schema.org");
        expect(typeof data["@type"]).toBe("string");
      }
    }
  });
}

test("the language-choice page has its Open Graph and Twitter cards, with an image in every language", async ({
  browser,
  request,
  baseURL,
}) => {
  // A browser in none of the portal's languages gets the choice rather than a redirect.
  const context = await browser.newContext({
    locale: "es-ES",
    extraHTTPHeaders: { "Accept-Language": "es-ES,es;q=0.9" },
  });
  const page = await context.newPage();
  await page.goto("/");
  const meta = (selector: string) => page.locator(selector).getAttribute("content");
  const title = "Digitaal België · Belgique numérique · Digitales Belgien · Digital Belgium";
  expect(await meta('meta[property="og:title"]')).toBe(title);
  expect(await meta('meta[property="og:url"]')).toBe(baseURL);
  expect(await meta('meta[property="og:locale"]')).toBe("nl_BE");
  expect(await meta('meta[name="description"]')).toContain("Choisissez votre langue");
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
  expect(await meta('meta[name="twitter:image:alt"]')).toBe(title);
  const image = await meta('meta[property="og:image"]');
  expect(await meta('meta[name="twitter:image"]')).toBe(image);
  const png = await request.get(image!);
  expect([png.status(), png.headers()["content-type"]]).toEqual([200, "image/png"]);
  await context.close();
});

for (const locale of locales) {
  test(`home in ${locale}: the WebSite structured data is in ${locale}`, async ({ page }) => {
    await page.goto(pageTypes.home[locale][0]);
    const documents = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap(
      (json) => [JSON.parse(json)].flat(),
    );
    expect(documents.find((d) => d["@type"] === "WebSite")?.inLanguage).toBe(locale);
  });
}

test("structured data by page type", async ({ page }) => {
  const typesOn = async (path: string) => {
    await page.goto(path);
    return (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (j) => JSON.parse(j)["@type"],
    );
  };
  expect(await typesOn("/en")).toEqual(["WebSite"]);
  expect(await typesOn("/nl/organisaties/digitaal-vlaanderen")).toEqual([
    "BreadcrumbList",
    "GovernmentOrganization",
  ]);
  expect(await typesOn("/fr/initiatives/digitalent")).toEqual(["BreadcrumbList", "GovernmentService"]);
  expect(await typesOn("/en/strategy/digital-wallonia-2019-2024")).toEqual([
    "BreadcrumbList",
    "CreativeWork",
  ]);
  expect(await typesOn("/en/strategy/digital-wallonia-2019-2024/digital-sector")).toEqual([
    "BreadcrumbList",
    "CreativeWork",
  ]);
  await page.goto("/en/organisations/digitaal-vlaanderen");
  const org = JSON.parse((await page.locator('script[type="application/ld+json"]').allTextContents())[1]);
  expect(org).toMatchObject({
    name: "Digitaal Vlaanderen",
    url: "https://www.vlaanderen.be/digitaal-vlaanderen",
    areaServed: { name: "Flanders" },
  });
});

test("search results and unknown pages are not indexed", async ({ page }) => {
  await page.goto("/en/search?q=wallonia");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.goto("/en/organisations/nothing-here");
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
});

test("the sitemap lists every published page once per locale, each answering 200", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/sitemap.xml");
  expect(response.headers()["content-type"]).toContain("application/xml");
  const urls = [new XMLParser({ ignoreAttributes: false }).parse(await response.text()).urlset.url].flat();
  // 36 published pages, each in every locale.
  expect(urls).toHaveLength(36 * locales.length);
  const locs = urls.map((u: { loc: string }) => u.loc);
  expect(new Set(locs).size).toBe(locs.length);
  for (const type of indexable)
    for (const l of locales) expect(locs).toContain(`${baseURL}${pageTypes[type][l][0]}`);
  for (const url of urls) {
    expect(url["xhtml:link"].map((l: Record<string, string>) => l["@_hreflang"])).toEqual([
      ...locales,
      "x-default",
    ]);
  }
  for (const loc of locs) expect((await request.get(loc, { maxRedirects: 0 })).status(), loc).toBe(200);
});

test("robots.txt allows the site, keeps crawlers out of the admin and previews, names the sitemap", async ({
  request,
  baseURL,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Allow: /");
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain("Disallow: /api/draft");
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("a page's social image renders as PNG", async ({ page, request }) => {
  await page.goto("/fr/strategie/digital-wallonia-2019-2024/competences-numeriques-et-education");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const response = await request.get(image!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect([...(await response.body()).subarray(0, 8)]).toEqual([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
  ]);
  expect((await request.get("/api/og?locale=fr&kind=organisation&slug=inconnue")).status()).toBe(404);
  expect((await request.get("/api/og?locale=xx&kind=home")).status()).toBe(400);
});

test.describe("open-data API", () => {
  test("returns the seeded content per locale, with links and pagination", async ({ request, baseURL }) => {
    const nl = await (await request.get("/api/v1/organisations?locale=nl")).json();
    expect(nl.data.map((o: { name: string }) => o.name)).toContain("FOD Beleid en Ondersteuning (BOSA)");
    expect(nl.data.find((o: { key: string }) => o.key === "bosa").url).toBe(
      `${baseURL}/nl/organisaties/bosa`,
    );
    const fr = await (await request.get("/api/v1/strategies?locale=fr")).json();
    expect(fr.data[0].pillars.map((p: { name: string }) => p.name)).toContain(
      "Compétences numériques et éducation",
    );
    const paged = await (await request.get("/api/v1/initiatives?locale=en&per_page=4&page=2")).json();
    expect(paged.meta).toEqual({ locale: "en", page: 2, perPage: 4, total: 9, pageCount: 3 });
    expect(paged.links.prev).toContain("page=1");
    expect(paged.links.next).toContain("page=3");
  });

  test("serves CSV with a header row", async ({ request }) => {
    const response = await request.get("/api/v1/regions.csv?locale=fr");
    expect(response.headers()["content-type"]).toContain("text/csv");
    const lines = (await response.text()).split("\r\n");
    expect(lines[0].split(",")).toEqual(expect.arrayContaining(["id", "key", "name", "lead_agency_key"]));
    expect(lines.filter(Boolean)).toHaveLength(5);
    expect(lines.some((line) => line.includes("Région de Bruxelles-Capitale"))).toBe(true);
  });

  test("answers 304 to a matching ETag", async ({ request }) => {
    const first = await request.get("/api/v1/regions?locale=en");
    const etag = first.headers()["etag"];
    expect(first.headers()["cache-control"]).toContain("public");
    const second = await request.get("/api/v1/regions?locale=en", { headers: { "If-None-Match": etag } });
    expect(second.status()).toBe(304);
  });

  for (const query of [
    "locale=es",
    "page=0",
    "per_page=500",
    "page=abc",
    "unknown=1",
    "locale=nl&locale=fr&page=-1",
  ]) {
    test(`rejects ${query} with a 400 problem`, async ({ request }) => {
      const response = await request.get(`/api/v1/initiatives?${query}`);
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toBe("application/problem+json");
      const body = await response.json();
      // A problem speaks the language the query asks for (the first, when it asks twice).
      expect(body).toMatchObject({
        status: 400,
        title: query.includes("locale=nl") ? "Ongeldig verzoek" : "Bad request",
      });
      expect(body.errors.length).toBeGreaterThan(0);
    });
  }

  test("an unknown collection is a 404 problem", async ({ request }) => {
    const response = await request.get("/api/v1/secrets");
    expect(response.status()).toBe(404);
    expect((await response.json()).status).toBe(404);
  });

  test("answers as its served OpenAPI document says, for every collection and language", async ({
    request,
  }) => {
    const document = await (await request.get("/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    const compiled = compileDocument(document);
    const paths = Object.keys(document.paths);
    expect(paths).toHaveLength(8);
    for (const path of paths) {
      for (const locale of locales) {
        const response = await request.get(`${path}?locale=${locale}`);
        expect(response.status(), path).toBe(200);
        const type = response.headers()["content-type"].split(";")[0];
        const body = type === "application/json" ? await response.json() : await response.text();
        expect(compiled.errors(path, 200, type, body), `${path} in ${locale}`).toEqual([]);
        for (const ifNoneMatch of [response.headers()["etag"], "*"]) {
          const again = await request.get(`${path}?locale=${locale}`, {
            headers: { "If-None-Match": ifNoneMatch },
          });
          expect(again.status(), `${path} If-None-Match: ${ifNoneMatch}`).toBe(304);
          expect(compiled.statuses(path)).toContain("304");
        }
      }
    }
  });
});

for (const locale of locales) {
  test(`the ${locale} Atom feed parses and links to pages in ${locale}`, async ({ request, baseURL }) => {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.headers()["content-type"]).toContain("application/xml");
    const feed = new XMLParser({ ignoreAttributes: false }).parse(await response.text()).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBeTruthy();
    expect(new Date(feed.updated).getTime()).toBeGreaterThan(0);
    const links = [feed.link].flat().map((l: Record<string, string>) => l["@_rel"]);
    expect(links).toEqual(expect.arrayContaining(["self", "alternate"]));
    for (const entry of feed.entry) {
      expect(entry.link["@_href"].startsWith(`${baseURL}/${locale}`)).toBe(true);
      expect(entry["@_xml:lang"]).toBe(locale);
    }
  });
}

test("health: liveness, and readiness that checks the database", async ({ request }) => {
  const live = await request.get("/api/health");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });
  const ready = await request.get("/api/health?ready=1");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ok", database: "ok" });
  expect(ready.headers()["cache-control"]).toBe("no-store");
});
