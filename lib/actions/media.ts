import "server-only";
import { audit } from "@/lib/audit";
import { canEdit, canManageContent, canManageMedia } from "@/lib/auth/access";
import { tagsForWrite } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { routing } from "@/lib/i18n/routing";
import { processUpload } from "@/lib/media/process";
import { MEDIA_LIMITS } from "@/lib/media/limits";
import {
  deleteMediaSchema,
  mediaSettingsSchema,
  mediaTextSchema,
  uploadMediaSchema,
} from "@/lib/validation/media";
import { defineAction, type ActionContext } from "./pipeline";

type Tx = Prisma.TransactionClient;

/** The public pages that show an asset (the organisations it is the logo of), fetched again. */
async function touchUsers(tx: Tx, assetId: string, ctx: Pick<ActionContext<unknown>, "touch" | "changed">) {
  const organisations = await tx.organisation.findMany({ where: { logoId: assetId }, select: { id: true } });
  if (organisations.length) ctx.touch(...tagsForWrite("organisation"));
  for (const o of organisations) ctx.changed("organisation", o.id);
}

const mediaChanged = (updatedAt: Date | null) =>
  new AppError("CONFLICT", "mediaChanged", { updatedAt: updatedAt?.toISOString() ?? null });

/**
 * Stores an uploaded file. The file is checked and converted (type from its content, size,
 * metadata stripped, SVG sanitized, variants made) before the transaction opens, so no slow work
 * runs while rows are locked; a refused file stores nothing.
 */
export const uploadMedia = defineAction({
  name: "uploadMedia",
  allowed: canManageMedia,
  schema: uploadMediaSchema,
  async run({ actor, input }) {
    const processed = await processUpload(Buffer.from(await input.file.arrayBuffer()));
    const filename =
      input.file.name.replace(/[\\/\u0000-\u001f]/g, "").slice(-MEDIA_LIMITS.filename) || "file";
    const texts = routing.locales
      .map((locale) => ({ locale, alt: input[`alt_${locale}`], caption: input[`caption_${locale}`] }))
      .filter((t) => t.alt || t.caption);
    const asset = await db.$transaction(async (tx) => {
      const created = await tx.mediaAsset.create({
        data: {
          kind: processed.kind,
          mimeType: processed.mimeType,
          filename,
          byteSize: processed.data.length,
          hash: processed.hash,
          width: processed.width,
          height: processed.height,
          decorative: processed.kind === "image" && input.decorative,
          isPublic: input.isPublic,
          data: new Uint8Array(processed.data),
          createdById: actor.id,
          texts: { create: texts },
          variants: {
            create: processed.variants.map((v) => ({
              width: v.width,
              height: v.height,
              format: v.format,
              byteSize: v.data.length,
              data: new Uint8Array(v.data),
            })),
          },
        },
        select: { id: true },
      });
      await audit(
        tx,
        actor,
        "media.upload",
        { type: "media", id: created.id },
        { filename, mimeType: processed.mimeType, byteSize: processed.data.length },
      );
      return created;
    });
    return { id: asset.id, kind: processed.kind };
  },
});

/** Decorative or not, public or not: editors and admins. */
export const updateMediaSettings = defineAction({
  name: "updateMediaSettings",
  allowed: canManageMedia,
  schema: mediaSettingsSchema,
  async run({ actor, input, touch, changed }) {
    await db.$transaction(async (tx) => {
      const current = await tx.mediaAsset.findUnique({
        where: { id: input.id },
        select: { kind: true, updatedAt: true },
      });
      if (!current) throw new AppError("NOT_FOUND");
      const expected = new Date(input.updatedAt);
      const next = new Date(Math.max(Date.now(), expected.getTime() + 1));
      const { count } = Number.isNaN(expected.getTime())
        ? { count: 0 }
        : await tx.mediaAsset.updateMany({
            where: { id: input.id, updatedAt: expected },
            data: {
              decorative: current.kind === "image" && input.decorative,
              isPublic: input.isPublic,
              updatedAt: next,
            },
          });
      if (count === 0) throw mediaChanged(current.updatedAt);
      await audit(
        tx,
        actor,
        "media.update",
        { type: "media", id: input.id },
        {
          decorative: input.decorative,
          isPublic: input.isPublic,
        },
      );
      await touchUsers(tx, input.id, { touch, changed });
    });
    return { id: input.id };
  },
});

/**
 * The alt text and caption of one language. Translators edit those of their languages; the
 * text's own updatedAt refuses to overwrite a newer save.
 */
export const updateMediaText = defineAction({
  name: "updateMediaText",
  allowed: (actor) => canManageContent(actor) || actor.locales.length > 0,
  schema: mediaTextSchema,
  allowedFor: (actor, input) => canEdit(actor, input.locale),
  async run({ actor, input, touch, changed }) {
    const updatedAt = await db.$transaction(async (tx) => {
      if (!(await tx.mediaAsset.findUnique({ where: { id: input.id }, select: { id: true } })))
        throw new AppError("NOT_FOUND");
      const where = { assetId: input.id, locale: input.locale };
      const now = new Date();
      let count: number;
      if (input.updatedAt === "") {
        // The first text in this language: of two first saves, the primary key lets one in.
        ({ count } = await tx.mediaText.createMany({
          data: [{ ...where, alt: input.alt, caption: input.caption, updatedAt: now }],
          skipDuplicates: true,
        }));
      } else {
        const expected = new Date(input.updatedAt);
        ({ count } = Number.isNaN(expected.getTime())
          ? { count: 0 }
          : await tx.mediaText.updateMany({
              where: { ...where, updatedAt: expected },
              data: {
                alt: input.alt,
                caption: input.caption,
                updatedAt: new Date(Math.max(now.getTime(), expected.getTime() + 1)),
              },
            }));
      }
      const row = await tx.mediaText.findUnique({ where: { assetId_locale: where } });
      if (count === 0) throw mediaChanged(row?.updatedAt ?? null);
      await audit(tx, actor, "media.update_text", { type: "media", id: input.id }, { locale: input.locale });
      await touchUsers(tx, input.id, { touch, changed });
      return row!.updatedAt;
    });
    return { id: input.id, locale: input.locale, updatedAt: updatedAt.toISOString() };
  },
});

/** Deletes a file nothing uses; one in use (a logo) is refused, never cut out of its pages. */
export const deleteMedia = defineAction({
  name: "deleteMedia",
  allowed: canManageMedia,
  schema: deleteMediaSchema,
  async run({ actor, input }) {
    await db.$transaction(async (tx) => {
      const current = await tx.mediaAsset.findUnique({
        where: { id: input.id },
        select: { filename: true, _count: { select: { organisations: true } } },
      });
      if (!current) throw new AppError("NOT_FOUND");
      if (current._count.organisations > 0) throw new AppError("CONFLICT", "mediaInUse");
      await tx.mediaAsset.delete({ where: { id: input.id } });
      await audit(tx, actor, "media.delete", { type: "media", id: input.id }, { filename: current.filename });
    });
    return { id: input.id };
  },
});
