import { expect, test } from "@playwright/test";
import { expectAccessible, locales, switcherName } from "./helpers";
import { pageTypes, type PageType } from "./pages";

// Through every language in the switcher's order and back to the first.
const tour = [...locales.slice(1), locales[0]];

for (const type of Object.keys(pageTypes) as PageType[]) {
  for (const locale of locales) {
    const [path, heading] = pageTypes[type][locale];
    test(`${type} page in ${locale}: content, one h1, landmarks, axe`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole("main")).toBeVisible();
      await expect(page.getByRole("banner")).toBeVisible();
      await expect(page.getByRole("contentinfo")).toBeVisible();
      await expectAccessible(page);
    });
  }

  test(`the language switcher keeps the ${type} page: ${[locales[0], ...tour].join(" → ")}`, async ({
    page,
  }) => {
    await page.goto(pageTypes[type][locales[0]][0]);
    for (const locale of tour) {
      const link = page.getByRole("banner").getByRole("link", { name: switcherName(locale) });
      await expect(link).toHaveAttribute("hreflang", locale);
      await link.click();
      await expect(page).toHaveURL(
        new RegExp(`${pageTypes[type][locale][0].split("?")[0].replace(/[?]/g, "\\?")}`),
      );
      await expect(page.getByRole("heading", { level: 1, name: pageTypes[type][locale][1] })).toBeVisible();
    }
  });
}

const lastUpdated: Record<(typeof locales)[number], RegExp> = {
  nl: /^Laatst bijgewerkt op /,
  fr: /^Dernière mise à jour le /,
  de: /^Zuletzt aktualisiert am /,
  en: /^Last updated /,
};

// Every page that shows a content item says once, at its end, when the item was last updated.
const itemPages: [string, Record<(typeof locales)[number], readonly string[]>][] = [
  ...(["region", "organisation", "initiative", "strategy", "pillar"] as const).map(
    (type) => [type, pageTypes[type]] as [string, (typeof pageTypes)[typeof type]],
  ),
  [
    "initiative with organisations",
    {
      nl: ["/nl/initiatieven/breedband-wallonie"],
      fr: ["/fr/initiatives/haut-debit-wallonie"],
      de: ["/de/initiativen/breitband-wallonien"],
      en: ["/en/initiatives/broadband-wallonia"],
    },
  ],
];

for (const [type, paths] of itemPages) {
  for (const locale of locales) {
    test(`${type} page in ${locale} says when it was last updated once`, async ({ page }) => {
      await page.goto(paths[locale][0]);
      await expect(page.getByRole("main").getByText(lastUpdated[locale])).toHaveCount(1);
    });
  }
}

