import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TranslationStatus } from "@/lib/generated/prisma/enums";
import { assertReferencesExist } from "@/lib/admin/references";
import { audit } from "@/lib/audit";
import {
  canEdit,
  canManageContent,
  canPublish,
  canReview,
  canSubmitForReview,
  type Actor,
} from "@/lib/auth/access";
import { tagsForWrite, type ContentType } from "@/lib/cache-tags";
import {
  contentOf,
  entityKey,
  entityTable,
  readWorkingCopy,
  translationTable,
  type TranslationContent,
  type TranslationRecord,
  type WorkingCopy,
} from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { assertSecondPair } from "@/lib/review/policy";
import { recordDecision, requestReview } from "@/lib/review/requests";
import {
  archiveSchema,
  createEntitySchema,
  deleteEntitySchema,
  factsArrayFields,
  publicationGaps,
  factsSchemas,
  restoreSchema,
  reviewSchema,
  slugify,
  SLUG_PATTERN,
  translationSchema,
  withdrawSchema,
  LIMITS,
  type TranslationInput,
} from "@/lib/validation/content";
import { z } from "zod";
import { defineAction, type ActionContext } from "./pipeline";
import { moveToTrash } from "./trash";

type Tx = Prisma.TransactionClient;

const statusOf = { draft: "draft", review: "in_review", publish: "published" } as const;

function contentFromInput(type: ContentType, input: TranslationInput, slug: string): TranslationContent {
  return contentOf(type, { ...input, slug, goal: input.goal ?? "", governance: input.governance ?? "" });
}

/** The answer to a save made from an older version: the newer text, so the editor can compare. */
async function contentConflict(tx: Tx, type: ContentType, id: string, locale: Locale, actorId?: string) {
  const working = await readWorkingCopy(tx, type, id, locale);
  // The newer version may be the editor's own, saved from another tab or window.
  const byThem = working && actorId === (working.decidedById ?? working.authorId);
  return new AppError("CONFLICT", byThem ? "contentChangedBySelf" : "contentChanged", {
    version: working?.version ?? 0,
    content: working?.content ?? null,
    authorName: working?.authorName ?? null,
    savedAt: working?.savedAt.toISOString() ?? null,
  });
}

/**
 * Takes the version after `expected` for a save, or refuses it: the row's version moves on only
 * `WHERE version = expected`, so of saves made from the same version at the same moment exactly
 * one matches (the others wait for its row lock, then no longer match). The row stays locked
 * until the transaction ends. Returns the row as it was before this save.
 */
async function checkVersion(
  tx: Tx,
  type: ContentType,
  id: string,
  locale: Locale,
  expected: number,
  actorId?: string,
) {
  const table = translationTable(tx, type);
  const where = { [entityKey[type]]: id, locale };
  const { count } = await table.updateMany({
    where: { ...where, version: expected },
    data: { version: expected + 1 },
  });
  if (count === 0) throw await contentConflict(tx, type, id, locale, actorId);
  return (await table.findFirst({ where }))!;
}

const slugTaken = () => new AppError("VALIDATION", "slugTaken", undefined, { slug: ["slugTaken"] });
const nameSlugTaken = () =>
  new AppError("VALIDATION", "nameSlugTaken", undefined, { name: ["nameSlugTaken"] });

/**
 * Refuses to publish a text without what its public page needs (saving it as a draft stays
 * possible). The field errors name the field, so forms without it (a review, a plan) can say it.
 */
export function assertPublishable(type: ContentType, content: TranslationContent) {
  const gaps = publicationGaps(type, content);
  if (gaps.length === 0) return;
  throw new AppError(
    "VALIDATION",
    "incompleteForPublication",
    { missing: gaps },
    Object.fromEntries(gaps.map((field) => [field, [`${field}NeededToPublish`]])),
  );
}

/** Whether two states of a translation hold the same text. */
export function sameContent(type: ContentType, a: TranslationContent, b: TranslationContent) {
  const x = contentOf(type, a);
  const y = contentOf(type, b);
  return (Object.keys(x) as (keyof TranslationContent)[]).every((f) => (x[f] ?? null) === (y[f] ?? null));
}

