import { describe, expect, it } from "vitest";
import { diffContent, diffText, joinsWords, revisionPreview } from "@/lib/history";

describe("diffContent", () => {
  it("marks the words added and removed in each field", () => {
    const diff = diffContent(
      { name: "Digital Wallonia", summary: "Old text here" },
      { name: "Digital Wallonia", summary: "New text here" },
    );
    expect(diff.find((d) => d.field === "name")?.changed).toBe(false);
    const summary = diff.find((d) => d.field === "summary")!;
    expect(summary.changed).toBe(true);
    expect(summary.parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(["Old"]);
    expect(summary.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["New"]);
    expect(
      summary.parts
        .filter((p) => !p.added && !p.removed)
        .map((p) => p.value)
        .join(""),
    ).toBe(" text here");
  });

  it("treats a missing field as empty", () => {
    const [body] = diffContent({ body: "" }, { body: "Added" });
    expect(body.parts).toEqual([{ value: "Added", added: true, removed: false }]);
  });
});

describe("revisionPreview", () => {
  it("gives the first words a version added in the first field it changed", () => {
    expect(
      revisionPreview(
        { name: "BOSA", summary: "Same", body: "BOSA text, first change." },
        { name: "BOSA", summary: "Same", body: "BOSA text, second change." },
      ),
    ).toEqual({ kind: "added", field: "body", words: "second" });
  });

  it("gives what was removed when nothing was added, cut after twelve words", () => {
    const long = "one two three four five six seven eight nine ten eleven twelve thirteen";
    expect(revisionPreview({ summary: `Keep. ${long}` }, { summary: "Keep." })).toEqual({
      kind: "removed",
      field: "summary",
      words: "one two three four five six seven eight nine ten eleven twelve …",
    });
  });

  it("gives the first words of the text for a first version, and says when nothing changed", () => {
    expect(
      revisionPreview(null, { name: "Athumi", summary: "", body: "Data  sharing\nfor Flanders." }),
    ).toEqual({
      kind: "text",
      words: "Data sharing for Flanders.",
    });
    expect(revisionPreview({ body: "Same" }, { body: "Same" })).toEqual({ kind: "unchanged" });
  });
});

describe("joinsWords", () => {
  const between = (a: string, b: string) => {
    const parts = diffText(a, b)!;
    return parts.map((p, i) => (joinsWords(parts[i - 1], p) ? " " : "") + p.value).join("|");
  };

  it("keeps a replaced word and its replacement apart", () => {
    // "Versie van Eva." becomes "Versie van Admin.": not "EvaAdmin".
    expect(between("Versie van Eva.", "Versie van Admin.")).toBe("Versie van |Eva| Admin|.");
  });

  it("adds nothing where the diff already has a space or where nothing was replaced", () => {
    expect(between("one two", "one three two")).not.toMatch(/ {2}/);
    expect(between("one", "one two")).toBe("one |two");
  });
});
