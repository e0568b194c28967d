import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/time/dates";

describe("formatDate", () => {
  it("writes the first of the month as an ordinal in French", () => {
    expect(formatDate("fr", "2026-12-01T10:00:00Z")).toBe("1er décembre 2026");
    expect(formatDate("fr", "2026-12-01T10:00:00Z", { dateStyle: "medium" })).toBe("1er déc. 2026");
  });

  it("counts the day in Brussels time", () => {
    // 23:30 UTC on 30 November is already 1 December in Brussels.
    expect(formatDate("fr", "2026-11-30T23:30:00Z")).toBe("1er décembre 2026");
  });

  it("keeps the time of day and the other days as Intl writes them", () => {
    expect(formatDate("fr", "2026-12-01T08:30:00Z", { dateStyle: "long", timeStyle: "short" })).toBe(
      new Intl.DateTimeFormat("fr", {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: "Europe/Brussels",
      })
        .format(new Date("2026-12-01T08:30:00Z"))
        .replace(/^1 /, "1er "),
    );
    expect(formatDate("fr", "2026-12-02T10:00:00Z")).toBe("2 décembre 2026");
    expect(formatDate("fr", "2026-12-11T10:00:00Z")).toBe("11 décembre 2026");
    expect(formatDate("fr", "2026-12-21T10:00:00Z")).toBe("21 décembre 2026");
  });

  it("leaves numeric dates and the other languages alone", () => {
    expect(formatDate("fr", "2026-12-01T10:00:00Z", { dateStyle: "short" })).toBe("01/12/2026");
    expect(formatDate("nl", "2026-12-01T10:00:00Z")).toBe("1 december 2026");
  });

  it("writes English dates day before month, as the rest of the portal does", () => {
    expect(formatDate("en", "2026-12-02T10:00:00Z")).toBe("2 December 2026");
    expect(formatDate("en", "2026-12-02T10:00:00Z", { dateStyle: "medium" })).toBe("2 Dec 2026");
  });
});

describe("every date on the portal and in the admin", () => {
  it("goes through formatDate: next-intl's dateTime would write English dates the American way", () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? files(full) : /\.tsx?$/.test(e.name) ? [full] : [];
      });
    const offenders = ["app", "components", "lib"]
      .flatMap(files)
      .filter((file) =>
        /\.dateTime\(|toLocaleDateString|toLocaleString\(/.test(fs.readFileSync(file, "utf8")),
      );
    expect(offenders).toEqual([]);
  });
});
