import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  archiveTranslation,
  createEntity,
  deleteEntity,
  reviewTranslation,
  saveTranslation,
  updateFacts,
} from "@/lib/actions/content";
import { runAction } from "@/lib/actions/pipeline";
import { readOrganisationBySlug } from "@/lib/content/organisations";
import { readSlugRedirect } from "@/lib/content/redirects";
import { db } from "@/lib/db";
import { signedIn } from "../helpers/auth";
import { locales } from "@/lib/i18n/routing";

afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "edit-" } } });
  await db.initiative.deleteMany({ where: { key: { startsWith: "nouvelle-initiative" } } });
  await db.$disconnect();
});

let editor: Awaited<ReturnType<typeof signedIn>>;
let translatorFr: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  editor = await signedIn("editor");
  translatorFr = await signedIn("translator", ["fr"]);
});

/** A fresh organisation published in every language. */
async function organisation() {
  const region = await db.region.findUniqueOrThrow({ where: { key: "flanders" } });
  const key = `edit-${randomUUID().slice(0, 8)}`;
  return db.organisation.create({
    data: {
      key,
      regionId: region.id,
      translations: {
        create: locales.map((locale) => ({
          locale,
          slug: `${key}-${locale}`,
          name: `Name ${locale}`,
          summary: `Summary ${locale}`,
          status: "published" as const,
          publishedAt: new Date(),
        })),
      },
    },
  });
}

function run(definition: Parameters<typeof runAction>[0], input: Record<string, unknown>, headers: Headers) {
  const tags: string[] = [];
  return runAction(definition, input, headers, (t) => tags.push(...t)).then((result) => ({ result, tags }));
}

const save = (
  id: string,
  locale: string,
  version: number,
  fields: Record<string, unknown>,
  headers = editor.headers,
) =>
  run(
    saveTranslation,
    {
      type: "organisation",
      id,
      locale,
      version,
      name: "Name",
      slug: "",
      summary: "Summary.",
      body: "Text.",
      intent: "draft",
      ...fields,
    },
    headers,
  );

