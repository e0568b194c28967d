import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { ContactInput } from "./schema";

/** How long the very same message counts as sent twice rather than written again. */
const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Stores a contact message: only what the reader typed, and the language of the page. `token`
 * names the form it came with (lib/feedback/token.ts): marked used in the same transaction, so a
 * form sent twice (a double click, a replay) is stored once, and so is the very same message sent
 * again within a day with another form. Null when it was stored already.
 * `draft` names the refused form it was sent from, if any: deleted in the same transaction.
 */
export async function storeContactMessage(
  input: ContactInput,
  token: string,
  draft: string | null = null,
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    // The text of an earlier refusal of this form (lib/feedback/drafts.ts) is no longer needed.
    if (draft) await tx.formDraft.deleteMany({ where: { id: draft, form: "contact" } });
    // ON CONFLICT DO NOTHING: a concurrent second send waits for the first and then adds nothing.
    const { count } = await tx.usedFormToken.createMany({ data: [{ id: token }], skipDuplicates: true });
    if (count === 0) return null;
    // The same message again within a day (sent, then Back, where the browser fills the form in
    // again, and sent once more): it arrived already.
    const same = await tx.contactMessage.findFirst({
      where: {
        kind: input.kind,
        message: input.message,
        pageUrl: input.pageUrl || null,
        email: input.email || null,
        createdAt: { gte: new Date(Date.now() - DUPLICATE_WINDOW_MS) },
      },
      select: { id: true },
    });
    if (same) return null;
    const row = await tx.contactMessage.create({
      data: {
        locale: input.locale,
        kind: input.kind,
        message: input.message,
        pageUrl: input.pageUrl || null,
        email: input.email || null,
      },
      select: { id: true },
    });
    return row.id;
  });
}

/** Stores one answer to "Was this page useful?". */
export async function storePageAnswer(input: {
  locale: ContactInput["locale"];
  page: string;
  useful: boolean;
}): Promise<string> {
  const row = await db.$transaction((tx) =>
    tx.pageFeedback.create({
      data: { locale: input.locale, path: input.page, useful: input.useful },
      select: { id: true },
    }),
  );
  return row.id;
}

/**
 * Adds the comment to a "no" answer that has none yet; false when there is no such answer (it was
 * commented already, or purged). Checked and written in one statement; `draft` (the refused form
 * it was sent from) is deleted with it.
 */
export async function storePageComment(id: string, comment: string, draft: string | null = null) {
  const { count } = await db.$transaction(async (tx) => {
    const stored = await tx.pageFeedback.updateMany({
      where: { id, useful: false, comment: null },
      data: { comment, commentedAt: new Date() },
    });
    if (stored.count === 1 && draft) await tx.formDraft.deleteMany({ where: { id: draft, form: "comment" } });
    return stored;
  });
  return count === 1;
}

/** The answer a confirmation page is about, or null. */
export async function readPageAnswer(id: string) {
  if (!/^[a-z0-9]{1,40}$/.test(id)) return null;
  return db.pageFeedback.findUnique({
    where: { id },
    select: { id: true, path: true, useful: true, comment: true },
  });
}

/**
 * Whether a contact form with this token was stored (the confirmation page's receipt, the token's
 * signature), while its mark is kept (a day: lib/feedback/retention.ts). Cached per request: the
 * page and its metadata both ask.
 */
export const hasReceipt = cache(async (id: unknown): Promise<boolean> => {
  if (typeof id !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(id)) return false;
  return (await db.usedFormToken.count({ where: { id } })) === 1;
});
