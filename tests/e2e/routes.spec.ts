import { expect, test, type Page } from "@playwright/test";
import { autonyms } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { expectAccessible, locales, switcherName } from "./helpers";
import { pageTypes, type PageType } from "./pages";

// No dead ends: every address a person can reach by shortening a URL is a page, a language the
// portal does not serve leads to the language choice, and an unknown address keeps the site's
// frame and points to the nearest page that exists.

const shots = process.env.SHOTS_DIR;

/** Screenshots for a person to look at (desktop, 320 px, dark), when SHOTS_DIR is set. */
async function screenshots(page: Page, name: string) {
  if (!shots) return;
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 800 });
  await page.screenshot({ path: `${shots}/${name}-320.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${shots}/${name}-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** `/nl/strategie/x/y` → `/nl`, `/nl/strategie`, `/nl/strategie/x`, `/nl/strategie/x/y`. */
function prefixes(url: string): string[] {
  const segments = url.split("?")[0].split("/").filter(Boolean);
  return segments.map((_, i) => `/${segments.slice(0, i + 1).join("/")}`);
}

for (const locale of locales) {
  test(`every prefix of every page's address in ${locale} is a page`, async ({ request }) => {
    const paths = new Set(
      (Object.keys(pageTypes) as PageType[]).flatMap((t) => prefixes(pageTypes[t][locale][0])),
    );
    for (const path of paths) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
    }
  });
}

for (const [type, name] of [
  ["regions", "regions-index"],
  ["strategies", "strategies-index"],
] as const) {
  test(`the ${type} index lists what the database holds and leads on`, async ({ page }) => {
    await page.goto(pageTypes[type].en[0]);
    const main = page.getByRole("main");
    await expect(
      main.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("link", { name: "Home" }),
    ).toBeVisible();
    if (type === "regions") {
      await expect(main.getByRole("heading", { level: 2 })).toHaveText([
        "Flanders",
        "Wallonia",
        "Brussels-Capital Region",
        "Federal level",
      ]);
      await expect(main.getByRole("link", { name: "Athumi", exact: true })).toBeVisible();
      await main.getByRole("link", { name: "Wallonia", exact: true }).click();
      await expect(page).toHaveURL(/\/en\/regions\/wallonia$/);
      await page.getByRole("link", { name: "The regions and the federal level" }).click();
      await expect(page).toHaveURL(/\/en\/regions$/);
    } else {
      await expect(main.getByRole("heading", { level: 2 })).toHaveText([pageTypes.strategy.en[1]]);
      await expect(main.getByText("5 pillars")).toBeVisible();
      await main.getByRole("link", { name: "Digital Territory" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Digital Territory" })).toBeVisible();
      await page
        .getByRole("navigation", { name: "Breadcrumbs" })
        .getByRole("link", { name: "Strategies" })
        .click();
      await expect(page).toHaveURL(/\/en\/strategy$/);
    }
    await screenshots(page, name);
  });
}

test("an unsupported language prefix leads to the language choice, a variant of a supported one to it", async ({
  browser,
  request,
}) => {
  for (const path of ["/es", "/es/organizaciones", "/pt-BR/regions/wallonia"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(new URL(response.headers().location, "http://x").pathname, path).toBe("/");
  }
  const variant = await request.get("/EN/regions?x=1", { maxRedirects: 0 });
  expect(new URL(variant.headers().location, "http://x").pathname).toBe("/en/regions");

  const spanish = await browser.newContext({
    locale: "es-ES",
    extraHTTPHeaders: { "Accept-Language": "es-ES,es" },
  });
  const page = await spanish.newPage();
  await page.goto("/es/organizaciones");
  await expect(page).toHaveURL(/\/$/);
  for (const locale of locales) {
    await expect(page.getByRole("link", { name: new RegExp(autonyms[locale]) })).toBeVisible();
  }
  await expect(page.getByRole("main").getByRole("link")).toHaveCount(locales.length);
  await spanish.close();
});

test("an address without a language goes to that page in the reader's language, or the language of its words", async ({
  playwright,
  baseURL,
}) => {
  const cases = [
    ["fr-BE,fr;q=0.9", "/organisaties", "/fr/organisations"],
    ["en-GB,en", "/zoeken?q=Athumi", "/en/search?q=Athumi"],
    ["nl-BE", "/recherche", "/nl/zoeken"],
    ["de-DE,de;q=0.9", "/organisaties", "/de/organisationen"],
    ["", "/suche?q=Athumi", "/de/suche?q=Athumi"],
    ["fr", "/Barrierefreiheit", "/fr/accessibilite"],
    ["", "/recherche", "/fr/recherche"],
    ["en", "/english", "/en/english"],
    ["en", "/foo", "/en/foo"],
    // Naming no page and with no preference: the default language's real 404, not the choice.
    ["", "/english", "/nl/english"],
    ["", "/foo", "/nl/foo"],
    ["fr", "/Organisaties", "/fr/organisations"],
  ] as const;
  for (const [acceptLanguage, from, to] of cases) {
    const request = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: acceptLanguage ? { "Accept-Language": acceptLanguage } : {},
    });
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), `${acceptLanguage} ${from}`).toBe(307);
    const location = new URL(response.headers().location, "http://x");
    expect(`${location.pathname}${location.search}`, `${acceptLanguage} ${from}`).toBe(to);
    expect(response.headers().vary).toMatch(/Accept-Language/);
    await request.dispose();
  }
  // Followed, an address that names nothing ends in a real 404.
  const none = await playwright.request.newContext({ baseURL });
  const lost = await none.get("/asdf");
  expect([lost.status(), new URL(lost.url()).pathname]).toEqual([404, "/nl/asdf"]);
  await none.dispose();
});

