import { describe, expect, it } from "vitest";
import { Lru } from "@/lib/cache/lru";

describe("Lru", () => {
  it("keeps at most its capacity, forgetting the least recently used", () => {
    const lru = new Lru<string, number>(3);
    for (const [i, key] of ["a", "b", "c"].entries()) lru.set(key, i);
    expect(lru.get("a")).toBe(0); // now the most recent
    lru.set("d", 3);
    expect(lru.size).toBe(3);
    expect(lru.get("b")).toBeUndefined();
    expect([lru.get("a"), lru.get("c"), lru.get("d")]).toEqual([0, 2, 3]);
  });

  it("stays at its capacity whatever number of keys arrive", () => {
    const lru = new Lru<number, number>(10);
    for (let i = 0; i < 10_000; i++) lru.set(i, i);
    expect(lru.size).toBe(10);
    expect(lru.get(9_999)).toBe(9_999);
    expect(lru.get(0)).toBeUndefined();
  });

  it("replaces a key's value and forgets a deleted key", () => {
    const lru = new Lru<string, string>(2);
    lru.set("q", "old");
    lru.set("q", "new");
    expect(lru.size).toBe(1);
    expect(lru.get("q")).toBe("new");
    lru.delete("q");
    expect(lru.get("q")).toBeUndefined();
  });
});
