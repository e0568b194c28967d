import { describe, expect, it } from "vitest";
import { colon } from "@/lib/text/typography";

describe("colon", () => {
  it("puts a no-break space before the colon in French only", () => {
    expect(colon("fr")).toBe("\u00a0: ");
    expect(colon("nl")).toBe(": ");
    expect(colon("en")).toBe(": ");
  });
});