/** A row readers can open: published, or withdrawn (still at its address, with its notice). */
const isPublic = (status: TranslationStatus) => status === "published" || status === "withdrawn";

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Refuses a slug another item of the type has in this language. The error goes to the field the
 * slug came from: the slug field, or the name on forms that make the slug from it.
 */
async function assertSlugFree(
  tx: Tx,
  type: ContentType,
  id: string,
  locale: Locale,
  slug: string,
  field: "slug" | "name" = "slug",
) {
  const taken = await translationTable(tx, type).findFirst({
    where: { locale, slug, NOT: { [entityKey[type]]: id } },
  });
  if (taken) throw field === "slug" ? slugTaken() : nameSlugTaken();
}

/**
 * Writes a new state of one translation. The row the public reads changes only when the new
 * state is published (or was never published); a draft of a published text lives in its
 * revision until it is published. Every save is a revision. A review decision or an archiving
 * (`writer` given) keeps the text's author as the revision's author and records the actor as the
 * one who decided.
 */
export async function writeTranslation(
  tx: Tx,
  actor: Actor,
  o: {
    type: ContentType;
    id: string;
    locale: Locale;
    expectedVersion: number;
    content: TranslationContent;
    status: TranslationStatus;
    comment?: string | null;
    changeNote?: string | null;
    major?: boolean;
    writer?: { id: string | null; name: string | null };
    /** The public explanation of a withdrawal (status "withdrawn"). */
    withdrawalNote?: string;
  },
) {
  const { type, id, locale, content, status } = o;
  if (status === "published") assertPublishable(type, content);
  if (!(await entityTable(tx, type).findUnique({ where: { id } }))) throw new AppError("NOT_FOUND");
  const table = translationTable(tx, type);
  const version = o.expectedVersion + 1;
  const now = new Date();
  const publish = status === "published";
  let row: TranslationRecord | null = null;
  if (o.expectedVersion === 0) {
    await assertSlugFree(tx, type, id, locale, content.slug);
    // The unique (entity, locale) key decides between first saves made at the same moment: the
    // insert of the second does nothing once the first has committed.
    const { count } = await table.createMany({
      data: [
        {
          [entityKey[type]]: id,
          locale,
          ...content,
          status,
          version,
          publishedAt: publish ? now : null,
          firstPublishedAt: publish ? now : null,
        },
      ],
      skipDuplicates: true,
    });
    if (count === 0) {
      if (await table.findFirst({ where: { [entityKey[type]]: id, locale } }))
        throw await contentConflict(tx, type, id, locale, actor.id);
      throw slugTaken();
    }
  } else {
    row = await checkVersion(tx, type, id, locale, o.expectedVersion, actor.id);
    await assertSlugFree(tx, type, id, locale, content.slug);
    if (status === "withdrawn") {
      // Only what readers can see can be withdrawn; its public text stays as published (a newer
      // draft stays the working copy, in its revision).
      if (!isPublic(row.status)) throw new AppError("CONFLICT", "notPublishedToWithdraw");
      await table.update({
        where: { id: row.id },
        data: { status, withdrawnAt: now, withdrawalNote: o.withdrawalNote ?? "" },
      });
    } else if (publish || !isPublic(row.status) || status === "archived") {
      // A draft of a public text leaves the public row as it is: only its version moved on.
      await table
        .update({
          where: { id: row.id },
          data: {
            ...content,
            status,
            withdrawnAt: null,
            withdrawalNote: null,
            // A row published before first publications were recorded has its last one to go by.
            ...(publish
              ? { publishedAt: now, firstPublishedAt: row.firstPublishedAt ?? row.publishedAt ?? now }
              : {}),
          },
        })
        .catch((error: unknown) => {
          // Another item took the slug since the check above.
          throw isUniqueViolation(error) ? slugTaken() : error;
        });
    }
  }
  const wasPublic = row ? isPublic(row.status) : false;
  await tx.revision.create({
    data: {
      entityType: type,
      entityId: id,
      locale,
      version,
      status,
      content: content as unknown as Prisma.InputJsonValue,
      authorId: o.writer ? o.writer.id : actor.id,
      authorName: o.writer ? o.writer.name : actor.name,
      decidedById: o.writer ? actor.id : null,
      decidedByName: o.writer ? actor.name : null,
      comment: o.comment ?? null,
    },
  });
  if (publish && row && wasPublic && row.slug !== content.slug) {
    // The old address keeps working: a permanent redirect to the new slug.
    await tx.slugRedirect.upsert({
      where: { entityType_locale_oldSlug: { entityType: type, locale, oldSlug: row.slug } },
      create: { entityType: type, entityId: id, locale, oldSlug: row.slug },
      update: { entityId: id },
    });
  }
  if (publish) {
    await tx.slugRedirect.deleteMany({ where: { entityType: type, locale, oldSlug: content.slug } });
    if (o.changeNote) {
      await tx.changeNote.create({
        data: { entityType: type, entityId: id, locale, note: o.changeNote, major: o.major ?? false },
      });
    }
  }
  return {
    version,
    status,
    slug: content.slug,
    publicChanged: publish || (wasPublic && (status === "archived" || status === "withdrawn")),
  };
}

