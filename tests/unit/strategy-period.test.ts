import { describe, expect, it } from "vitest";
import { periodStatus, splitPillars } from "@/lib/strategy/period";

describe("a strategy's period", () => {
  it("is upcoming before its first year, current during its years and over after its last", () => {
    expect(periodStatus(2019, 2024, new Date("2018-12-15T12:00:00Z"))).toBe("upcoming");
    expect(periodStatus(2019, 2024, new Date("2019-01-01T12:00:00Z"))).toBe("current");
    expect(periodStatus(2019, 2024, new Date("2024-12-31T12:00:00Z"))).toBe("current");
    expect(periodStatus(2019, 2024, new Date("2026-12-02T08:00:00Z"))).toBe("over");
  });

  it("turns over at midnight in Brussels, not in UTC", () => {
    // 31 December 2024, 23:30 UTC is already 1 January 2025 in Brussels.
    expect(periodStatus(2019, 2024, new Date("2024-12-31T23:30:00Z"))).toBe("over");
    expect(periodStatus(2019, 2024, new Date("2024-12-31T22:30:00Z"))).toBe("current");
  });
});

describe("splitting the pillars", () => {
  it("keeps the pillars with projects apart from the others, both in order", () => {
    const pillars = [
      { key: "sector", projects: [] },
      { key: "skills", projects: ["wallcode", "champions"] },
      { key: "business", projects: [] },
      { key: "territory", projects: ["broadband"] },
    ];
    const { withProjects, withoutProjects } = splitPillars(pillars);
    expect(withProjects.map((p) => p.key)).toEqual(["skills", "territory"]);
    expect(withoutProjects.map((p) => p.key)).toEqual(["sector", "business"]);
  });
});
