import { describe, expect, it } from "vitest";
import { diffContent } from "@/lib/history";

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
