import { describe, expect, it } from "vitest";
import nl from "@/messages/nl.json";
import { regions } from "@/prisma/seed-data";

// In Dutch the federal level is "federaal niveau" (in a sentence "het federale niveau") wherever it
// names the level; "federale overheid" is the government as an organisation, not the level.
describe("the Dutch name of the federal level", () => {
  const federal = regions.find((region) => region.kind === "federal")!;

  it("is the one the editor and the headings use, on cards, the map, filters and the comparison", () => {
    expect(federal.translations.nl.name).toBe(nl.Editor.kind_federal);
    expect(nl.RegionIndex.title).toContain(federal.translations.nl.name.replace("Federaal", "federale"));
  });

  it("is never called the federal government in the messages", () => {
    expect(JSON.stringify(nl)).not.toMatch(/federale overheid(?!sdienst)/i);
  });
});
