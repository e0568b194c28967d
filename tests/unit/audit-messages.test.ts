// Every action the code writes to the audit log reads as a sentence, with a name for the
// filter, in each interface language; and every sentence formats with the values the page gives.
import fs from "node:fs";
import path from "node:path";
import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import { messages as allMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** The action codes written by audit(…): literal ones, and the content.* built from an intent. */
function writtenActions() {
  const codes = new Set(["content.save", "content.submit", "content.publish"]);
  for (const file of [...sources("lib"), ...sources("app")]) {
    for (const [, code] of fs.readFileSync(file, "utf8").matchAll(/"((?:content|user|auth)\.[a-z_]+)"/g))
      codes.add(code);
  }
  return [...codes].sort();
}

const values = {
  actor: "Anna Peeters",
  name: "Digitaal Vlaanderen",
  language: "x",
  version: 4,
  from: 2,
  action: "publish",
  date: "1 December 2026",
  reason: "Not allowed.",
  email: "anna@example.be",
  item: (chunks: unknown) => chunks,
};

describe("audit log messages", () => {
  const actions = writtenActions();

  it("finds the actions the code writes", () => {
    expect(actions).toEqual(expect.arrayContaining(["auth.sign_in", "content.restore", "user.create"]));
  });

  for (const [locale, messages] of Object.entries(allMessages) as [Locale, Messages][]) {
    it(`${locale}: a filter name and a sentence for each`, () => {
      const keys = actions.map((a) => a.replace(".", "_"));
      expect(keys.filter((k) => !(k in messages.Audit.actions))).toEqual([]);
      expect(keys.filter((k) => !(k in messages.Audit.event))).toEqual([]);
      const t = createTranslator({ locale, messages, namespace: "Audit" });
      for (const key of Object.keys(messages.Audit.event)) {
        const sentence = t.markup(`event.${key}` as "event.other", { ...values, item: (c) => c });
        expect(sentence, key).not.toMatch(/[{}]|Audit\./);
      }
      expect(t.markup("event.content_publish", { ...values, item: (c) => c })).toContain(
        "Digitaal Vlaanderen",
      );
    });
  }
});