test("keyboard: the skip link is the first stop and moves focus to the main content", async ({ page }) => {
  await page.goto("/en/organisations");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("a strategy's pillars come in order with previous and next links", async ({ page }) => {
  await page.goto("/en/strategy/digital-wallonia-2019-2024");
  // The pillar with projects comes first (tests/e2e/map.spec.ts), then the others in order.
  const pillars = page.getByRole("region", { name: "The five pillars" });
  await expect(pillars.getByRole("link", { name: /^Digital / })).toHaveText([
    "Digital Skills and Education",
    "Digital Wallonia Champions",
    "Digital Sector",
    "Digital Business",
    "Digital Administration",
    "Digital Territory",
  ]);
  await expect(page.getByText("More than €5,000,000")).toBeVisible();
  await expect(page.getByRole("region", { name: "At a glance" }).getByText("December 2018")).toBeVisible();
  await page.getByRole("link", { name: "Digital Sector" }).click();
  await expect(page.getByRole("link", { name: /Previous pillar/ })).toHaveCount(0);
  await page.getByRole("link", { name: /Next pillar/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Digital Business" })).toBeVisible();
  await page.getByRole("link", { name: /Next pillar/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Digital Skills and Education" })).toBeVisible();
  for (const project of [
    "WallCode",
    "Citizens' basic digital competences",
    "Digital Wallonia Champions",
    "School equipment and broadband",
  ]) {
    await expect(page.getByRole("heading", { level: 3, name: project })).toBeVisible();
  }
  await page.getByRole("link", { name: /Previous pillar/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Digital Business" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("initiatives filter by region and theme through the query string", async ({ page }) => {
    await page.goto("/en/initiatives");
    await expect(page.getByRole("status")).toHaveText("9 initiatives");
    await page.getByLabel("Region", { exact: true }).selectOption({ label: "Brussels-Capital Region" });
    await page.getByLabel("Theme", { exact: true }).selectOption({ label: "Artificial intelligence" });
    await page.getByRole("button", { name: "Show initiatives" }).click();
    await expect(page).toHaveURL(/region=brussels&theme=ai/);
    await expect(page.getByRole("status")).toHaveText("1 initiative");
    await expect(page.getByRole("heading", { level: 3, name: "Sustainable AI for companies" })).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page.getByRole("status")).toHaveText("9 initiatives");
  });

  test("an unknown filter value is ignored with a notice, not an error", async ({ page }) => {
    const response = await page.goto("/nl/initiatieven?theme=%3Cscript%3E&region=nowhere");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Deze filter bestaat niet; alle initiatieven worden getoond.")).toBeVisible();
  });

  for (const [locale, path, label, button] of [
    ["nl", "/nl/zoeken", "Zoektermen", "Zoeken"],
    ["fr", "/fr/recherche", "Termes de recherche", "Rechercher"],
    ["en", "/en/search", "Search terms", "Search"],
  ] as const) {
    test(`search finds WallCode in ${locale} with a GET form`, async ({ page }) => {
      await page.goto(path);
      await page.getByRole("main").getByLabel(label).fill("wallcode");
      await page.getByRole("main").getByRole("button", { name: button }).click();
      await expect(page).toHaveURL(/\?q=wallcode/);
      const hit = page.getByRole("link", { name: "WallCode", exact: true });
      await expect(hit).toBeVisible();
      await expect(page.locator("mark").first()).toHaveText(/wallcode/i);
      await hit.click();
      await expect(page.getByRole("heading", { level: 3, name: "WallCode" })).toBeVisible();
    });
  }

  test("Dutch search stems: 'vaardigheid' finds texts that only say 'vaardigheden'", async ({ page }) => {
    await page.goto("/nl/zoeken?q=vaardigheden");
    await expect(page.getByRole("link", { name: "Digitale vaardigheden en onderwijs" })).toBeVisible();
    await page.goto("/nl/zoeken?q=vaardigheid");
    await expect(page.getByRole("link", { name: "WallCode" })).toBeVisible();
  });

  test("French search ignores accents", async ({ page }) => {
    await page.goto("/fr/recherche?q=competences%20numeriques");
    await expect(page.getByRole("link", { name: "Compétences numériques et éducation" })).toBeVisible();
  });

  test("a search without results offers suggestions", async ({ page }) => {
    await page.goto("/en/search?q=wallcoed");
    await expect(page.getByRole("status")).toHaveText("No results for “wallcoed”");
    await expect(page.getByRole("link", { name: "WallCode" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Suggestions" })).toBeVisible();
  });

  test("search operators and markup in the query are harmless", async ({ page }) => {
    const response = await page.goto(
      "/en/search?q=" + encodeURIComponent("<img src=x onerror=alert(1)> & | ! ' -- ;"),
    );
    expect(response?.status()).toBe(200);
    await expect(page.locator("img[src=x]")).toHaveCount(0);
  });
});

for (const path of [
  "/nl/gewesten/nergens",
  "/fr/initiatives/inconnue",
  "/en/strategy/unknown",
  "/en/strategy/digital-wallonia-2019-2024/unknown-pillar",
]) {
  test(`unknown slug ${path} answers 404`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
  });
}
