import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  pruneDrafts,
  readDraft,
  removeDraft,
  sameValues,
  writeDraft,
} from "@/components/admin/form/local-drafts";
import { displayValue, newer } from "@/components/admin/form/ActionForm";

/** The part of the Web Storage API the drafts use, in memory. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

describe("local drafts", () => {
  beforeEach(() => {
    Object.assign(globalThis, { window: { localStorage: new MemoryStorage() } });
  });
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it("keeps values with the version they were typed on, until removed", () => {
    writeDraft("u1:translation:organisation:x:nl", { values: { body: "Tekst" }, version: "3", at: 1_000 });
    expect(readDraft("u1:translation:organisation:x:nl", 2_000)).toEqual({
      values: { body: "Tekst" },
      version: "3",
      at: 1_000,
    });
    expect(readDraft("u2:translation:organisation:x:nl", 2_000)).toBeNull();
    removeDraft("u1:translation:organisation:x:nl");
    expect(readDraft("u1:translation:organisation:x:nl", 2_000)).toBeNull();
  });

  it("forgets drafts older than 30 days, and unreadable ones", () => {
    const day = 86_400_000;
    writeDraft("old", { values: { body: "a" }, version: "1", at: 0 });
    writeDraft("recent", { values: { body: "b" }, version: "1", at: 25 * day });
    (globalThis as unknown as { window: { localStorage: MemoryStorage } }).window.localStorage.setItem(
      "portal-admin-draft:broken",
      "{not json",
    );
    pruneDrafts(31 * day);
    expect(readDraft("old", 31 * day)).toBeNull();
    expect(readDraft("broken", 31 * day)).toBeNull();
    expect(readDraft("recent", 31 * day)?.values).toEqual({ body: "b" });
  });

  it("works without a browser (server render): nothing is kept, nothing fails", () => {
    delete (globalThis as { window?: unknown }).window;
    expect(() => writeDraft("k", { values: {}, version: "", at: 0 })).not.toThrow();
    expect(readDraft("k")).toBeNull();
  });
});

describe("sameValues", () => {
  it("treats a missing field as an empty one, and checkbox lists as sets", () => {
    expect(sameValues({ name: "A", summary: "" }, { name: "A" })).toBe(true);
    expect(sameValues({ themes: ["ai", "skills"] }, { themes: ["skills", "ai"] })).toBe(true);
    expect(sameValues({ themes: [] }, {})).toBe(true);
    expect(sameValues({ name: "A" }, { name: "B" })).toBe(false);
    expect(sameValues({ themes: ["ai"] }, { themes: ["ai", "skills"] })).toBe(false);
  });
});

describe("displayValue", () => {
  const select = {
    label: "Region",
    options: [
      { value: "r1", label: "Flanders" },
      { value: "", label: "None" },
    ],
  };
  it("shows option labels instead of ids", () => {
    expect(displayValue(select, "r1")).toBe("Flanders");
    expect(displayValue(select, "")).toBe("None");
    expect(displayValue({ label: "Themes", options: [{ value: "ai", label: "AI" }] }, ["ai", "x"])).toBe(
      "AI, x",
    );
    expect(displayValue({ label: "Name" }, "Athumi")).toBe("Athumi");
  });
});

describe("newer", () => {
  it("orders counters as numbers and ISO times as strings", () => {
    expect(newer("10", "9")).toBe(true);
    expect(newer("9", "10")).toBe(false);
    expect(newer("3", "3")).toBe(false);
    expect(newer("2026-12-02T01:00:00.001Z", "2026-12-02T01:00:00.000Z")).toBe(true);
    expect(newer("2026-12-01T23:59:59.999Z", "2026-12-02T00:00:00.000Z")).toBe(false);
  });
});
