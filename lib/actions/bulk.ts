import "server-only";
import type { TranslationStatus } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { canEdit, canManageContent, canPublish, canSubmitForReview, type Actor } from "@/lib/auth/access";
import { tagsForWrite, type ContentType } from "@/lib/cache-tags";
import { entityTable, readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { locales, type Locale } from "@/lib/i18n/routing";
import { log } from "@/lib/log";
import { bulkSchema, type BulkIntent } from "@/lib/validation/bulk";
import { defineAction } from "./pipeline";
import { writeTranslation } from "./content";

/** Why one translation of a bulk action was not changed. */
export type BulkRefusal = "conflict" | "incomplete" | "forbidden" | "missing" | "invalid";

/** What a bulk action did with one translation. */
export type BulkOutcome = {
  type: ContentType;
  id: string;
  locale: Locale;
  /** The translation's name (the item's key when it has none in that language). */
  name: string;
} & (
  | { result: "done"; version: number }
  /** Already in the state asked for: nothing written. */
  | { result: "unchanged" }
  | {
      result: "refused";
      reason: BulkRefusal;
      /** For an incomplete text: the fields its public page still needs. */
      missing?: string[];
      /** For an invalid one: the error's key (Errors namespace). */
      message?: string;
    }
);

/** The item's name in `locale`, else in the first language it has, else its key. */
async function itemName(type: ContentType, id: string, locale: Locale): Promise<string> {
  for (const l of [locale, ...locales.filter((x) => x !== locale)]) {
    const working = await readWorkingCopy(db, type, id, l);
    if (working) return working.content.name;
  }
  return (await entityTable(db, type).findUnique({ where: { id } }))?.key ?? id;
}

const target: Record<BulkIntent, TranslationStatus> = {
  publish: "published",
  archive: "archived",
  submit: "in_review",
};
const auditAction: Record<BulkIntent, string> = {
  publish: "content.publish",
  archive: "content.archive",
  submit: "content.submit",
};
const permitted: Record<BulkIntent, (actor: Actor, locale: Locale) => boolean> = {
  publish: canPublish,
  archive: canPublish,
  submit: canSubmitForReview,
};

function refusalOf(error: AppError): { reason: BulkRefusal; missing?: string[]; message?: string } {
  if (error.code === "CONFLICT") return { reason: "conflict" };
  if (error.code === "FORBIDDEN") return { reason: "forbidden" };
  if (error.code === "NOT_FOUND") return { reason: "missing" };
  if (error.message === "incompleteForPublication")
    return { reason: "incomplete", missing: (error.detail as { missing: string[] }).missing };
  return { reason: "invalid", message: error.message };
}

/**
 * Publishes, archives or submits for review the selected translations, each in its own
 * transaction through the same write as the editor's buttons (writeTranslation: the version
 * check, the publication rules, the revision, the redirects), each audited. One translation
 * refused (changed since the list was read, incomplete, not the editor's language) leaves the
 * others done and itself untouched; the answer says what happened to each.
 */
export const bulkContent = defineAction({
  name: "bulkContent",
  allowed: (actor) => canManageContent(actor) || actor.locales.length > 0,
  schema: bulkSchema,
  arrayFields: ["items", "seen"],
  // Publishing and archiving are editors' work; a translator may only submit.
  allowedFor: (actor, input) => input.intent === "submit" || canManageContent(actor),
  async run({ actor, input, touch, changed }) {
    const { intent } = input;
    const status = target[intent];
    // Every language: those the editor may act in, and of them only those the item has.
    const every = input.locale === "all";
    const languages = every ? locales.filter((l) => canEdit(actor, l)) : [input.locale as Locale];
    const outcomes: BulkOutcome[] = [];
    const publicChanges: { type: ContentType; id: string }[] = [];
    for (const { type, id } of input.items) {
      for (const locale of languages) {
        const seenVersion = input.seen.get(`${type}:${id}:${locale}`);
        if (seenVersion === undefined && every) continue;
        const base = { type, id, locale };
        const nameOf = () => itemName(type, id, locale);
        if (seenVersion === undefined) {
          outcomes.push({ ...base, name: await nameOf(), result: "refused", reason: "missing" });
          continue;
        }
        if (!permitted[intent](actor, locale)) {
          outcomes.push({ ...base, name: await nameOf(), result: "refused", reason: "forbidden" });
          continue;
        }
        try {
          const outcome = await db.$transaction(async (tx): Promise<BulkOutcome> => {
            const working = await readWorkingCopy(tx, type, id, locale);
            if (!working) throw new AppError("NOT_FOUND");
            const name = working.content.name;
            if (working.version !== seenVersion) throw new AppError("CONFLICT", "contentChanged");
            if (working.status === status) return { ...base, name, result: "unchanged" };
            const written = await writeTranslation(tx, actor, {
              type,
              id,
              locale,
              expectedVersion: seenVersion,
              content: working.content,
              status,
              // A decision keeps the text's author; a submission is the submitter's, as in the editor.
              writer: intent === "submit" ? undefined : { id: working.authorId, name: working.authorName },
            });
            await audit(
              tx,
              actor,
              auditAction[intent],
              { type, id },
              { locale, version: written.version, bulk: true },
            );
            if (written.publicChanged) publicChanges.push({ type, id });
            return { ...base, name, result: "done", version: written.version };
          });
          outcomes.push(outcome);
        } catch (error) {
          // Whatever failed, this translation's transaction wrote nothing; the others stand.
          if (!(error instanceof AppError)) log.error({ err: error, type, id, locale }, "bulk item failed");
          const refusal =
            error instanceof AppError
              ? refusalOf(error)
              : { reason: "invalid" as const, message: "INTERNAL" };
          outcomes.push({ ...base, name: await nameOf(), result: "refused", ...refusal });
        }
      }
    }
    for (const { type, id } of publicChanges) {
      touch(...tagsForWrite(type));
      changed(type, id);
    }
    return { intent, outcomes };
  },
});
