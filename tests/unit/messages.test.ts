import { describe, expect, it } from "vitest";
import { messages } from "@/lib/i18n/messages";
import { locales } from "@/lib/i18n/routing";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Object.values(value as object).flatMap(leaves);
}

describe("messages", () => {
  it.each(locales.filter((l) => l !== "en"))("%s has exactly the keys of en", (locale) => {
    expect(keys(messages[locale]).sort()).toEqual(keys(messages.en).sort());
  });

  it.each(locales)("%s has no empty message", (locale) => {
    expect(leaves(messages[locale]).filter((m) => !m.trim())).toEqual([]);
  });
});
