import { describe, expect, it } from "vitest";
import { fromBrusselsInput, plannedMomentFormat, toBrusselsInput } from "@/lib/time/brussels";

describe("Brussels wall-clock times", () => {
  it("reads winter time as UTC+1 and summer time as UTC+2", () => {
    expect(fromBrusselsInput("2026-12-01T09:30")?.toISOString()).toBe("2026-12-01T08:30:00.000Z");
    expect(fromBrusselsInput("2026-07-14T09:30")?.toISOString()).toBe("2026-07-14T07:30:00.000Z");
  });

  it("writes an instant back as the same wall-clock value", () => {
    expect(toBrusselsInput(new Date("2026-12-01T08:30:00Z"))).toBe("2026-12-01T09:30");
    expect(toBrusselsInput(new Date("2026-07-14T07:30:59Z"))).toBe("2026-07-14T09:30");
    expect(toBrusselsInput(new Date("2026-12-31T23:15:00Z"))).toBe("2027-01-01T00:15");
    expect(toBrusselsInput(new Date("2026-12-01T08:30:42Z"), { seconds: true })).toBe("2026-12-01T09:30:42");
    expect(fromBrusselsInput("2026-12-01T09:30:42")?.toISOString()).toBe("2026-12-01T08:30:42.000Z");
  });

  it("refuses the hour skipped when clocks go forward and invalid values", () => {
    expect(fromBrusselsInput("2026-03-29T02:30")).toBeNull();
    expect(fromBrusselsInput("2026-02-30T10:00")).toBeNull();
    expect(fromBrusselsInput("2026-12-01 09:30")).toBeNull();
    expect(fromBrusselsInput("")).toBeNull();
    expect(fromBrusselsInput("2026-12-01T09:30:61")).toBeNull();
  });

  it("takes the first of the hour that happens twice when clocks go back", () => {
    expect(fromBrusselsInput("2026-10-25T02:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(fromBrusselsInput("2026-10-25T03:30")?.toISOString()).toBe("2026-10-25T02:30:00.000Z");
  });
});

describe("plannedMomentFormat", () => {
  it("shows seconds only when the moment has some", () => {
    const format = (iso: string) =>
      new Intl.DateTimeFormat("en-GB", plannedMomentFormat(new Date(iso))).format(new Date(iso));
    expect(format("2026-12-01T03:12:00Z")).toBe("1 December 2026 at 04:12");
    expect(format("2026-12-01T03:12:30Z")).toBe("1 December 2026 at 04:12:30");
  });
});
