import { describe, expect, it } from "vitest";
import { colon, titleWithColon } from "@/lib/text/typography";

describe("colon", () => {
  it("puts a no-break space before the colon in French only", () => {
    expect(colon("fr")).toBe("\u00a0: ");
    expect(colon("nl")).toBe(": ");
    expect(colon("en")).toBe(": ");
  });
});

describe("titleWithColon", () => {
  it("puts French typography before the colon and goes on in lower case in French and Dutch", () => {
    expect(titleWithColon("fr", "Belgique numérique", "Les agences numériques belges côte à côte")).toBe(
      "Belgique numérique\u00a0: les agences numériques belges côte à côte",
    );
    expect(titleWithColon("nl", "Digitaal België", "De Belgische digitale agentschappen naast elkaar")).toBe(
      "Digitaal België: de Belgische digitale agentschappen naast elkaar",
    );
    expect(titleWithColon("en", "Digital Belgium", "Belgium's digital agencies, side by side")).toBe(
      "Digital Belgium: Belgium's digital agencies, side by side",
    );
  });
});