for (const [from, to] of [
  ["/en/regions/wallonie", "/en/regions/wallonia"],
  ["/nl/gewesten/VLAANDEREN", "/nl/gewesten/vlaanderen"],
  ["/nl/Organisaties", "/nl/organisaties"],
  ["/fr/accessibilit%C3%A9", "/fr/accessibilite"],
  ["/fr/%C3%A0-propos", "/fr/a-propos"],
  ["/fr/Regions/Wallonie", "/fr/regions/wallonie"],
  ["/nl/gewesten/bruxelles", "/nl/gewesten/brussel"],
  ["/fr/regions/flanders", "/fr/regions/flandre"],
  ["/nl/initiatieven/haut-debit-wallonie", "/nl/initiatieven/breedband-wallonie"],
  ["/en/initiatives/partage-securise-donnees-athumi", "/en/initiatives/secure-data-sharing-athumi"],
  [
    "/fr/strategie/digital-wallonia-2019-2024/digital-skills-and-education",
    "/fr/strategie/digital-wallonia-2019-2024/competences-numeriques-et-education",
  ],
] as const) {
  test(`a slug from another language, or a path typed in capitals, redirects: ${from}`, async ({
    request,
  }) => {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    // Next sends its Location twice (same value) on the render that fills the cache.
    const locations = response.headersArray().filter((h) => h.name.toLowerCase() === "location");
    expect(locations.map((h) => new URL(h.value, "http://x").pathname)).toContain(to);
    expect(new Set(locations.map((h) => h.value)).size).toBe(1);
    expect((await request.get(to, { maxRedirects: 0 })).status()).toBe(200);
  });
}

const notFoundCases = [
  // An unknown slug (the page answers), and addresses that match no route (global-not-found);
  // the language switcher leads to the nearest page in the other language.
  {
    path: "/nl/initiatieven/bestaat-niet",
    nearest: "Initiatieven",
    href: "/nl/initiatieven",
    other: ["fr", "/fr/initiatives"],
  },
  {
    path: "/fr/strategie/digital-wallonia-2019-2024/inconnu",
    nearest: pageTypes.strategy.fr[1],
    href: pageTypes.strategy.fr[0],
    other: ["en", pageTypes.strategy.en[0]],
  },
  {
    path: "/en/regions/wallonia/nothing/here",
    nearest: pageTypes.region.en[1],
    href: pageTypes.region.en[0],
    other: ["fr", pageTypes.region.fr[0]],
  },
  {
    path: "/en/organisations/nobody",
    nearest: "Organisations",
    href: "/en/organisations",
    other: ["nl", "/nl/organisaties"],
  },
  {
    path: "/de/initiativen/gibt-es-nicht",
    nearest: "Initiativen",
    href: "/de/initiativen",
    other: ["nl", "/nl/initiatieven"],
  },
  { path: "/nl/bestaat/helemaal/niet", nearest: "Startpagina", href: "/nl", other: ["en", "/en"] },
] as const;

