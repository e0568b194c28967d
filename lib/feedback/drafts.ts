import "server-only";
import { randomBytes } from "node:crypto";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { FieldErrors } from "./fields";

/*
 * A refused form, kept for its page: Post/Redirect/Get. The handler that refuses a contact
 * message or a comment stores what was typed with the reasons, and answers 303 to the form's own
 * page (…/contact?draft=…, …/feedback?token=…&draft=…), which shows the form filled in again under
 * the reasons, inside the site's header, language switcher and footer. A reload or Back shows
 * the same page and sends nothing again. The draft goes when the form is sent, and after
 * DRAFT_LIFETIME_MINUTES (the scheduler: lib/feedback/retention.ts); the privacy page says so.
 * How many drafts a client can leave is bounded by the same rate limit as what it sends: past it,
 * the handler answers the form inline instead (lib/feedback/refusal.tsx) and stores nothing.
 */

export const DRAFT_LIFETIME_MINUTES = 60;

export type DraftForm = "contact" | "comment";

export interface Draft {
  /** What names it in the page's address and in the form's hidden field. */
  id: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** The answer a comment belongs to. */
  subject: string | null;
}

const DRAFT_ID = /^[A-Za-z0-9_-]{22}$/;
const stringRecord = z.record(z.string(), z.string());

/** Stores a refused form; its id goes into the address of the page that shows it again. */
export async function saveDraft(
  form: DraftForm,
  values: Record<string, string>,
  errors: FieldErrors,
  subject: string | null = null,
): Promise<string> {
  const id = randomBytes(16).toString("base64url").slice(0, 22);
  await db.$transaction((tx) => tx.formDraft.create({ data: { id, form, values, errors, subject } }));
  return id;
}

/**
 * The draft an address names, when it is of this form and young enough; null otherwise (sent,
 * expired, or never there). Cached per request: the page and its metadata both read it.
 */
export const readDraft = cache(async (id: unknown, form: DraftForm): Promise<Draft | null> => {
  if (typeof id !== "string" || !DRAFT_ID.test(id)) return null;
  const row = await db.formDraft.findFirst({
    where: { id, form, createdAt: { gte: draftCutoff() } },
    select: { values: true, errors: true, subject: true },
  });
  if (!row) return null;
  const values = stringRecord.safeParse(row.values);
  const errors = stringRecord.safeParse(row.errors);
  if (!values.success || !errors.success) return null;
  return { id, values: values.data, errors: errors.data, subject: row.subject };
});

/** The moment before which a draft is no longer shown, and is purged. */
export const draftCutoff = (now = new Date()) => new Date(now.getTime() - DRAFT_LIFETIME_MINUTES * 60_000);

/** The draft a form was sent from, when it names one (a hidden field): deleted once it is sent. */
export const draftField = (form: FormData): string | null => {
  const id = form.get("draft");
  return typeof id === "string" && DRAFT_ID.test(id) ? id : null;
};
