import fs from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { contrast } from "../helpers/contrast";
import { expectAccessible, locales, probeColours } from "./helpers";
import { pageTypes } from "./pages";

type Locale = (typeof locales)[number];

// The areas of the map in the order a keyboard reaches them: the three regions, then the
// federal level below them (the order of the list beside the map too).
const areas: Record<Locale, { name: string; organisation: string; path: string }[]> = {
  nl: [
    { name: "Vlaanderen", organisation: "Digitaal Vlaanderen", path: "/nl/gewesten/vlaanderen" },
    { name: "Wallonië", organisation: "Digital Wallonia", path: "/nl/gewesten/wallonie" },
    {
      name: "Brussels Hoofdstedelijk Gewest",
      organisation: "Digitalcity.brussels",
      path: "/nl/gewesten/brussel",
    },
    {
      name: "Federaal niveau",
      organisation: "FOD Beleid en Ondersteuning (BOSA)",
      path: "/nl/gewesten/federaal",
    },
  ],
  fr: [
    { name: "Flandre", organisation: "Digitaal Vlaanderen", path: "/fr/regions/flandre" },
    { name: "Wallonie", organisation: "Digital Wallonia", path: "/fr/regions/wallonie" },
    {
      name: "Région de Bruxelles-Capitale",
      organisation: "Digitalcity.brussels",
      path: "/fr/regions/bruxelles",
    },
    { name: "Niveau fédéral", organisation: "SPF Stratégie et Appui (BOSA)", path: "/fr/regions/federal" },
  ],
  de: [
    { name: "Flandern", organisation: "Digitaal Vlaanderen", path: "/de/regionen/flandern" },
    { name: "Wallonien", organisation: "Digital Wallonia", path: "/de/regionen/wallonien" },
    {
      name: "Region Brüssel-Hauptstadt",
      organisation: "Digitalcity.brussels",
      path: "/de/regionen/bruessel",
    },
    {
      name: "Föderale Ebene",
      organisation: "Föderaler Öffentlicher Dienst Politik und Unterstützung (BOSA)",
      path: "/de/regionen/foederal",
    },
  ],
  en: [
    { name: "Flanders", organisation: "Digitaal Vlaanderen", path: "/en/regions/flanders" },
    { name: "Wallonia", organisation: "Digital Wallonia", path: "/en/regions/wallonia" },
    { name: "Brussels-Capital Region", organisation: "Digitalcity.brussels", path: "/en/regions/brussels" },
    { name: "Federal level", organisation: "FPS Policy and Support (BOSA)", path: "/en/regions/federal" },
  ],
};

const mapName = {
  nl: "Kaart van België: de drie gewesten en het federale niveau",
  fr: "Carte de la Belgique\u00a0: les trois régions et le niveau fédéral",
  de: "Karte Belgiens: die drei Regionen und die föderale Ebene",
  en: "Map of Belgium: the three regions and the federal level",
};
const listName = {
  nl: "De gewesten en het federale niveau, met hun digitale agentschappen",
  fr: "Les régions et le niveau fédéral, avec leurs agences numériques",
  de: "Die Regionen und die föderale Ebene mit ihren Digitalagenturen",
  en: "The regions and the federal level, with their digital agencies",
};
const areaName = (locale: Locale, a: { name: string; organisation: string }) =>
  `${a.name}${locale === "fr" ? "\u00a0: " : ": "}${a.organisation}`;

/** The pages with the map. */
const mapPages = (locale: Locale) => [`/${locale}`, pageTypes.compare[locale][0]];

