// Saving an organisation's text as an editor does: through the action, from its current version.
import { expect } from "vitest";
import { saveTranslation } from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import { readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

export async function saveText(
  headers: Headers,
  id: string,
  locale: Locale,
  intent: "draft" | "review" | "publish",
  fields: { name: string; summary?: string; body?: string },
) {
  const version = (await readWorkingCopy(db, "organisation", id, locale))?.version ?? 0;
  const result = await runAction(
    saveTranslation,
    {
      type: "organisation",
      id,
      locale,
      version,
      slug: "",
      summary: "Summary.",
      body: "Text.",
      intent,
      ...fields,
    },
    headers,
    () => {},
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result;
}
