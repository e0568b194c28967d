import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, locales } from "./helpers";
import { pageTypes } from "./pages";

const shots = process.env.SHOTS_DIR;
async function shoot(page: Page, name: string) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

const about = {
  nl: {
    publishedBy: "Gepubliceerd door",
    appearedOn: "Verschenen op",
    footer: "Over deze portaalsite",
    headings: ["Wie publiceert ze", "Waarvoor ze dient", "Waar de feiten vandaan komen"],
    date: "4 september 2024",
    notStated: "niet vermeld in het document",
    independent: "onafhankelijke presentatie",
    source: "Over de bronnen",
    level: "Niveau",
  },
  fr: {
    publishedBy: "Publié par",
    appearedOn: "Paru sur",
    footer: "À propos",
    headings: ["Qui le publie", "À quoi il sert", "D’où viennent les faits"],
    date: "4 septembre 2024",
    notStated: "non indiqué dans le document",
    independent: "présentation indépendante",
    source: "À propos des sources",
    level: "Niveau",
  },
  de: {
    publishedBy: "Veröffentlicht von",
    appearedOn: "Erschienen auf",
    footer: "Über dieses Portal",
    headings: ["Wer es herausgibt", "Wozu es dient", "Woher die Fakten stammen"],
    date: "4. September 2024",
    notStated: "im Dokument nicht angegeben",
    independent: "unabhängige Darstellung",
    source: "Über die Quellen",
    level: "Ebene",
  },
  en: {
    publishedBy: "Published by",
    appearedOn: "Appeared on",
    footer: "About this portal",
    headings: ["Who publishes it", "What it is for", "Where the facts come from"],
    date: "4 September 2024",
    notStated: "not stated in the document",
    independent: "independent presentation",
    source: "About the sources",
    level: "Level",
  },
} as const;

const article = "Digital Belgium: A Dance of Regions and Leaders";
const strategyDocument = "Belgium – Digital Wallonia 2019–2024 Strategy";

for (const locale of locales) {
  const t = about[locale];

  test(`the About page in ${locale} says who publishes the portal and names its two sources`, async ({
    page,
  }) => {
    await page.goto(`/${locale}`);
    await page.getByRole("contentinfo").getByRole("link", { name: t.footer, exact: true }).click();
    await expect(page).toHaveURL(pageTypes.about[locale][0]);
    await expect(page.getByRole("heading", { level: 1, name: pageTypes.about[locale][1] })).toBeVisible();
    for (const heading of t.headings) {
      await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("main")).toContainText(t.independent);
    const sources = page
      .getByRole("list", { name: /./ })
      .filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect(sources.getByRole("heading", { level: 3 })).toHaveText([article, strategyDocument]);
    const first = sources.getByRole("listitem").first();
    // As the article's own header says: published by its author, on CIONET Belgium's site.
    await expect(first.locator(`dt:text-is("${t.publishedBy}") + dd`)).toHaveText("Daniel Eycken");
    await expect(first.locator(`dt:text-is("${t.appearedOn}") + dd`)).toHaveText("CIONET Belgium");
    await expect(first.locator("time")).toHaveText(t.date);
    await expect(sources.getByRole("listitem").nth(1)).toContainText(t.notStated);
    await expectAccessible(page);
    await shoot(page, `about-${locale}`);
  });

  test(`a profile and a pillar page in ${locale} name their source and link to it`, async ({ page }) => {
    await page.goto(pageTypes.organisation[locale][0]);
    const facts = page.getByRole("main").locator("dl").first();
    // BOSA is the federal level, not a region.
    await expect(facts.locator("dt").first()).toHaveText(t.level);
    const note = page.getByRole("note").filter({ hasText: article });
    await expect(note).toBeVisible();
    await expectAccessible(page);
    await note.getByRole("link", { name: t.source }).click();
    await expect(page).toHaveURL(`${pageTypes.about[locale][0]}#sources`);
    await expect(page.getByRole("heading", { level: 2, name: t.headings[2] })).toBeInViewport();

    await page.goto(pageTypes.pillar[locale][0]);
    const pillarNote = page.getByRole("note").filter({ hasText: strategyDocument });
    await expect(pillarNote.getByRole("link", { name: t.source })).toHaveAttribute(
      "href",
      `${pageTypes.about[locale][0]}#sources`,
    );
    await expectAccessible(page);
  });
}

/** Each year range ("2019–2024") inside `selector` with the number of lines it is drawn on. */
function yearRangeLines(page: Page, selector: string) {
  return page.locator(selector).evaluate((root) => {
    const found: { text: string; lines: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent!.matchAll(/\d{4}–\d{4}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        found.push({ text: `${node.parentElement!.tagName.toLowerCase()}: ${match[0]}`, lines });
      }
    }
    return found;
  });
}

test("a year range never breaks across lines, even in a long heading at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const locale of locales) {
    await page.goto(pageTypes.strategy[locale][0]);
    const ranges = await yearRangeLines(page, "main h1");
    expect(ranges.length, locale).toBeGreaterThan(0);
    expect(
      ranges.filter((r) => r.lines !== 1),
      locale,
    ).toEqual([]);
    await shoot(page, `strategy-320-${locale}`);
  }
});

test("on the strategies index, the names and summaries keep their year ranges on one line", async ({
  page,
}) => {
  // The widths at which, unprotected, the lines broke after the dash in one language or another.
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 800 });
    for (const locale of locales) {
      await page.goto(pageTypes.strategies[locale][0]);
      const ranges = await yearRangeLines(page, "main");
      expect(ranges.length, locale).toBeGreaterThanOrEqual(2);
      expect(
        ranges.filter((r) => r.lines !== 1),
        `${locale} at ${width} px`,
      ).toEqual([]);
    }
  }
  await shoot(page, "strategies-360-en");
});

test("French labels keep their no-break space before the colon", async ({ page }) => {
  await page.goto("/fr/developpeurs");
  expect(await page.getByRole("main").textContent()).toContain("(CSV)\u00a0: ");
});

test("the labels the sources do not support are gone", async ({ page }) => {
  await page.goto("/en/organisations/digital-wallonia");
  await expect(page.getByRole("main")).not.toContainText(/lead digital agency|programme/i);
  await page.goto("/en/initiatives/digitalent");
  await expect(page.getByRole("main")).not.toContainText(/flagship/i);
  await page.goto("/en/compare");
  await expect(page.getByRole("main")).not.toContainText(/lead agency|flagship/i);
  await page.goto("/nl/organisaties");
  await expect(page.getByRole("navigation", { name: "Kruimelpad" }).getByRole("link").first()).toHaveText(
    "Startpagina",
  );
});

test("dark mode and a narrow screen: the About page and a source note", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(pageTypes.about.fr[0]);
  await expectAccessible(page);
  await shoot(page, "about-fr-320-dark");
  await page.goto(pageTypes.organisation.nl[0]);
  await expectAccessible(page);
  await shoot(page, "bosa-nl-320-dark");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/fr/organisations/digital-wallonia");
  await shoot(page, "digital-wallonia-fr");
});
