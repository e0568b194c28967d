import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/site/Markdown";
import type { Locale } from "@/lib/i18n/routing";
import { hyphenated, hyphenatedBody } from "@/lib/text/hyphenate";

const html = (text: string, lang: Locale) =>
  renderToStaticMarkup(createElement("h1", null, hyphenated(text, lang)));
const SHY = "\u00ad";

describe("hyphenated titles", () => {
  it("marks where long words may break, with each language's rules", () => {
    expect(html("Toegankelijkheidsverklaring", "nl")).toBe(
      `<h1>Toe${SHY}gan${SHY}ke${SHY}lijk${SHY}heids${SHY}ver${SHY}kla${SHY}ring</h1>`,
    );
    expect(html("Déclaration d’accessibilité", "fr")).toContain(
      `d’ac${SHY}ces${SHY}si${SHY}bi${SHY}li${SHY}té`,
    );
    expect(html("Erklärung zur Barrierefreiheit", "de")).toBe(
      `<h1>Erklärung zur Bar${SHY}rie${SHY}re${SHY}frei${SHY}heit</h1>`,
    );
    expect(html("Accessibility statement", "en")).toContain(`Ac${SHY}cess${SHY}ib${SHY}il${SHY}ity`);
  });

  it("leaves short words whole, and the text the same once the marks are taken out", () => {
    expect(html("De gewesten en het federale niveau", "nl")).toBe(
      "<h1>De gewesten en het federale niveau</h1>",
    );
    const title = "Modernisering van de overheidsdienstverlening";
    expect(html(title, "nl").replaceAll(SHY, "")).toBe(`<h1>${title}</h1>`);
  });

  it("breaks a name with dots after a dot, not inside its parts", () => {
    expect(html("Digitalcity.brussels", "fr")).toBe("<h1>Digitalcity.<wbr/>brussels</h1>");
  });
});

describe("hyphenated body text", () => {
  const body = (markdown: string, lang?: string) =>
    renderToStaticMarkup(Markdown({ lang, children: markdown }));

  it("marks the long compounds of an editor's text, in its language, and leaves the rest whole", () => {
    const html = body("De toegankelijkheidsverklaring beschrijft de overheidsdienstverlening.", "nl");
    expect(html).toContain(`toe${SHY}gan${SHY}ke${SHY}lijk${SHY}heids${SHY}ver${SHY}kla${SHY}ring`);
    expect(html).toContain(">De ");
    expect(html.replaceAll(SHY, "")).toContain(
      "De toegankelijkheidsverklaring beschrijft de overheidsdienstverlening.",
    );
  });

  it("leaves code, web addresses and text of an unknown language as they are", () => {
    const html = body(
      "`toegankelijkheidsverklaring` en https://www.vlaanderen.be/toegankelijkheidsverklaring",
      "nl",
    );
    expect(html).not.toContain(SHY);
    expect(body("Toegankelijkheidsverklaring")).not.toContain(SHY);
  });
});

describe("hyphenated translated body text", () => {
  it("marks long words in strings and in the elements of a rich message, not in domain names", () => {
    const rich = [
      "Zie de modeltoegankelijkheidsverklaring of ",
      createElement("a", { key: "a", href: "/nl/contact" }, "het contactformulier"),
      " (gegevensbeschermingsautoriteit.be).",
    ];
    const html = renderToStaticMarkup(createElement("p", null, hyphenatedBody(rich, "nl")));
    expect(html).toContain(`mo${SHY}del${SHY}toe${SHY}gan${SHY}ke${SHY}lijk${SHY}heids`);
    expect(html).toContain(`<a href="/nl/contact">het con${SHY}tact${SHY}for${SHY}mu${SHY}lier</a>`);
    expect(html).toContain("(gegevensbeschermingsautoriteit.be).");
    expect(html.replaceAll(SHY, "")).toBe(
      '<p>Zie de modeltoegankelijkheidsverklaring of <a href="/nl/contact">het contactformulier</a> (gegevensbeschermingsautoriteit.be).</p>',
    );
  });
});
