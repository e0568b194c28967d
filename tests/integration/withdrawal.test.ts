// Withdrawal (GOV.UK's withdrawn notice): the page stays at its address with when and why, and
// leaves the lists, search, the feed and the sitemap; the open data marks it. Refused without an
// explanation, for a text that is not public, or from an older version, changing nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveTranslation, withdrawTranslation } from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import { readResourcePage } from "@/lib/api/data";
import { listQuerySchema } from "@/lib/api/schemas";
import { readWorkingCopy } from "@/lib/content/editorial";
import { readOrganisationBySlug, readOrganisationPage } from "@/lib/content/organisations";
import { readSearch } from "@/lib/content/search";
import { db } from "@/lib/db";
import { readSitemapPages } from "@/lib/seo/sitemap";
import { readFeedEntries } from "@/lib/seo/feed";
import { signedIn } from "../helpers/auth";
import { saveText } from "../helpers/content";

let editor: Awaited<ReturnType<typeof signedIn>>;
let id: string;
const NAME = "Withdrawable Quokka Agency";
const NOTE = "Merged into BOSA on 1 January; see the BOSA page.";

const withdraw = (fields: Record<string, unknown>, headers = editor.headers) =>
  runAction(
    withdrawTranslation,
    { type: "organisation", id, locale: "en", confirm: "yes", note: NOTE, ...fields },
    headers,
    () => {},
  );
const version = async () => (await readWorkingCopy(db, "organisation", id, "en"))!.version;
const row = () =>
  db.organisationTranslation.findFirstOrThrow({ where: { organisationId: id, locale: "en" } });

beforeAll(async () => {
  editor = await signedIn("editor");
  const region = await db.region.findFirstOrThrow({ where: { key: "brussels" } });
  id = (await db.organisation.create({ data: { key: "withdrawable-quokka", regionId: region.id } })).id;
  await saveText(editor.headers, id, "en", "publish", {
    name: NAME,
    summary: "Quokkas at work.",
    body: "Quokka body.",
  });
});
afterAll(async () => {
  await db.organisation.delete({ where: { id } });
  await db.$disconnect();
});

describe("withdrawing a published translation", () => {
  it("refuses without an explanation, and changes nothing", async () => {
    const before = await row();
    const result = await withdraw({ version: await version(), note: "   " });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { note: ["withdrawalNoteRequired"] },
    });
    expect(await row()).toEqual(before);
  });

  it("refuses a translation that was never published", async () => {
    const fr = await saveText(editor.headers, id, "fr", "draft", { name: "Agence quokka" });
    const result = await runAction(
      withdrawTranslation,
      {
        type: "organisation",
        id,
        locale: "fr",
        version: (fr as { data: { version: number } }).data.version,
        confirm: "yes",
        note: "Non.",
      },
      editor.headers,
      () => {},
    );
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: "notPublishedToWithdraw" });
    expect(
      (await db.organisationTranslation.findFirstOrThrow({ where: { organisationId: id, locale: "fr" } }))
        .status,
    ).toBe("draft");
  });

  it("refuses from an older version", async () => {
    const seen = await version();
    await saveText(editor.headers, id, "en", "draft", { name: NAME, summary: "A newer draft." });
    const result = await withdraw({ version: seen });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await row()).status).toBe("published");
  });

  it("refuses a translator", async () => {
    const translator = await signedIn("translator", ["en"]);
    const result = await withdraw({ version: await version() }, translator.headers);
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("keeps the page with its notice and the published text, not a newer draft", async () => {
    await saveText(editor.headers, id, "en", "draft", { name: NAME, summary: "Unpublished draft summary." });
    const result = await withdraw({ version: await version() });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const stored = await row();
    expect(stored).toMatchObject({ status: "withdrawn", withdrawalNote: NOTE, summary: "Quokkas at work." });
    // The editor's draft is still what they work on.
    const working = await readWorkingCopy(db, "organisation", id, "en");
    expect(working).toMatchObject({ status: "withdrawn", withdrawal: { note: NOTE } });
    expect(working!.content.summary).toBe("Unpublished draft summary.");
    const page = await readOrganisationBySlug("en", stored.slug);
    expect(page).toMatchObject({ name: NAME, summary: "Quokkas at work.", withdrawn: { note: NOTE } });
    expect(new Date(page!.withdrawn!.on).getTime()).toBe(stored.withdrawnAt!.getTime());
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "content.withdraw", targetId: id } });
    expect(audit.detail).toMatchObject({ locale: "en", note: NOTE });
  });

  it("leaves the lists, search, the feed and the sitemap", async () => {
    const { slug } = await row();
    const list = await readOrganisationPage("en", "", 1);
    expect(list.items.map((o) => o.name)).not.toContain(NAME);
    const found = await readSearch("en", "quokka");
    expect(found.groups.flatMap((g) => g.hits).map((h) => h.name)).not.toContain(NAME);
    expect((await readFeedEntries("en")).map((e) => e.title)).not.toContain(NAME);
    const sitemap = JSON.stringify(await readSitemapPages());
    expect(sitemap).not.toContain(slug);
  });

  it("is in the open data, marked as withdrawn with its explanation", async () => {
    const query = listQuerySchema.parse({ locale: "en", per_page: "100" });
    const { items } = await readResourcePage("organisations", query);
    const item = items.find((o) => o.id === id);
    expect(item).toMatchObject({ name: NAME, withdrawalExplanation: NOTE });
    expect(item!.withdrawnAt).toMatch(/^\d{4}-/);
    const others = items.filter((o) => o.id !== id);
    expect(others.every((o) => o.withdrawnAt === null)).toBe(true);
  });

  it("ends when the translation is published again", async () => {
    const working = (await readWorkingCopy(db, "organisation", id, "en"))!;
    const result = await runAction(
      saveTranslation,
      {
        type: "organisation",
        id,
        locale: "en",
        version: working.version,
        ...working.content,
        seoDescription: "",
        intent: "publish",
      },
      editor.headers,
      () => {},
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(await row()).toMatchObject({ status: "published", withdrawnAt: null, withdrawalNote: null });
    const list = await readOrganisationPage("en", "", 1);
    expect(list.total).toBeGreaterThan(0);
    expect((await readOrganisationBySlug("en", (await row()).slug))?.withdrawn).toBeNull();
  });
});