export const saveTranslation = defineAction({
  name: "saveTranslation",
  allowed: (actor) => canManageContent(actor) || actor.locales.length > 0,
  schema: translationSchema,
  allowedFor: (actor, input) =>
    canEdit(actor, input.locale) &&
    (input.intent !== "review" || canSubmitForReview(actor, input.locale)) &&
    (input.intent !== "publish" || canPublish(actor, input.locale)),
  async run({ actor, input, touch, changed }) {
    const slug = input.slug || slugify(input.name);
    if (!SLUG_PATTERN.test(slug) || slug.length > LIMITS.slug) {
      throw new AppError("VALIDATION", "invalidSlug", undefined, { slug: ["invalidSlug"] });
    }
    const status = statusOf[input.intent];
    const content = contentFromInput(input.type, input, slug);
    const result = await db
      .$transaction(async (tx) => {
        // A save that changes neither the text nor the status is no new version: nothing to record.
        const working =
          input.version > 0 ? await readWorkingCopy(tx, input.type, input.id, input.locale) : null;
        if (
          working &&
          working.version === input.version &&
          working.status === status &&
          !input.changeNote &&
          sameContent(input.type, working.content, content)
        ) {
          return { version: working.version, status, slug, publicChanged: false, unchanged: true };
        }
        // The publisher wrote this version: refused where a second pair of eyes is required.
        if (status === "published") await assertSecondPair(tx, actor, input.type, actor.id);
        await assertReferencesExist(tx, content.body);
        const written = await writeTranslation(tx, actor, {
          type: input.type,
          id: input.id,
          locale: input.locale,
          expectedVersion: input.version,
          content,
          status,
          changeNote: input.changeNote,
          major: input.major,
        });
        if (input.intent === "review") {
          await requestReview(tx, actor, {
            type: input.type,
            id: input.id,
            locale: input.locale,
            version: written.version,
            itemName: content.name,
            reviewerId: input.reviewerId,
          });
        }
        await audit(
          tx,
          actor,
          `content.${input.intent === "publish" ? "publish" : input.intent === "review" ? "submit" : "save"}`,
          { type: input.type, id: input.id },
          { locale: input.locale, version: written.version },
        );
        return { ...written, unchanged: false };
      })
      .catch((error: unknown) => {
        // A slug made from the name is the name's problem: the slug field is empty.
        if (!input.slug && error instanceof AppError && error.fieldErrors?.slug) throw nameSlugTaken();
        throw error;
      });
    if (result.publicChanged) {
      touch(...tagsForWrite(input.type));
      changed(input.type, input.id);
    }
    // The stored text (trimmed, with the slug made from the name): the form shows it as saved.
    return { ...result, content };
  },
});

/**
 * Moves the working copy of a translation to another status without changing its text (review
 * decisions, archiving), as a new revision with an audit entry. The revision's author stays the
 * person who wrote the text; the actor is recorded as the one who decided.
 */
