import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { describe, expect, it } from "vitest";
import { markdownIssues } from "@/lib/markdown/issues";
import {
  malformedReferencesIn,
  parseReference,
  referenceMarkdown,
  referencesIn,
  remarkReferences,
  type ReferenceTargets,
} from "@/lib/markdown/references";

const render = (source: string, targets: ReferenceTargets) =>
  renderToStaticMarkup(
    createElement(
      ReactMarkdown,
      {
        remarkPlugins: [[remarkReferences, { targets, fallbackNote: (l: string) => `(in ${l})` }]],
        rehypePlugins: [rehypeSanitize],
        skipHtml: true,
      },
      source,
    ),
  );

describe("references", () => {
  it("parses item:type/key and nothing else", () => {
    expect(parseReference("item:organisation/bosa")).toEqual({ type: "organisation", key: "bosa" });
    expect(parseReference("item:pillar/digital-skills")).toEqual({ type: "pillar", key: "digital-skills" });
    expect(parseReference("item:project/x")).toBeNull();
    expect(parseReference("item:organisation/Bosa")).toBeNull();
    expect(parseReference("https://example.org")).toBeNull();
  });

  it("finds each reference once, in links and link definitions, and the malformed ones", () => {
    const source =
      "[A](item:region/wallonia), [B](item:organisation/bosa), [again](item:region/wallonia), [C][c], [D](item:thing/x)\n\n[c]: item:strategy/dw";
    expect(referencesIn(source)).toEqual([
      { type: "region", key: "wallonia" },
      { type: "organisation", key: "bosa" },
      { type: "strategy", key: "dw" },
    ]);
    expect(malformedReferencesIn(source)).toEqual(["item:thing/x"]);
    expect(referencesIn("No links [here](https://example.org).")).toEqual([]);
  });

  it("writes a link whose text cannot end it early", () => {
    expect(referenceMarkdown("BOSA [federal]", { type: "organisation", key: "bosa" })).toBe(
      "[BOSA \\[federal\\]](item:organisation/bosa)",
    );
    expect(referencesIn(referenceMarkdown("a]b", { type: "region", key: "x" }))).toEqual([
      { type: "region", key: "x" },
    ]);
  });

  it("renders a reference as a link to its path, with the language when it falls back", () => {
    const html = render("See [BOSA](item:organisation/bosa) and [DW][dw].\n\n[dw]: item:organisation/dw", {
      "organisation/bosa": { path: "/nl/organisaties/bosa-nl", fallback: null },
      "organisation/dw": { path: "/nl/organisaties/dw", fallback: "en" },
    });
    expect(html).toBe(
      '<p>See <a href="/nl/organisaties/bosa-nl">BOSA</a> and <a href="/nl/organisaties/dw">DW</a> (in en).</p>',
    );
  });

  it("renders a reference to an item without a page, or a malformed one, as its text", () => {
    const html = render("[Gone **item**](item:organisation/gone) and [odd](item:thing/x).", {
      "organisation/gone": null,
    });
    expect(html).toBe("<p>Gone <strong>item</strong> and odd.</p>");
  });

  it("is not reported as an unsafe link, unlike a malformed one", () => {
    expect(markdownIssues("[A](item:organisation/bosa)")).toEqual([]);
    expect(markdownIssues("[A](item:thing/x)")).toHaveLength(1);
  });
});
