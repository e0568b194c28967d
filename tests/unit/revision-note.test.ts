import { describe, expect, it } from "vitest";
import { revisionNote } from "@/lib/admin/revision-note";

describe("revisionNote", () => {
  it("reads the markers the system writes", () => {
    expect(revisionNote("restored:3")).toEqual({ kind: "restored", fromVersion: 3 });
    expect(revisionNote("scheduled:cmf0abc123")).toEqual({ kind: "scheduled" });
  });

  it("keeps what a person wrote, even when it looks like a marker", () => {
    expect(revisionNote("Please check the dates.")).toEqual({
      kind: "comment",
      text: "Please check the dates.",
    });
    expect(revisionNote("restored: the old intro")).toEqual({
      kind: "comment",
      text: "restored: the old intro",
    });
  });

  it("has nothing to say about an empty comment", () => {
    expect(revisionNote(null)).toBeNull();
    expect(revisionNote("")).toBeNull();
  });
});