describe("saveTranslation", () => {
  it("validates field by field", async () => {
    const o = await organisation();
    const { result } = await save(o.id, "nl", 1, { name: "  ", summary: "x".repeat(1001) });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: ["required"], summary: ["tooLong"] },
    });
    const bad = await save(o.id, "nl", 1, { name: "Naam", slug: "Not A Slug!" });
    expect(bad.result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { slug: ["invalidSlug"] },
    });
  });

  it("checks that the slug is free in the language before saving", async () => {
    const a = await organisation();
    const b = await organisation();
    const { result } = await save(b.id, "nl", 1, { name: "Naam", slug: `${a.key}-nl` });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { slug: ["slugTaken"] } });
    // Left empty, the slug is made from the name: then the name is what to change.
    const fromName = await save(b.id, "nl", 1, { name: `${a.key} nl`, slug: "" });
    expect(fromName.result).toMatchObject({ ok: false, fieldErrors: { name: ["nameSlugTaken"] } });
    // The same slug in another language is fine.
    expect((await save(b.id, "fr", 1, { name: "Nom", slug: `${a.key}-nl` })).result.ok).toBe(true);
  });

  it("generates the slug from the name when it is left empty", async () => {
    const o = await organisation();
    const { result } = await save(o.id, "fr", 1, { name: "Équipe Numérique & Données", intent: "publish" });
    expect(result).toMatchObject({
      ok: true,
      data: { slug: "equipe-numerique-donnees", status: "published" },
    });
  });

  it("a draft of a published text leaves the public page as it was and revalidates nothing", async () => {
    const o = await organisation();
    const { result, tags } = await save(o.id, "nl", 1, {
      name: "Name nl",
      slug: `${o.key}-nl`,
      summary: "Nieuwe samenvatting",
    });
    expect(result).toMatchObject({ ok: true, data: { version: 2, status: "draft" } });
    expect(tags).toEqual([]);
    const live = await readOrganisationBySlug("nl", `${o.key}-nl`);
    expect(live?.summary).toBe("Summary nl");
    const preview = await readOrganisationBySlug("nl", `${o.key}-nl`, true);
    expect(preview?.summary).toBe("Nieuwe samenvatting");
  });

  it("publishing one language changes that language only, and touches exactly the organisation tag", async () => {
    const o = await organisation();
    const { result, tags } = await save(o.id, "fr", 1, {
      name: "Name fr",
      slug: `${o.key}-fr`,
      summary: "Publié",
      intent: "publish",
    });
    expect(result.ok).toBe(true);
    expect(tags).toEqual(["content:organisation"]);
    expect((await readOrganisationBySlug("fr", `${o.key}-fr`))?.summary).toBe("Publié");
    expect((await readOrganisationBySlug("nl", `${o.key}-nl`))?.summary).toBe("Summary nl");
    const nl = await db.organisationTranslation.findFirstOrThrow({
      where: { organisationId: o.id, locale: "nl" },
    });
    expect(nl.version).toBe(1);
  });

  it("refuses a save made from an old version and returns the newer text", async () => {
    const o = await organisation();
    expect(
      (await save(o.id, "en", 1, { name: "Name en", slug: `${o.key}-en`, body: "First editor" })).result.ok,
    ).toBe(true);
    const { result } = await save(o.id, "en", 1, {
      name: "Name en",
      slug: `${o.key}-en`,
      body: "Second editor",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "CONFLICT",
      detail: { version: 2, content: { body: "First editor" } },
    });
    const revisions = await db.revision.count({ where: { entityId: o.id, locale: "en" } });
    expect(revisions).toBe(1);
  });

  it("translators edit and submit their languages only, and never publish", async () => {
    const o = await organisation();
    const submitted = await save(o.id, "fr", 1, { name: "Nom", intent: "review" }, translatorFr.headers);
    expect(submitted.result).toMatchObject({ ok: true, data: { status: "in_review" } });
    expect(
      (await save(o.id, "fr", 2, { name: "Nom", intent: "publish" }, translatorFr.headers)).result,
    ).toMatchObject({ code: "FORBIDDEN" });
    expect((await save(o.id, "nl", 1, { name: "Naam" }, translatorFr.headers)).result).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("preview", () => {
  it("shows the working copy of a region, a strategy and a pillar; the public reads stay published", async () => {
    const { readPillar, readStrategyBySlug } = await import("@/lib/content/strategy");
    const { readRegionBySlug } = await import("@/lib/content/regions");
    const pillar = await db.pillar.findUniqueOrThrow({
      where: { key: "digital-sector" },
      include: { translations: true },
    });
    const fr = pillar.translations.find((t) => t.locale === "fr")!;
    const saveAs = (type: string, id: string, version: number, fields: Record<string, unknown>) =>
      run(
        saveTranslation,
        {
          type,
          id,
          locale: "fr",
          version,
          name: "",
          slug: "",
          summary: "",
          body: "",
          intent: "draft",
          ...fields,
        },
        editor.headers,
      );
    expect(
      (
        await saveAs("pillar", pillar.id, fr.version, {
          name: fr.name,
          slug: fr.slug,
          summary: "Brouillon du pilier.",
        })
      ).result.ok,
    ).toBe(true);
    const strategy = await db.strategy.findUniqueOrThrow({
      where: { key: "digital-wallonia-2019-2024" },
      include: { translations: true },
    });
    const sfr = strategy.translations.find((t) => t.locale === "fr")!;
    expect(
      (
        await saveAs("strategy", strategy.id, sfr.version, {
          name: sfr.name,
          slug: sfr.slug,
          summary: "Brouillon de la stratégie.",
          goal: sfr.goal,
          governance: sfr.governance,
        })
      ).result.ok,
    ).toBe(true);
    const region = await db.region.findUniqueOrThrow({
      where: { key: "wallonia" },
      include: { translations: true },
    });
    const rfr = region.translations.find((t) => t.locale === "fr")!;
    expect(
      (
        await saveAs("region", region.id, rfr.version, {
          name: rfr.name,
          slug: rfr.slug,
          summary: "Brouillon de la région.",
        })
      ).result.ok,
    ).toBe(true);
    try {
      expect((await readPillar("fr", sfr.slug, fr.slug, true))?.summary).toBe("Brouillon du pilier.");
      expect((await readPillar("fr", sfr.slug, fr.slug))?.summary).toBe(fr.summary);
      expect((await readStrategyBySlug("fr", sfr.slug, true))?.summary).toBe("Brouillon de la stratégie.");
      expect((await readStrategyBySlug("fr", sfr.slug))?.summary).toBe(sfr.summary);
      expect((await readRegionBySlug("fr", rfr.slug, true))?.summary).toBe("Brouillon de la région.");
      expect((await readRegionBySlug("fr", rfr.slug))?.summary).toBe(rfr.summary);
    } finally {
      // Put the seed back as it was for the other tests.
      for (const [entityId, version] of [
        [pillar.id, fr.version],
        [strategy.id, sfr.version],
        [region.id, rfr.version],
      ] as const) {
        await db.revision.deleteMany({ where: { entityId, locale: "fr", version: { gt: version } } });
      }
      await db.pillarTranslation.update({ where: { id: fr.id }, data: { version: fr.version } });
      await db.strategyTranslation.update({ where: { id: sfr.id }, data: { version: sfr.version } });
      await db.regionTranslation.update({ where: { id: rfr.id }, data: { version: rfr.version } });
    }
  });
});

describe("review, archive and slugs", () => {
  it("approve publishes the submitted text; send back returns it to draft with the comment", async () => {
    const o = await organisation();
    await save(
      o.id,
      "fr",
      1,
      { name: "Name fr", slug: `${o.key}-fr`, summary: "À relire", intent: "review" },
      translatorFr.headers,
    );
    const back = await run(
      reviewTranslation,
      {
        type: "organisation",
        id: o.id,
        locale: "fr",
        version: 2,
        decision: "send_back",
        comment: "Précisez.",
      },
      editor.headers,
    );
    expect(back.result).toMatchObject({ ok: true, data: { status: "draft" } });
    const revision = await db.revision.findFirstOrThrow({
      where: { entityId: o.id, locale: "fr", version: 3 },
    });
    expect(revision.comment).toBe("Précisez.");
    await save(
      o.id,
      "fr",
      3,
      { name: "Name fr", slug: `${o.key}-fr`, summary: "Relu", intent: "review" },
      translatorFr.headers,
    );
    const approved = await run(
      reviewTranslation,
      { type: "organisation", id: o.id, locale: "fr", version: 4, decision: "approve" },
      editor.headers,
    );
    expect(approved.result).toMatchObject({ ok: true, data: { status: "published" } });
    expect((await readOrganisationBySlug("fr", `${o.key}-fr`))?.summary).toBe("Relu");
  });

  it("archiving hides a translation and the page falls back to another language", async () => {
    const o = await organisation();
    const { result } = await run(
      archiveTranslation,
      { type: "organisation", id: o.id, locale: "nl", version: 1 },
      editor.headers,
    );
    // Archiving takes the page off the site: without the editor's confirmation, nothing happens.
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { confirm: ["confirmArchive"] },
    });
    expect((await readOrganisationBySlug("nl", `${o.key}-nl`))?.lang).toBe("nl");
    const confirmed = await run(
      archiveTranslation,
      { type: "organisation", id: o.id, locale: "nl", version: 1, confirm: "yes" },
      editor.headers,
    );
    expect(confirmed.result.ok).toBe(true);
    const page = await readOrganisationBySlug("nl", `${o.key}-en`);
    expect(page).toMatchObject({ lang: "en", isFallback: true });
  });

  it("a published slug change leaves a permanent redirect from the old slug", async () => {
    const o = await organisation();
    await save(o.id, "nl", 1, { name: "Name nl", slug: `${o.key}-nieuw`, intent: "publish" });
    expect(await readSlugRedirect("organisation", "nl", `${o.key}-nl`)).toBe(
      `/nl/organisaties/${o.key}-nieuw`,
    );
    expect(await readOrganisationBySlug("nl", `${o.key}-nl`)).toBeNull();
  });
});

