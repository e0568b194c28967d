import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/site/Markdown";
import { NoBreakRanges } from "@/components/ui/NoBreakRanges";

const kept = '<span class="whitespace-nowrap">2019–2024</span>';

describe("year ranges", () => {
  it("stay on one line in plain text, which itself is unchanged", () => {
    const html = renderToStaticMarkup(
      createElement(NoBreakRanges, null, "Strategie Digital Wallonia 2019–2024"),
    );
    expect(html).toBe(`Strategie Digital Wallonia ${kept}`);
    expect(renderToStaticMarkup(createElement(NoBreakRanges, null, "Digital Wallonia"))).toBe(
      "Digital Wallonia",
    );
  });

  it("stay on one line in Markdown, also inside emphasis and lists", () => {
    const html = renderToStaticMarkup(
      createElement(Markdown, null, "La stratégie 2019–2024.\n\n- **de 2019–2024** et 2025–2030"),
    );
    expect(html).toContain(`<p>La stratégie ${kept}.</p>`);
    expect(html).toContain(`<strong>de ${kept}</strong>`);
    expect(html).toContain('<span class="whitespace-nowrap">2025–2030</span>');
  });

  it("leave other numbers and slugs alone", () => {
    const html = renderToStaticMarkup(
      createElement(Markdown, null, "Budget 5000 and /digital-wallonia-2019-2024"),
    );
    expect(html).not.toContain("whitespace-nowrap");
  });
});
