import { describe, expect, it } from "vitest";
import { likePattern, snippetAround } from "@/lib/admin/snippet";

describe("snippetAround", () => {
  it("keeps the words around the first match, cut at word boundaries", () => {
    const text = `${"Lorem ipsum dolor ".repeat(10)}the Flemish DATA utility company${" sit amet".repeat(20)}`;
    const snippet = snippetAround(text, "data utility")!;
    expect(snippet.match).toBe("DATA utility");
    expect(snippet.before.startsWith("…")).toBe(true);
    expect(snippet.before.endsWith("the Flemish ")).toBe(true);
    expect(snippet.before.length).toBeLessThanOrEqual(52);
    expect(snippet.after.startsWith(" company sit amet")).toBe(true);
    expect(snippet.after.endsWith(" …")).toBe(true);
    expect(snippet.after).not.toMatch(/ am …$|\bsi …$/);
  });

  it("shows short texts whole, flattens line breaks, and says when there is no match", () => {
    expect(snippetAround("Digitaal\n\nVlaanderen", "vlaanderen")).toEqual({
      before: "Digitaal ",
      match: "Vlaanderen",
      after: "",
    });
    expect(snippetAround("Athumi", "wallonia")).toBeNull();
  });

  it("marks a text that starts inside a longer one", () => {
    expect(snippetAround("hello world", "hello", { cutStart: true })?.before).toBe("…");
  });
});

describe("likePattern", () => {
  it("escapes the wildcards of LIKE", () => {
    expect(likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});
