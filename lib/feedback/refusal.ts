import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { xml } from "@/lib/seo/xml";
import { FEEDBACK_LIMITS } from "./config";
import { CONTACT_FIELDS, FEEDBACK_ROUTES, HONEYPOT_FIELD } from "./fields";
import { contactKinds } from "./schema";

/*
 * What a handler answers when it cannot accept what a reader sent (a missing message, a form
 * sent too fast, too many messages): the form again, filled with what they typed, and the
 * reasons, linked to their fields. A route handler cannot render the site's React pages, so this
 * is a small page of its own, like the other error pages (lib/http/error-page.ts): readable
 * without JavaScript, in light and dark (color-scheme), styled by one static stylesheet.
 */

export interface Refusal {
  /** Field name → error code (a key of Feedback.errors). */
  errors: Record<string, string>;
  status: number;
  retryAfter?: number;
}

type ErrorCode = Parameters<ReturnType<typeof translator<"Feedback">>>[0] & `errors.${string}`;

function page(locale: Locale, title: string, refusal: Refusal, body: string): Response {
  const site = translator(locale, "Site");
  const t = translator(locale, "Feedback");
  const message = (code: string) => {
    const key = `errors.${code}` as ErrorCode;
    return t.has(key)
      ? t(key, { minutes: Math.ceil((refusal.retryAfter ?? 60) / 60) })
      : t("errors.invalid", { minutes: 1 });
  };
  const items = Object.entries(refusal.errors)
    .map(([field, code]) =>
      field === "form"
        ? `<li>${xml(message(code))}</li>`
        : `<li><a href="#${xml(field)}">${xml(message(code))}</a></li>`,
    )
    .join("");
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>${xml(`${t("errorPrefix")} ${title} | ${site("name")}`)}</title><link rel="stylesheet" href="/feedback-form.css"></head><body><header><a href="${pathFor(locale, "/")}">${xml(site("name"))}</a></header><main id="main"><h1>${xml(title)}</h1><div class="summary" role="alert" aria-labelledby="summary-title"><h2 id="summary-title">${xml(t("problemTitle"))}</h2><ul>${items}</ul></div>${body}</main></body></html>`;
  return new Response(html, {
    status: refusal.status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      ...(refusal.retryAfter ? { "Retry-After": String(refusal.retryAfter) } : {}),
    },
  });
}

const honeypot = (label: string) =>
  `<div class="hp"><label for="${HONEYPOT_FIELD}">${xml(label)}</label><input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></div>`;

function fieldError(locale: Locale, refusal: Refusal, field: string) {
  const code = refusal.errors[field];
  if (!code) return "";
  const t = translator(locale, "Feedback");
  return `<p class="error" id="${field}-error"><span class="sr">${xml(t("errorPrefix"))} </span>${xml(t(`errors.${code}` as ErrorCode, { minutes: 1 }))}</p>`;
}

const describedBy = (refusal: Refusal, field: string, hint: string) =>
  ` aria-describedby="${[hint, refusal.errors[field] ? `${field}-error` : ""].filter(Boolean).join(" ")}"${refusal.errors[field] ? ' aria-invalid="true"' : ""}`;

export interface ContactValues {
  kind: string;
  message: string;
  pageUrl: string;
  email: string;
}

/** The contact form again, with what was typed, and why it was refused. */
export function contactRefusal(locale: Locale, values: ContactValues, token: string, refusal: Refusal) {
  const t = translator(locale, "Contact");
  const f = translator(locale, "Feedback");
  const F = CONTACT_FIELDS;
  const kinds = contactKinds
    .map(
      (kind, i) =>
        `<div class="choice"><input type="radio" name="${F.kind}" value="${kind}" id="${i === 0 ? F.kind : `${F.kind}-${kind}`}"${values.kind === kind ? " checked" : ""}><label for="${i === 0 ? F.kind : `${F.kind}-${kind}`}">${xml(t(`kind_${kind}`))}</label></div>`,
    )
    .join("");
  const body = `<p>${xml(f("refusedIntro"))}</p><form method="post" action="${FEEDBACK_ROUTES.contact}" novalidate><input type="hidden" name="${F.locale}" value="${locale}"><input type="hidden" name="${F.token}" value="${xml(token)}">
<fieldset${refusal.errors.kind ? ' aria-describedby="kind-error"' : ""}><legend>${xml(t("kindLegend"))}</legend>${fieldError(locale, refusal, "kind")}${kinds}</fieldset>
<div class="field"><label for="${F.message}">${xml(t("messageLabel"))}</label><p class="hint" id="message-hint">${xml(t("messageHint", { max: FEEDBACK_LIMITS.message }))}</p>${fieldError(locale, refusal, "message")}<textarea id="${F.message}" name="${F.message}" rows="8"${describedBy(refusal, "message", "message-hint")}>\n${xml(values.message)}</textarea></div>
<div class="field"><label for="${F.pageUrl}">${xml(t("pageLabel"))}</label><p class="hint" id="pageUrl-hint">${xml(t("pageHint"))}</p>${fieldError(locale, refusal, "pageUrl")}<input id="${F.pageUrl}" name="${F.pageUrl}" value="${xml(values.pageUrl)}"${describedBy(refusal, "pageUrl", "pageUrl-hint")}></div>
<div class="field"><label for="${F.email}">${xml(t("emailLabel"))}</label><p class="hint" id="email-hint">${xml(t("emailHint"))}</p>${fieldError(locale, refusal, "email")}<input id="${F.email}" name="${F.email}" type="email" autocomplete="email" value="${xml(values.email)}"${describedBy(refusal, "email", "email-hint")}></div>
${honeypot(f("honeypotLabel"))}<button type="submit">${xml(t("send"))}</button></form>`;
  return page(locale, t("title"), refusal, body);
}

/** The comment form after a "no" again, with the comment that was typed. */
export function commentRefusal(locale: Locale, comment: string, token: string | null, refusal: Refusal) {
  const f = translator(locale, "Feedback");
  // Without a valid token the comment cannot be attached to its answer: it is shown to copy.
  const form = token
    ? `<form method="post" action="${FEEDBACK_ROUTES.comment}" novalidate><input type="hidden" name="locale" value="${locale}"><input type="hidden" name="token" value="${xml(token)}"><div class="field"><label for="comment">${xml(f("commentLabel"))}</label><p class="hint" id="comment-hint">${xml(f("commentHint", { max: FEEDBACK_LIMITS.comment }))}</p>${fieldError(locale, refusal, "comment")}<textarea id="comment" name="comment" rows="6"${describedBy(refusal, "comment", "comment-hint")}>\n${xml(comment)}</textarea></div>${honeypot(f("honeypotLabel"))}<button type="submit">${xml(f("sendComment"))}</button></form>`
    : `<div class="field"><label for="comment">${xml(f("commentCopy"))}</label><textarea id="comment" readonly rows="6">\n${xml(comment)}</textarea></div><p><a href="${pathFor(locale, "/contact")}">${xml(f("useContactForm"))}</a></p>`;
  return page(locale, f("commentTitle"), refusal, `<p>${xml(f("refusedIntro"))}</p>${form}`);
}