const timeline = {
  nl: {
    heading: "Tijdlijn",
    steps: [
      ["december 2018", "Actieplan goedgekeurd"],
      ["2019–2024", "Uitvoeringsperiode"],
      ["2024", "Einde van de periode", "Periode voorbij"],
    ],
    over: "De periode 2019–2024 is voorbij.",
    pillars: "De vijf pijlers",
    withProjects: "Digitale vaardigheden en onderwijs",
    projects: [
      "WallCode",
      "Digitale basisvaardigheden van burgers",
      "Digital Wallonia Champions",
      "Uitrusting en breedband voor scholen",
    ],
    others: "De 4 andere pijlers",
    otherPillars: ["Digitale sector", "Digitale bedrijven", "Digitale overheid", "Digitaal grondgebied"],
  },
  fr: {
    heading: "Calendrier",
    steps: [
      ["décembre 2018", "Plan d’action adopté"],
      ["2019–2024", "Période de mise en œuvre"],
      ["2024", "Fin de la période", "Période terminée"],
    ],
    over: "La période 2019–2024 est terminée.",
    pillars: "Les cinq piliers",
    withProjects: "Compétences numériques et éducation",
    projects: [
      "WallCode",
      "Compétences numériques de base des citoyens",
      "Digital Wallonia Champions",
      "Équipement et haut débit pour les écoles",
    ],
    others: "Les 4 autres piliers",
    otherPillars: [
      "Secteur numérique",
      "Entreprises numériques",
      "Administration numérique",
      "Territoire numérique",
    ],
  },
  de: {
    heading: "Zeitleiste",
    steps: [
      ["Dezember 2018", "Aktionsplan verabschiedet"],
      ["2019–2024", "Umsetzungszeitraum"],
      ["2024", "Ende des Zeitraums", "Zeitraum vorbei"],
    ],
    over: "Der Zeitraum 2019–2024 ist vorbei.",
    pillars: "Die fünf Säulen",
    withProjects: "Digitale Kompetenzen und Bildung",
    projects: [
      "WallCode",
      "Digitale Grundkompetenzen der Bürgerinnen und Bürger",
      "Digital Wallonia Champions",
      "Ausstattung und Breitband für Schulen",
    ],
    others: "Die anderen 4 Säulen",
    otherPillars: [
      "Digitaler Sektor",
      "Digitale Unternehmen",
      "Digitale Verwaltung",
      "Digitales Territorium",
    ],
  },
  en: {
    heading: "Timeline",
    steps: [
      ["December 2018", "Action plan adopted"],
      ["2019–2024", "Implementation period"],
      ["2024", "End of the period", "Period over"],
    ],
    over: "The 2019–2024 period is over.",
    pillars: "The five pillars",
    withProjects: "Digital Skills and Education",
    projects: [
      "WallCode",
      "Citizens' basic digital competences",
      "Digital Wallonia Champions",
      "School equipment and broadband",
    ],
    others: "The other 4 pillars",
    otherPillars: ["Digital Sector", "Digital Business", "Digital Administration", "Digital Territory"],
  },
};

const shots = process.env.SHOTS_DIR;
/** Keeps a picture of what was checked, for a person to look at (SHOTS_DIR=/some/dir). */
async function keep(page: Page, name: string) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth, overflowing } = await page.evaluate(() => {
    // What sticks out, to name it when the check fails: text outside a scrolling region.
    const overflowing: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = Math.max(0, ...[...range.getClientRects()].map((r) => r.right));
      const scrolls = node.parentElement?.closest(".overflow-x-auto");
      if (right > window.innerWidth && !scrolls) overflowing.push(node.textContent!.trim().slice(0, 60));
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, overflowing };
  });
  expect(scrollWidth, `wider than the window: ${overflowing.join(" | ")}`).toBeLessThanOrEqual(innerWidth);
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

const map = (page: Page, locale: Locale) => page.getByRole("group", { name: mapName[locale] });