async function changeStatus(
  actor: Actor,
  input: { type: ContentType; id: string; locale: Locale; version: number },
  status: TranslationStatus,
  action: string,
  {
    comment,
    withdrawalNote,
    after,
  }: {
    comment?: string | null;
    /** The public explanation of a withdrawal. */
    withdrawalNote?: string;
    /** More to write in the same transaction (a review decision's notifications). */
    after?: (tx: Tx, working: WorkingCopy) => Promise<void>;
  } = {},
) {
  return db.$transaction(async (tx) => {
    const working = await readWorkingCopy(tx, input.type, input.id, input.locale);
    if (!working) throw new AppError("NOT_FOUND");
    // The decision is on the version the form showed: its author is the one checked below.
    if (working.version !== input.version)
      throw await contentConflict(tx, input.type, input.id, input.locale, actor.id);
    if (status === "published") await assertSecondPair(tx, actor, input.type, working.authorId);
    const written = await writeTranslation(tx, actor, {
      type: input.type,
      id: input.id,
      locale: input.locale,
      expectedVersion: input.version,
      content: working.content,
      status,
      comment,
      withdrawalNote,
      writer: { id: working.authorId, name: working.authorName },
    });
    await audit(
      tx,
      actor,
      action,
      { type: input.type, id: input.id },
      {
        locale: input.locale,
        version: written.version,
        ...(comment ? { comment } : {}),
        ...(withdrawalNote ? { note: withdrawalNote } : {}),
      },
    );
    await after?.(tx, working);
    return { ...written, authorId: working.authorId, authorName: working.authorName };
  });
}

export const reviewTranslation = defineAction({
  name: "reviewTranslation",
  allowed: canManageContent,
  schema: reviewSchema,
  allowedFor: (actor, input) => canReview(actor, input.locale),
  async run({ actor, input, touch, changed }) {
    const approve = input.decision === "approve";
    const result = await changeStatus(
      actor,
      input,
      approve ? "published" : "draft",
      approve ? "content.publish" : "content.send_back",
      {
        comment: input.comment,
        after: (tx, working) =>
          recordDecision(tx, actor, {
            type: input.type,
            id: input.id,
            locale: input.locale,
            itemName: working.content.name,
            authorId: working.authorId,
            approved: approve,
            comment: input.comment,
          }),
      },
    );
    if (result.publicChanged) {
      touch(...tagsForWrite(input.type));
      changed(input.type, input.id);
    }
    const { authorId, authorName, ...written } = result;
    // Whom a sent-back text goes to: the reviewer themselves when it was their own submission.
    const returnedTo = authorId === actor.id ? "self" : authorName ? "author" : "draft";
    return { ...written, returnedTo, authorName } as const;
  },
});

/** Archiving or withdrawing: the public page changes at once (gone, or with its notice). */
async function takeOffSite(
  ctx: Pick<
    ActionContext<{ type: ContentType; id: string; locale: Locale; version: number }>,
    "actor" | "input" | "touch" | "changed"
  >,
  status: "archived" | "withdrawn",
  withdrawalNote?: string,
) {
  const { actor, input } = ctx;
  const {
    authorId: _authorId,
    authorName: _authorName,
    ...result
  } = await changeStatus(
    actor,
    input,
    status,
    status === "archived" ? "content.archive" : "content.withdraw",
    {
      withdrawalNote,
    },
  );
  ctx.touch(...tagsForWrite(input.type));
  ctx.changed(input.type, input.id);
  return result;
}

export const archiveTranslation = defineAction({
  name: "archiveTranslation",
  allowed: canManageContent,
  schema: archiveSchema,
  allowedFor: (actor, input) => canPublish(actor, input.locale),
  run: (ctx) => takeOffSite(ctx, "archived"),
});

/**
 * Withdraws a published translation: the page stays at its address with a notice saying when and
 * why (the explanation, in this language), and leaves the lists, search, feeds and the sitemap.
 * Publishing the translation again ends the withdrawal.
 */
export const withdrawTranslation = defineAction({
  name: "withdrawTranslation",
  allowed: canManageContent,
  schema: withdrawSchema,
  allowedFor: (actor, input) => canPublish(actor, input.locale),
  run: (ctx) => takeOffSite(ctx, "withdrawn", ctx.input.note),
});

type Facts<T extends ContentType> = z.output<(typeof factsSchemas)[T]>;

