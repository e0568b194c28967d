import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import nl from "@/messages/nl.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Object.values(value as object).flatMap(leaves);
}

describe("messages", () => {
  it.each([
    ["nl", nl],
    ["fr", fr],
  ])("%s has exactly the keys of en", (_, messages) => {
    expect(keys(messages).sort()).toEqual(keys(en).sort());
  });

  it.each([
    ["nl", nl],
    ["fr", fr],
    ["en", en],
  ])("%s has no empty message", (_, messages) => {
    expect(leaves(messages).filter((m) => !m.trim())).toEqual([]);
  });
});