const notFound = {
  nl: { title: "Pagina niet gevonden", site: "Digitaal België", nav: "Hoofdnavigatie", search: "Zoeken" },
  fr: {
    title: "Page introuvable",
    site: "Belgique numérique",
    nav: "Navigation principale",
    search: "Rechercher",
  },
  de: { title: "Seite nicht gefunden", site: "Digitales Belgien", nav: "Hauptnavigation", search: "Suche" },
  en: { title: "Page not found", site: "Digital Belgium", nav: "Main navigation", search: "Search" },
} as const;

/** Waits until React has hydrated the main landmark (what Next shows once its scripts ran). */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const main = document.querySelector("main");
    return !!main && Object.keys(main).some((key) => key.startsWith("__react"));
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "the 404 page" : "the 404 page without JavaScript", () => {
    test.use({ javaScriptEnabled });
    for (const { path, nearest, href, other } of notFoundCases) {
      const locale = path.split("/")[1] as (typeof locales)[number];
      test(`${path}: the site's frame and a link to the nearest page`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        if (javaScriptEnabled) await hydrated(page);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(notFound[locale].title);
        // The browser's title says it too, for an unknown slug as for an unknown address.
        await expect(page).toHaveTitle(`${notFound[locale].title} | ${notFound[locale].site}`);
        const banner = page.getByRole("banner");
        await expect(
          banner
            .getByRole("navigation", { name: notFound[locale].nav })
            .getByRole("link", { name: notFound[locale].search }),
        ).toBeVisible();
        await expect(page.getByRole("contentinfo")).toBeVisible();
        await expect(banner.getByRole("link", { name: switcherName(other[0]) })).toHaveAttribute(
          "href",
          other[1],
        );
        await expect(
          page.getByRole("main").getByRole("link", { name: nearest, exact: true }),
        ).toHaveAttribute("href", href);
        await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
        // axe needs JavaScript in the page.
        if (javaScriptEnabled) await expectAccessible(page);
        if (path === notFoundCases[0].path) await screenshots(page, javaScriptEnabled ? "404" : "404-nojs");
        await page.getByRole("main").getByRole("link", { name: nearest, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`${href}$`));
      });
    }
  });
}

const wallonia: Record<Locale, string[]> = {
  nl: ["Digitalent", "Breedband in Wallonië", "Steun voor startups in Wallonië"],
  fr: ["Digitalent", "Haut débit en Wallonie", "Soutien aux startups en Wallonie"],
  de: ["Digitalent", "Breitband in Wallonien", "Unterstützung für Start-ups in Wallonien"],
  en: ["Digitalent", "Broadband in Wallonia", "Support for startups in Wallonia"],
};
async function switchTo(page: Page, locale: Locale) {
  await page
    .getByRole("banner")
    .getByRole("link", { name: switcherName(locale) })
    .click();
}

test.describe("the language switcher keeps the query", () => {
  test.use({ javaScriptEnabled: false });

  test(`search: ${locales.join(" → ")} keeps the terms`, async ({ page }) => {
    await page.goto(`${pathFor(locales[0], "/search")}?q=vaardigheden`);
    for (const locale of locales.slice(1)) {
      await switchTo(page, locale);
      await expect(page).toHaveURL(`${pathFor(locale, "/search")}?q=vaardigheden`);
      await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue("vaardigheden");
      await expect(page.getByRole("main").getByRole("status")).toContainText("vaardigheden");
    }
  });

  test(`initiatives: ${locales.join(" → ")} keeps the filters and shows the same items`, async ({ page }) => {
    const [first, ...others] = locales;
    await page.goto(pathFor(first, "/initiatives"));
    await page.getByLabel(messages[first].Initiatives.region, { exact: true }).selectOption("wallonia");
    await page.getByRole("button", { name: messages[first].Initiatives.apply }).click();
    const cards = page.getByRole("main").getByRole("heading", { level: 3 });
    await expect(cards).toHaveText(wallonia[first]);
    for (const locale of others) {
      await switchTo(page, locale);
      await expect(page).toHaveURL(`${pathFor(locale, "/initiatives")}?region=wallonia`);
      await expect(page.getByLabel(messages[locale].Initiatives.region, { exact: true })).toHaveValue(
        "wallonia",
      );
      await expect(cards).toHaveText(wallonia[locale]);
    }
    await page.goto("/en/initiatives?region=brussels&theme=ai");
    await switchTo(page, "nl");
    await expect(page).toHaveURL("/nl/initiatieven?region=brussels&theme=ai");
    await expect(page.getByLabel("Thema", { exact: true })).toHaveValue("ai");
    await expect(cards).toHaveCount(1);
  });
});