/** The language-independent facts of an entity as Prisma data. */
function factsData(type: ContentType, facts: Facts<ContentType>): Record<string, unknown> {
  const {
    id: _id,
    updatedAt: _updatedAt,
    ...rest
  } = facts as Facts<ContentType> & { id?: string; updatedAt?: string };
  if (type === "strategy") {
    const s = rest as unknown as Facts<"strategy">;
    return { ...s, adoptedOn: new Date(`${s.adoptedOn}-01T00:00:00Z`) };
  }
  if (type === "initiative") {
    const { organisationIds: _organisationIds, ...initiative } = rest as Facts<"initiative">;
    return initiative;
  }
  return rest;
}

const factsUnion = z.discriminatedUnion("type", [
  factsSchemas.region.extend({ type: z.literal("region") }),
  factsSchemas.organisation.extend({ type: z.literal("organisation") }),
  factsSchemas.initiative.extend({ type: z.literal("initiative") }),
  factsSchemas.strategy.safeExtend({ type: z.literal("strategy") }),
  factsSchemas.pillar.extend({ type: z.literal("pillar") }),
  factsSchemas.project.extend({ type: z.literal("project") }),
]);

async function setInitiativeOrganisations(tx: Tx, initiativeId: string, organisationIds: string[]) {
  await tx.initiativeOrganisation.deleteMany({ where: { initiativeId } });
  if (organisationIds.length) {
    await tx.initiativeOrganisation.createMany({
      data: [...new Set(organisationIds)].map((organisationId) => ({ initiativeId, organisationId })),
    });
  }
}

/**
 * The answer to a facts save made from an older state: the token the form must send next, and
 * who saved the facts last (their audit entry is written with every change).
 */
async function factsConflict(tx: Tx, type: ContentType, id: string) {
  const current = await entityTable(tx, type).findUnique({ where: { id } });
  if (!current) return new AppError("NOT_FOUND");
  const last = await tx.auditLog.findFirst({
    where: { targetType: type, targetId: id, action: { in: ["content.update_facts", "content.create"] } },
    orderBy: { id: "desc" },
  });
  const author = last?.actorId
    ? await tx.user.findUnique({ where: { id: last.actorId }, select: { name: true } })
    : null;
  return new AppError("CONFLICT", "factsChanged", {
    updatedAt: current.updatedAt.toISOString(),
    authorName: author?.name ?? last?.actorEmail ?? null,
  });
}

/**
 * Saves the language-independent facts of an entity. The form sends the entity's `updatedAt`
 * as it was when opened; the update matches on it, so of saves made from the same state exactly
 * one is stored.
 */
export const updateFacts = defineAction({
  name: "updateFacts",
  allowed: canManageContent,
  schema: factsUnion,
  arrayFields: factsArrayFields,
  async run({ actor, input, touch, changed }) {
    const { type } = input;
    const id = input.id;
    if (!id) throw new AppError("NOT_FOUND");
    const { type: _type, ...facts } = input;
    await db.$transaction(async (tx) => {
      if (input.type === "organisation" && input.logoId) {
        const logo = await tx.mediaAsset.findUnique({ where: { id: input.logoId }, select: { kind: true } });
        if (logo?.kind !== "image") {
          throw new AppError("VALIDATION", "notAnImage", undefined, { logoId: ["notAnImage"] });
        }
      }
      const expected = new Date(input.updatedAt ?? "");
      // The token moves on at every save, also within one millisecond or with a clock behind.
      const next = new Date(Math.max(Date.now(), expected.getTime() + 1));
      const { count } = Number.isNaN(expected.getTime())
        ? { count: 0 }
        : await entityTable(tx, type).updateMany({
            where: { id, updatedAt: expected },
            data: { ...factsData(type, facts as Facts<ContentType>), updatedAt: next },
          });
      if (count === 0) throw await factsConflict(tx, type, id);
      if (input.type === "initiative") await setInitiativeOrganisations(tx, id, input.organisationIds);
      await audit(tx, actor, "content.update_facts", { type, id });
    });
    touch(...tagsForWrite(type));
    changed(type, id);
    return { id };
  },
});

