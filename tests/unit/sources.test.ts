import { describe, expect, it } from "vitest";
import { initiatives, organisations, regions, strategy } from "@/prisma/seed-data";
import { sourcesOf } from "@/lib/sources";

describe("sourcesOf", () => {
  it("names a source document for every seeded item", () => {
    const seeded = [
      ...regions.map((r) => ["region", r.key] as const),
      ...organisations.map((o) => ["organisation", o.key] as const),
      ...initiatives.map((i) => ["initiative", i.key] as const),
      ["strategy", strategy.key] as const,
      ...strategy.pillars.map((p) => ["pillar", p.key] as const),
      ...strategy.pillars.flatMap((p) => p.projects.map((pr) => ["project", pr.key] as const)),
    ];
    expect(seeded.filter(([type, key]) => sourcesOf(type, key).length === 0)).toEqual([]);
  });

  it("names none for what editors added", () => {
    expect(sourcesOf("organisation", "added-by-an-editor")).toEqual([]);
  });

  it("attributes the strategy and Digital Wallonia's collaborative project to the strategy document", () => {
    expect(sourcesOf("strategy", strategy.key)).toEqual(["strategy"]);
    expect(sourcesOf("organisation", "digital-wallonia")).toEqual(["article", "strategy"]);
    expect(sourcesOf("organisation", "bosa")).toEqual(["article"]);
  });
});