test(`organisations: ${locales.join(" → ")} keeps the region and shows the same organisations`, async ({
  page,
}) => {
  const [first, ...others] = locales;
  const status = page.getByRole("main").getByRole("status");
  const cards = page.getByRole("main").getByRole("heading", { level: 3 });
  await page.goto(pathFor(first, "/organisations"));
  const all = await cards.count();
  await expect(status).toHaveText(`${all} organisaties`);
  await page.getByLabel(messages[first].Organisations.region, { exact: true }).selectOption("wallonia");
  await page.getByRole("button", { name: messages[first].Organisations.apply }).click();
  await expect(page).toHaveURL(`${pathFor(first, "/organisations")}?region=wallonia`);
  await expect(cards).toHaveText(["Digital Wallonia"]);
  await expect(status).toHaveText("1 organisatie in Wallonië");
  for (const locale of others) {
    await switchTo(page, locale);
    await expect(page).toHaveURL(`${pathFor(locale, "/organisations")}?region=wallonia`);
    await expect(page.getByLabel(messages[locale].Organisations.region, { exact: true })).toHaveValue(
      "wallonia",
    );
    await expect(cards).toHaveText(["Digital Wallonia"]);
    await expect(page.getByRole("heading", { level: 2, name: pageTypes.region[locale][1] })).toBeVisible();
  }
  await expectAccessible(page);
  await page.getByRole("link", { name: messages.en.Organisations.reset }).click();
  await expect(page).toHaveURL(/\/en\/organisations$/);
  await expect(cards).toHaveCount(all);
  await expect(page.getByLabel("Region", { exact: true })).toHaveValue("");
});

test("an organisations list that does not exist answers 404; a query of another shape shows the first page", async ({
  request,
}) => {
  for (const path of [
    "/en/organisations?region=atlantis",
    "/nl/organisaties?page=2",
    "/fr/organisations?region=wallonia&page=9",
    "/de/organisationen?page=0",
    // The folder the list's pages render in is not an address of the portal.
    "/en/organisation-list/all/1",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("noindex");
  }
  for (const path of [
    "/en/organisations?page=1",
    "/en/organisations?page=abc",
    "/en/organisations?region=",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain("Digital Wallonia");
  }
});

test("a filtered organisations list is a cached page, not rendered for each request", async ({ request }) => {
  const path = `/en/organisations?region=brussels&bench=${Date.now()}`;
  await request.get(path);
  const again = await request.get(path);
  expect(again.status()).toBe(200);
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "Back" : "Back without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("the initiative filters follow the URL", async ({ page }) => {
      const region = page.getByLabel("Region", { exact: true });
      const theme = page.getByLabel("Theme", { exact: true });
      await page.goto("/en/initiatives");
      await expect(page.getByRole("status")).toHaveText("9 initiatives");
      await region.selectOption({ label: "Brussels-Capital Region" });
      await theme.selectOption({ label: "Artificial intelligence" });
      await page.getByRole("button", { name: "Show initiatives" }).click();
      await expect(page).toHaveURL(/region=brussels&theme=ai/);
      await expect(page.getByRole("status")).toHaveText("1 initiative");
      await page.goBack();
      await expect(page).toHaveURL(/\/en\/initiatives$/);
      await expect(page.getByRole("status")).toHaveText("9 initiatives");
      await expect(region).toHaveValue("");
      await expect(theme).toHaveValue("");
      await page.goForward();
      await expect(page.getByRole("status")).toHaveText("1 initiative");
      await expect(region).toHaveValue("brussels");
      await expect(theme).toHaveValue("ai");
    });

    test("the search box shows the terms of the results below it", async ({ page }) => {
      const box = page.getByRole("main").getByRole("searchbox", { name: "Search terms" });
      await page.goto("/en/search");
      await box.fill("skills");
      await box.press("Enter");
      await expect(page).toHaveURL(/q=skills/);
      await expect(page.getByRole("main").getByRole("status")).toContainText("skills");
      await page.goBack();
      await expect(page).toHaveURL(/\/en\/search$/);
      await expect(box).toHaveValue("");
      await page.goForward();
      await expect(box).toHaveValue("skills");
    });
  });
}