export const createEntity = defineAction({
  name: "createEntity",
  allowed: canManageContent,
  // One flat form: the first translation's language and name, and the facts of the type. Both
  // schemas read the same fields, so every error names a field of the form.
  schema: createEntitySchema.and(factsUnion),
  arrayFields: factsArrayFields,
  async run({ actor, input, touch }) {
    const { locale, name, key: requestedKey, ...facts } = input;
    const entity = { type: input.type, locale, name, key: requestedKey };
    const created = await db.$transaction(async (tx) => {
      const base = entity.key || slugify(entity.name) || "item";
      const key = (await entityTable(tx, entity.type).findUnique({ where: { key: base } }))
        ? `${base}-${randomUUID().slice(0, 6)}`
        : base;
      const { type: _type, ...rest } = facts;
      const delegate = entityTable(tx, entity.type) as unknown as {
        create(args: object): Promise<{ id: string }>;
      };
      const row = await delegate.create({
        data: {
          key,
          ...factsData(entity.type, rest as Facts<ContentType>),
          sourceLocale: entity.locale,
        },
      });
      if (facts.type === "initiative") await setInitiativeOrganisations(tx, row.id, facts.organisationIds);
      await audit(tx, actor, "content.create", { type: entity.type, id: row.id }, { key });
      const slug = slugify(entity.name) || key;
      await assertSlugFree(tx, entity.type, row.id, entity.locale, slug, "name");
      await writeTranslation(tx, actor, {
        type: entity.type,
        id: row.id,
        locale: entity.locale,
        expectedVersion: 0,
        content: contentOf(entity.type, {
          name: entity.name,
          slug,
          summary: "",
          body: "",
          seoDescription: null,
          goal: "",
          governance: "",
        }),
        status: "draft",
      });
      return row;
    });
    touch(...tagsForWrite(entity.type));
    return { id: created.id, type: entity.type };
  },
});

export const deleteEntity = defineAction({
  name: "deleteEntity",
  allowed: canManageContent,
  schema: deleteEntitySchema,
  async run({ actor, input, touch }) {
    await db.$transaction(async (tx) => {
      const current = await entityTable(tx, input.type).findUnique({ where: { id: input.id } });
      if (!current) throw new AppError("NOT_FOUND");
      // A region still holding organisations or strategies is refused rather than cascaded
      // (the other references are cascades or become empty).
      if (input.type === "region") {
        const [organisations, strategies] = await Promise.all([
          tx.organisation.count({ where: { regionId: input.id } }),
          tx.strategy.count({ where: { regionId: input.id } }),
        ]);
        if (organisations + strategies > 0) throw new AppError("CONFLICT", "inUse");
      }
      await moveToTrash(tx, actor, input.type, current);
      await entityTable(tx, input.type).delete({ where: { id: input.id } });
      await tx.slugRedirect.deleteMany({ where: { entityType: input.type, entityId: input.id } });
      await tx.scheduledJob.updateMany({
        where: { entityType: input.type, entityId: input.id, status: "pending" },
        data: { status: "cancelled", doneAt: new Date(), error: "deleted" },
      });
      await audit(tx, actor, "content.delete", { type: input.type, id: input.id }, { key: current.key });
    });
    touch(...tagsForWrite(input.type));
    return { id: input.id };
  },
});

/** Makes an earlier revision the working copy again, as a new draft: nothing is overwritten. */
export const restoreRevision = defineAction({
  name: "restoreRevision",
  allowed: (actor) => canManageContent(actor) || actor.locales.length > 0,
  schema: restoreSchema,
  allowedFor: (actor, input) => canEdit(actor, input.locale),
  async run({ actor, input }) {
    return db.$transaction(async (tx) => {
      const revision = await tx.revision.findFirst({
        where: { id: input.revisionId, entityType: input.type, entityId: input.id, locale: input.locale },
      });
      if (!revision) throw new AppError("NOT_FOUND");
      const written = await writeTranslation(tx, actor, {
        type: input.type,
        id: input.id,
        locale: input.locale,
        expectedVersion: input.version,
        content: revision.content as unknown as TranslationContent,
        status: "draft",
        comment: `restored:${revision.version}`,
      });
      await audit(
        tx,
        actor,
        "content.restore",
        { type: input.type, id: input.id },
        { locale: input.locale, from: revision.version, version: written.version },
      );
      return written;
    });
  },
});
