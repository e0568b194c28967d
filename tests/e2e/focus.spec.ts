import { expect, test, type Page } from "@playwright/test";
import { contrast, over, parseColor, type Rgba } from "../helpers/contrast";
import { admin, signIn } from "./admin-helpers";
import { probeColours } from "./helpers";

// WCAG 2.1 2.4.7 and 1.4.11: every element reached with Tab shows a focus ring of at least 3:1
// against the background around it, in the light and the dark theme.

interface FocusStop {
  element: string;
  outline: { style: string; width: number; color: string };
  /** The ring outside: a box-shadow with no offset and no blur. */
  shadow: { color: string; spread: number } | null;
  backgrounds: string[];
}

/** Presses Tab until focus leaves the page or comes back, recording each stop's focus style. */
async function tabStops(page: Page, limit = 80) {
  await probeColours(page);
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate((): FocusStop | null => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.hasAttribute("data-tab-stop")) return null;
      el.setAttribute("data-tab-stop", "");
      const style = getComputedStyle(el);
      // What the ring sits on: the element just outside it (in view, not the element itself).
      const box = el.getBoundingClientRect();
      const gap = 7;
      const around = [
        [box.left - gap, box.top + box.height / 2],
        [box.right + gap, box.top + box.height / 2],
        [box.left + box.width / 2, box.top - gap],
        [box.left + box.width / 2, box.bottom + gap],
      ].filter(([x, y]) => x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight);
      const under = around
        .map(([x, y]) => document.elementsFromPoint(x, y).find((n) => n !== el && !el.contains(n)))
        .find(Boolean);
      const backgrounds: string[] = [];
      for (let node = under ?? el.parentElement; node; node = node.parentElement) {
        backgrounds.push(getComputedStyle(node).backgroundColor);
      }
      const srgb = window.toSrgb;
      const shadow = /^(.+)\s0px\s0px\s0px\s([\d.]+)px$/.exec(style.boxShadow);
      const label = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30);
      return {
        element: `${el.tagName.toLowerCase()} "${label}"`,
        outline: {
          style: style.outlineStyle,
          width: Number.parseFloat(style.outlineWidth),
          color: srgb(style.outlineColor),
        },
        shadow: shadow ? { color: srgb(shadow[1]), spread: Number.parseFloat(shadow[2]) } : null,
        backgrounds: backgrounds.map(srgb),
      };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

/** The opaque colour behind an element: its ancestors' backgrounds painted over each other. */
function behind(backgrounds: string[]): Rgba {
  return [...backgrounds, "white"]
    .map(parseColor)
    .reverse()
    .reduce((below, layer) => over(layer, below));
}

/**
 * The ring's problems, if any: an outline of 2 px or more, then an outer ring at least 2 px wide
 * with 3:1 against the background, and 3:1 between the two.
 */
function ringProblems(stop: FocusStop) {
  const { shadow } = stop;
  const background = behind(stop.backgrounds);
  const problems: string[] = [];
  if (stop.outline.style === "none" || stop.outline.width < 2) problems.push("no outline of 2 px");
  if (!shadow || shadow.spread < stop.outline.width + 2) {
    problems.push("no outer ring of 2 px");
  } else {
    const far = over(parseColor(shadow.color), background);
    const near = over(parseColor(stop.outline.color), far);
    if (contrast(far, background) < 3) problems.push(`outer ring ${contrast(far, background).toFixed(2)}:1`);
    if (contrast(near, far) < 3) problems.push(`rings ${contrast(near, far).toFixed(2)}:1 apart`);
  }
  return problems.length ? `${stop.element}: ${problems.join(", ")}` : null;
}

const journeys = [
  // Skip link, header, language switcher, main navigation, filters (select, button), cards
  // with their theme links, footer.
  { path: "/nl/initiatieven", kinds: ["a", "select", "button"] },
  // The search field and a result list.
  { path: "/fr/recherche?q=WallCode", kinds: ["a", "input", "button"] },
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const { path, kinds } of journeys) {
    test(`every Tab stop on ${path} shows a 3:1 focus ring (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const stops = await tabStops(page);
      expect(stops.length).toBeGreaterThan(10);
      for (const kind of kinds) expect(stops.some((s) => s.element.startsWith(`${kind} `))).toBe(true);
      expect(stops.map(ringProblems).filter(Boolean)).toEqual([]);
    });
  }
}

test("the focus ring also shows on a phone, in the menu and the comparison table's region", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/nl/vergelijken");
  const stops = await tabStops(page);
  expect(stops.some((s) => s.element.startsWith("summary "))).toBe(true);
  expect(stops.some((s) => s.element.startsWith("div "))).toBe(true);
  expect(stops.map(ringProblems).filter(Boolean)).toEqual([]);
});

// The admin shares the stylesheet: its dark header is a dark surface too.
test("the admin's header and dashboard show a 3:1 focus ring (light and dark)", async ({ page }) => {
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/admin");
    const stops = await tabStops(page, 30);
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.map(ringProblems).filter(Boolean)).toEqual([]);
  }
});
