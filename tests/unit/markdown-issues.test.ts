import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "@/components/site/Markdown";
import { markdownIssues } from "@/lib/markdown/issues";

describe("markdownIssues", () => {
  it("has nothing to say about plain Markdown with safe links", () => {
    const text =
      "**Bold** and [a link](https://www.vlaanderen.be), [mail](mailto:info@example.be), [page](/nl/organisaties).";
    expect(markdownIssues(text)).toEqual([]);
  });

  it("names raw HTML, block and inline, once per element", () => {
    const issues = markdownIssues(
      "<script>alert(1)</script>\n\nText with <img src=x onerror=alert(1)> inside.",
    );
    expect(issues).toEqual([
      { kind: "html", excerpt: "<script>alert(1)</script>" },
      { kind: "html", excerpt: "<img src=x onerror=alert(1)>" },
    ]);
  });

  it("names links the page would empty", () => {
    expect(markdownIssues("[click me](javascript:alert(1)) and [data](data:text/html,hi)")).toEqual([
      { kind: "unsafeLink", text: "click me", url: "javascript:alert(1)" },
      { kind: "unsafeLink", text: "data", url: "data:text/html,hi" },
    ]);
  });

  it("names images that would not load from this site", () => {
    expect(markdownIssues("![Logo](https://cdn.example.com/logo.png) ![Local](/logo.png)")).toEqual([
      { kind: "externalImage", alt: "Logo", url: "https://cdn.example.com/logo.png" },
    ]);
  });

  it("agrees with the public renderer: what it reports is missing from the page", () => {
    const text = "<b>bold</b> [x](javascript:alert(1))";
    const html = renderToStaticMarkup(Markdown({ children: text })!);
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("javascript:");
    expect(markdownIssues(text).map((i) => i.kind)).toEqual(["html", "unsafeLink"]);
  });

  it("shortens long excerpts", () => {
    const [issue] = markdownIssues(`<div>${"a".repeat(200)}</div>`);
    expect(issue.kind === "html" && issue.excerpt.length).toBe(60);
  });
});