describe("pillar slugs", () => {
  it("a renamed pillar slug redirects to the pillar's new address", async () => {
    const pillar = await db.pillar.findUniqueOrThrow({
      where: { key: "digital-territory" },
      include: { translations: true },
    });
    const en = pillar.translations.find((t) => t.locale === "en")!;
    const publish = (version: number, slug: string) =>
      run(
        saveTranslation,
        {
          type: "pillar",
          id: pillar.id,
          locale: "en",
          version,
          name: en.name,
          slug,
          summary: en.summary,
          body: en.body,
          intent: "publish",
        },
        editor.headers,
      );
    expect((await publish(en.version, "digital-territory-renamed")).result.ok).toBe(true);
    try {
      expect(await readSlugRedirect("pillar", "en", "digital-territory")).toBe(
        "/en/strategy/digital-wallonia-2019-2024/digital-territory-renamed",
      );
    } finally {
      expect((await publish(en.version + 1, "digital-territory")).result.ok).toBe(true);
    }
    expect(await readSlugRedirect("pillar", "en", "digital-territory")).toBeNull();
  });
});

describe("entities", () => {
  it("creates an entity with its first translation as a draft", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { key: "wallonia" } });
    const { result } = await run(
      createEntity,
      {
        type: "initiative",
        locale: "fr",
        name: "Nouvelle initiative",
        regionId: region.id,
        themes: ["skills"],
        organisationIds: [],
        position: "1",
      },
      editor.headers,
    );
    expect(result.ok).toBe(true);
    const id = (result as { data: { id: string } }).data.id;
    const initiative = await db.initiative.findUniqueOrThrow({
      where: { id },
      include: { translations: true },
    });
    expect(initiative.themes).toEqual(["skills"]);
    expect(initiative.translations).toMatchObject([
      { locale: "fr", slug: "nouvelle-initiative", status: "draft" },
    ]);
  });

  it("updates facts with a version check and rejects bad values field by field", async () => {
    const o = await organisation();
    const base = {
      type: "organisation",
      id: o.id,
      regionId: o.regionId,
      focusAreas: ["ai", "skills"],
      position: "2",
    };
    const bad = await run(
      updateFacts,
      { ...base, updatedAt: o.updatedAt.toISOString(), websiteUrl: "javascript:alert(1)" },
      editor.headers,
    );
    expect(bad.result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { websiteUrl: ["invalidUrl"] },
    });
    const ok = await run(
      updateFacts,
      { ...base, updatedAt: o.updatedAt.toISOString(), websiteUrl: "https://example.be" },
      editor.headers,
    );
    expect(ok.result.ok).toBe(true);
    expect(ok.tags).toEqual(["content:organisation"]);
    const stale = await run(
      updateFacts,
      { ...base, updatedAt: o.updatedAt.toISOString(), websiteUrl: "https://example.org" },
      editor.headers,
    );
    expect(stale.result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: o.id } })).focusAreas).toEqual([
      "ai",
      "skills",
    ]);
  });

  it("refuses to delete what is still referenced, and deletes the rest", async () => {
    const region = await db.region.findUniqueOrThrow({ where: { key: "flanders" } });
    const inUse = await run(deleteEntity, { type: "region", id: region.id, confirm: "yes" }, editor.headers);
    expect(inUse.result).toMatchObject({ ok: false, code: "CONFLICT" });
    const o = await organisation();
    const unconfirmed = await run(deleteEntity, { type: "organisation", id: o.id }, editor.headers);
    expect(unconfirmed.result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(
      (await run(deleteEntity, { type: "organisation", id: o.id, confirm: "yes" }, editor.headers)).result.ok,
    ).toBe(true);
    expect(await db.organisationTranslation.count({ where: { organisationId: o.id } })).toBe(0);
  });
});
