import "server-only";
import { requestLocale } from "@/lib/auth/admin-locale";
import { clientIp } from "@/lib/auth/client-ip";
import { hit } from "@/lib/auth/rate-limit";
import { readForm } from "@/lib/http/body";
import { isSameOrigin } from "@/lib/http/origin";
import type { ErrorCode } from "@/lib/errors";
import { errorPage } from "@/lib/http/error-page";
import { problemBody } from "@/lib/http/problem";
import { pathFor, type StaticPathname } from "@/lib/i18n/paths";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { FEEDBACK_WINDOW_SECONDS, feedbackRateLimit } from "./config";
import { HONEYPOT_FIELD } from "./fields";
import { clientKey } from "./token";

/** Larger than the longest message in any script, small enough to refuse a flood of bytes. */
const MAX_BODY_BYTES = 32 * 1024;

export const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * A GET of a form's address (typed, bookmarked, or the address bar's Enter after a refused form)
 * leads to the page with that form, in the reader's language, rather than to an error.
 */
export const toFormPage = (request: Request, href: StaticPathname) =>
  seeOther(pathFor(requestLocale(request.headers), href));

export type Received =
  | { ok: false; response: Response }
  | {
      ok: true;
      form: FormData;
      locale: Locale;
      /** The honeypot was filled in: a robot, answered as if all went well and nothing stored. */
      robot: boolean;
      /** The client's address as the rate limits see it (lib/auth/client-ip.ts). */
      ip: string;
      /** Whether this client may send one more (counted before validation, so refusals count). */
      limited: { allowed: boolean; retryAfter: number };
    };

/**
 * What every feedback handler does first: refuse another site's form (403) and an oversized body
 * (413), read the form and its language, spot the honeypot, and count the submission against the
 * client's limit (the key is a hash: lib/feedback/token.ts).
 */
export async function receive(request: Request, scope: string): Promise<Received> {
  if (!isSameOrigin(request)) {
    return { ok: false, response: refusedPage(request, "FORBIDDEN", "crossOrigin") };
  }
  const form = await readForm(request, MAX_BODY_BYTES);
  if (!form) return { ok: false, response: refusedPage(request, "PAYLOAD_TOO_LARGE") };
  const given = form.get("locale");
  const locale = isLocale(given) ? given : requestLocale(request.headers);
  const robot = String(form.get(HONEYPOT_FIELD) ?? "") !== "";
  const ip = clientIp(request.headers);
  const limited = await hit(
    clientKey(scope, ip),
    feedbackRateLimit(ip === "direct"),
    FEEDBACK_WINDOW_SECONDS,
  );
  return { ok: true, form, locale, robot, ip, limited };
}

/**
 * A text field of the form as typed (empty when absent). Browsers send each line break of a
 * textarea as CR LF: one break is counted as one character, as the reader sees it.
 */
export const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n") : "";
};

/**
 * A form refused before it is read (another site's, or an oversized body): a small page in the
 * reader's language (these addresses are only ever posted by the site's own forms, never by an
 * API client), with the reason and a way back to the contact form.
 */
function refusedPage(request: Request, code: ErrorCode, detail?: "crossOrigin") {
  const { locale, body } = problemBody(request, code, detail ? { detail } : {});
  return errorPage({
    status: body.status,
    locale,
    title: body.title,
    message: body.detail,
    link: { href: pathFor(locale, "/contact"), label: translator(locale, "Feedback")("useContactForm") },
  });
}
