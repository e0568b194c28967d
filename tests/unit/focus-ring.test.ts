import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contrast } from "@/tests/helpers/contrast";

const globals = fs.readFileSync(path.resolve("app/globals.css"), "utf8");

// The colour tokens: Tailwind's palette, then the portal's own (app/globals.css @theme).
const tokens = new Map<string, string>([["white", "#fff"]]);
for (const css of [fs.readFileSync(path.resolve("node_modules/tailwindcss/theme.css"), "utf8"), globals]) {
  for (const [, name, value] of css.matchAll(/--color-([\w-]+):\s*([^;]+);/g)) tokens.set(name, value.trim());
}
const color = (name: string) => {
  const value = tokens.get(name);
  if (!value) throw new Error(`No colour token ${name}`);
  return value;
};

/** The declarations of the first rule with this exact selector in globals.css. */
function rule(selector: string) {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:^|\\n)\\s*${escaped}\\s*{([^}]*)}`).exec(globals)?.[1] ?? "";
}
/** The colour token a focus-ring variable is set to in a rule. */
const ring = (declarations: string, variable: "near" | "far") =>
  /var\(--color-([\w-]+)\)/.exec(
    new RegExp(`--focus-${variable}:([^;]+);`).exec(declarations)?.[1] ?? "",
  )?.[1];

// Every background a focusable element of the public site sits on, by the kind of surface that
// sets the ring: light surfaces (the page, cards, forms, notices, footer in light mode, the
// preview banner), dark ones (header and navigation in light mode; everything in dark mode).
const surfaces = {
  light: {
    selector: ":root",
    backgrounds: ["white", "slate-50", "brand-50", "amber-50", "red-50", "green-50"],
  },
  "light (preview banner)": { selector: ".surface-light", backgrounds: ["accent-500"] },
  dark: {
    selector: ".surface-dark",
    backgrounds: ["brand-700", "brand-800", "brand-900", "slate-950", "slate-900", "slate-800"],
  },
};

describe("the focus ring", () => {
  it("is drawn by the global :focus-visible rule: an outline inside, a ring outside", () => {
    const declarations = rule(":focus-visible");
    expect(declarations).toMatch(/outline:\s*[2-9]px solid var\(--focus-near\)/);
    expect(declarations).toMatch(/box-shadow:\s*0 0 0 \d+px var\(--focus-far\)/);
  });

  it("turns inside out in dark mode, as on dark surfaces", () => {
    const dark =
      /@media (?:screen and )?\(prefers-color-scheme: dark\)\s*{\s*:root\s*{([^}]*)}/.exec(globals)?.[1] ??
      "";
    expect(ring(dark, "far")).toBe(ring(rule(".surface-dark"), "far"));
    expect(ring(dark, "near")).toBe(ring(rule(".surface-dark"), "near"));
  });

  for (const [surface, { selector, backgrounds }] of Object.entries(surfaces)) {
    const declarations = rule(selector);
    const near = color(ring(declarations, "near") ?? "?");
    const far = color(ring(declarations, "far") ?? "?");
    it(`on ${surface} surfaces, the two rings stand 3:1 apart`, () => {
      expect(contrast(near, far)).toBeGreaterThanOrEqual(3);
    });
    for (const background of backgrounds) {
      it(`on ${surface} surfaces, the outer ring has 3:1 against ${background}`, () => {
        expect(contrast(far, color(background))).toBeGreaterThanOrEqual(3);
      });
    }
  }
});

describe("contrast", () => {
  it("computes WCAG ratios from hex, rgb() and oklch()", () => {
    expect(contrast("#000", "#fff")).toBeCloseTo(21, 5);
    expect(contrast("#f2b705", "white")).toBeCloseTo(1.8, 1);
    expect(contrast("rgb(255, 255, 255)", "oklch(100% 0 0)")).toBeCloseTo(1, 2);
    // Tailwind's slate-950 is #020618 in sRGB.
    expect(contrast("oklch(12.9% 0.042 264.695)", "#020618")).toBeCloseTo(1, 1);
  });
});
