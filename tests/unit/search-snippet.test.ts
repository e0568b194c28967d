import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Snippet } from "@/components/site/Snippet";
import {
  FRAGMENT_DELIMITER as DELIMITER,
  HIGHLIGHT_END as END,
  HIGHLIGHT_START as START,
  snippetFragments,
} from "@/lib/content/search-snippet";

describe("snippetFragments", () => {
  it("widens a fragment that starts or ends inside a word to the whole word", () => {
    const source = "Le portail de l'administration fédérale soutient l'e-government belge et européen.";
    const headline = `${START}administration${END} fédérale${DELIMITER}${START}government${END} bel`;
    expect(snippetFragments(headline, source)).toEqual([
      { text: `l'${START}administration${END} fédérale`, cutStart: true, cutEnd: true },
      { text: `l'e-${START}government${END} belge`, cutStart: true, cutEnd: true },
    ]);
  });

  it("says where text is left out, also after a source that is the start of a longer text", () => {
    const source = "Breedband voor scholen.\n\nDe scholen krijgen sneller breedband.";
    const headline = `${START}Breedband${END} voor scholen.\n\nDe`;
    expect(snippetFragments(headline, source)).toEqual([
      { text: `${START}Breedband${END} voor scholen. De`, cutStart: false, cutEnd: true },
    ]);
    expect(snippetFragments(`De scholen krijgen sneller ${START}breedband${END}.`, source)).toEqual([
      { text: `De scholen krijgen sneller ${START}breedband${END}.`, cutStart: true, cutEnd: false },
    ]);
    expect(snippetFragments(source, source, true)).toEqual([
      {
        text: "Breedband voor scholen. De scholen krijgen sneller breedband.",
        cutStart: false,
        cutEnd: true,
      },
    ]);
  });

  it("finds a fragment repeated in the text at its own place, after the one before it", () => {
    const source = "toegang tot breedband uit te breiden. En de toegang tot breedband";
    const headline = `toegang tot ${START}breedband${END}${DELIMITER}toegang tot ${START}breedband${END}`;
    expect(snippetFragments(headline, source).map((f) => [f.cutStart, f.cutEnd])).toEqual([
      [false, true],
      [true, false],
    ]);
  });
});

describe("Snippet", () => {
  it("separates passages with a spaced ellipsis and marks the matches", () => {
    const html = renderToStaticMarkup(
      Snippet({
        fragments: [
          { text: `de toegang tot ${START}breedband${END}`, cutStart: true, cutEnd: true },
          { text: `uit te breiden en te investeren`, cutStart: true, cutEnd: true },
        ],
      })!,
    );
    const text = html.replace(/<[^>]+>/g, "");
    expect(text).toBe("… de toegang tot breedband … uit te breiden en te investeren …");
    expect(html).toContain(">breedband</mark>");
  });
});