for (const locale of locales) {
  for (const pagePath of mapPages(locale)) {
    test(`the map on ${pagePath}: an area link per region and the federal level, and the same links as a list`, async ({
      page,
    }) => {
      await page.goto(pagePath);
      const links = map(page, locale).getByRole("link");
      await expect(links).toHaveCount(4);
      for (const [index, area] of areas[locale].entries()) {
        await expect(links.nth(index)).toHaveAccessibleName(areaName(locale, area));
        await expect(links.nth(index)).toHaveAttribute("href", area.path);
        // The picture shows the region and its agency in words, too; a name too long for the
        // picture (the German BOSA's) by its short form in brackets.
        const short = /\(([^()]+)\)$/.exec(area.organisation);
        const shown = area.organisation.length > 40 && short ? short[1] : area.organisation;
        await expect(links.nth(index)).toContainText(shown);
      }
      const list = page.getByRole("list", { name: listName[locale] });
      for (const area of areas[locale]) {
        await expect(list.getByRole("link", { name: area.name, exact: true })).toHaveAttribute(
          "href",
          area.path,
        );
        await expect(list.getByRole("link", { name: area.organisation, exact: true })).toBeVisible();
      }
      await expectAccessible(page);
    });

    test(`the map on ${pagePath} is reached with Tab, area after area, and Enter follows one`, async ({
      page,
    }) => {
      await page.goto(pagePath);
      // From the top of the page, Tab reaches the first area, then each of the others in turn.
      const first = map(page, locale).getByRole("link", { name: areaName(locale, areas[locale][0]) });
      for (let presses = 0; presses < 40 && !(await isFocused(first)); presses++) {
        await page.keyboard.press("Tab");
      }
      await expect(first).toBeFocused();
      for (const area of areas[locale].slice(1)) {
        await page.keyboard.press("Tab");
        await expect(map(page, locale).getByRole("link", { name: areaName(locale, area) })).toBeFocused();
      }
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Shift+Tab");
      const brussels = areas[locale][2];
      await expect(
        map(page, locale).getByRole("link", { name: areaName(locale, areas[locale][1]) }),
      ).toBeFocused();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(brussels.path);
      await expect(page.getByRole("heading", { level: 1, name: brussels.name })).toBeVisible();
    });
  }

  test(`the strategy page in ${locale}: a timeline, the period over, the pillars as a diagram`, async ({
    page,
  }) => {
    const text = timeline[locale];
    await page.goto(pageTypes.strategy[locale][0]);
    const section = page.getByRole("region", { name: text.heading });
    const steps = section.getByRole("listitem");
    await expect(steps).toHaveCount(3);
    for (const [index, step] of text.steps.entries()) {
      for (const part of step) await expect(steps.nth(index)).toContainText(part);
    }
    await expect(section.getByRole("list")).toHaveJSProperty("tagName", "OL");
    await expect(page.getByRole("main").getByText(text.over)).toBeVisible();

    const pillars = page.getByRole("region", { name: text.pillars });
    await expect(pillars.getByRole("heading", { level: 3 })).toHaveText([text.withProjects, text.others]);
    const projects = pillars.getByRole("list", { name: new RegExp(text.withProjects) }).getByRole("link");
    await expect(projects).toHaveText(text.projects);
    // The pillars without projects: one compact list, in the strategy's order, not empty cards.
    const others = pillars.getByRole("region", { name: text.others }).getByRole("link");
    await expect(others).toHaveText(text.otherPillars);
    await expectAccessible(page);

    await projects.first().click();
    await expect(page).toHaveURL(new RegExp(`${pageTypes.pillar[locale][0]}#wallcode$`));
    await expect(page.getByRole("heading", { level: 1, name: text.withProjects })).toBeVisible();
    await expect(page.getByRole("main").getByText(text.over)).toBeVisible();
  });

  test(`the map and the timeline in dark mode in ${locale}: dark areas, light text, accessible`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`/${locale}`);
    await probeColours(page);
    const flanders = map(page, locale).getByRole("link", { name: areaName(locale, areas[locale][0]) });
    // Relative luminance of the colours as painted (Tailwind's colours are oklch()).
    const [fill, text] = await flanders.evaluate((link) => {
      const luminance = (colour: string) => {
        const [r, g, b] = window
          .toSrgb(colour)
          .match(/[\d.]+/g)!
          .map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      return [
        luminance(getComputedStyle(link.querySelector("path")!).fill),
        luminance(getComputedStyle(link.querySelector("text")!).fill),
      ];
    });
    expect(fill).toBeLessThan(0.25);
    expect(text).toBeGreaterThan(0.75);
    await expectAccessible(page);
    await keep(page, `home-${locale}-dark`);
    await page.goto(pageTypes.strategy[locale][0]);
    await expectAccessible(page);
    await keep(page, `strategy-${locale}-dark`);
  });

  test(`at 320 px the map, comparison and strategy pages in ${locale} do not scroll sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const [name, pagePath] of [
      ["home", `/${locale}`],
      ["compare", pageTypes.compare[locale][0]],
      ["strategy", pageTypes.strategy[locale][0]],
      ["pillar", pageTypes.pillar[locale][0]],
    ]) {
      await page.goto(pagePath);
      await expectNoHorizontalScroll(page);
      await keep(page, `${name}-${locale}-320`);
    }
  });
}

interface MapLabel {
  text: string;
  /** Its smallest line's font size as drawn, in CSS px. */
  size: number;
  /** Its box in map units. */
  box: { x: number; y: number; width: number; height: number };
  /** Points of its box outside its own area (or inside another one, like Brussels in Flanders). */
  outside: number;
  colour: string;
  fill: string;
}

/** Every label of the map, measured as drawn, and whether the Brussels line crosses one. */
async function mapLabels(group: Locator) {
  await probeColours(group.page());
  return group.evaluate((svg) => {
    const srgb = window.toSrgb;
    const scale = (svg as SVGSVGElement).getScreenCTM()!.a;
    const shapes = [...svg.querySelectorAll<SVGGeometryElement>("path, rect")];
    const labels = [...svg.querySelectorAll<SVGTextElement>("text")].map((text) => {
      const box = text.getBBox();
      const own = [...text.parentElement!.querySelectorAll<SVGGeometryElement>("path, rect")].at(-1)!;
      const points = [0, 0.5, 1].flatMap((fx) =>
        [0, 0.5, 1].map((fy) => new DOMPoint(box.x + fx * box.width, box.y + fy * box.height)),
      );
      const others = shapes.filter((shape) => shape.closest("a") !== text.closest("a"));
      const outside = points.filter(
        (p) => !own.isPointInFill(p) || others.some((shape) => shape.isPointInFill(p)),
      ).length;
      return {
        text: text.textContent!,
        size: Math.min(
          ...[...text.querySelectorAll("tspan")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
        ),
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
        outside,
        colour: srgb(getComputedStyle(text).fill),
        fill: srgb(getComputedStyle(own).fill),
      };
    });
    const line = svg.querySelector("line")!;
    const [x1, y1, x2, y2] = ["x1", "y1", "x2", "y2"].map((a) => Number(line.getAttribute(a)));
    const crossed = labels
      .filter(({ box }) =>
        Array.from({ length: 101 }, (_, i) => [x1 + ((x2 - x1) * i) / 100, y1 + ((y2 - y1) * i) / 100]).some(
          ([x, y]) => x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height,
        ),
      )
      .map((l) => l.text);
    return { labels, crossed };
  });
}

const overlap = (a: MapLabel["box"], b: MapLabel["box"]) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const width of [320, 1280]) {
  test(`at ${width} px the map's labels are 12 px or more, inside their areas and clear of each other, light and dark`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      for (const locale of locales) {
        await page.goto(`/${locale}`);
        const { labels, crossed } = await mapLabels(map(page, locale));
        expect(labels).toHaveLength(4);
        for (const label of labels) {
          const what = `${locale}, ${colorScheme}: ${label.text}`;
          expect(label.size, what).toBeGreaterThanOrEqual(12);
          expect(label.outside, what).toBe(0);
          expect(contrast(label.colour, label.fill), what).toBeGreaterThanOrEqual(4.5);
        }
        for (const [i, a] of labels.entries()) {
          for (const b of labels.slice(i + 1))
            expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
        }
        expect(crossed, locale).toEqual([]);
        await keep(page, `map-${locale}-${width}-${colorScheme}`);
      }
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the map's areas are plain links", async ({ page }) => {
    await page.goto("/fr");
    const wallonia = areas.fr[1];
    await map(page, "fr")
      .getByRole("link", { name: areaName("fr", wallonia) })
      .click();
    await expect(page).toHaveURL(wallonia.path);
    await expect(page.getByRole("heading", { level: 1, name: wallonia.name })).toBeVisible();
  });
});

test("the map is printed with its areas and names", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  for (const locale of ["nl", "fr", "de"] as const) {
    for (const [name, pagePath] of [
      ["home", `/${locale}`],
      ["compare", pageTypes.compare[locale][0]],
      ["strategy", pageTypes.strategy[locale][0]],
    ]) {
      await page.goto(pagePath);
      if (name !== "strategy") await expect(map(page, locale).getByRole("link")).toHaveCount(4);
      else await expect(page.getByRole("region", { name: timeline[locale].heading })).toBeVisible();
      await keep(page, `${name}-${locale}-print`);
    }
  }
});

test("desktop pictures of home, comparison and strategy in nl, fr and de", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const locale of ["nl", "fr", "de"] as const) {
    for (const [name, pagePath] of [
      ["home", `/${locale}`],
      ["compare", pageTypes.compare[locale][0]],
      ["strategy", pageTypes.strategy[locale][0]],
    ]) {
      await page.goto(pagePath);
      await expectNoHorizontalScroll(page);
      await keep(page, `${name}-${locale}-desktop`);
    }
  }
});
