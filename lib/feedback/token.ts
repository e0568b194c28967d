import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { FORM_LIFETIME_SECONDS, minimumSeconds } from "./config";

/*
 * The time check of the forms readers send, without a third party and without a cookie.
 * Public pages are static: a time written into their HTML would be the build's. So the forms
 * that carry free text are rendered per request, each with a signed token holding the moment it
 * was shown: the contact page (app/[locale]/contact, dynamic for that reason) and the comment
 * form shown after a "no" (its token is made when the answer is stored). The handler refuses a
 * form sent sooner than minimumSeconds() after it was shown, or older than a day, and gives the
 * typed text back with a fresh token. Each token is one of a kind (a random part) and a contact
 * form is stored once per token (lib/feedback/store.ts): a replayed or double-sent form adds
 * nothing. The yes/no question on every static page has no time check: it carries no text; the
 * honeypot, the origin check and the rate limits guard it.
 */

function key(): string {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (!secret) throw new Error("BETTER_AUTH_SECRET must be set (npm start creates one in .data/)");
  return `feedback-form:${secret}`;
}

const sign = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

/** A token for a form shown now, optionally bound to a subject (the answer a comment belongs to). */
export function formToken(subject = "", now = Date.now()): string {
  const payload = `${now.toString(36)}.${randomBytes(9).toString("base64url")}.${subject}`;
  return `${payload}.${sign(payload)}`;
}

export type TokenCheck =
  | { ok: true; subject: string; /** Names this token alone: what marks it used. */ id: string }
  | { ok: false; reason: "invalid" | "tooFast" | "expired"; subject?: string };

/** The signed part of a token of ours, or null (a forged or damaged token). */
function verified(token: unknown): { shownAt: number; subject: string; id: string } | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const last = token.lastIndexOf(".");
  const payload = token.slice(0, last);
  const signature = token.slice(last + 1);
  const given = Buffer.from(signature);
  const expected = Buffer.from(sign(payload));
  if (last < 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [shownAt, nonce, ...subject] = payload.split(".");
  if (!nonce) return null;
  return { shownAt: parseInt(shownAt, 36), subject: subject.join("."), id: signature };
}

/** The subject a token of ours was made for, whatever its age (a confirmation page reads it). */
export const tokenSubject = (token: unknown) => verified(token)?.subject ?? null;

/** Whether a token is ours and was shown long enough ago, and not too long ago. */
export function checkFormToken(token: unknown, now = Date.now()): TokenCheck {
  const signed = verified(token);
  if (!signed) return { ok: false, reason: "invalid" };
  const { subject, id } = signed;
  const age = (now - signed.shownAt) / 1000;
  if (!(age >= minimumSeconds())) return { ok: false, reason: "tooFast", subject };
  if (age > FORM_LIFETIME_SECONDS) return { ok: false, reason: "expired", subject };
  return { ok: true, subject, id };
}

/**
 * The rate-limit key of a client: a keyed hash of its address, so that the counter table never
 * holds an address (the row itself goes when the purge runs after its window).
 */
export function clientKey(scope: string, address: string): string {
  const hash = createHash("sha256").update(`${key()}:${address}`).digest("base64url").slice(0, 22);
  return `feedback:${scope}:${hash}`;
}
