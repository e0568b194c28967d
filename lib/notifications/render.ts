// The text of a notification, in the recipient's admin language: one sentence for the admin's
// list, and the e-mail (plain text and HTML) built from the same messages.
import { createTranslator } from "next-intl";
import type { ContentType } from "@/lib/cache-tags";
import { messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

export type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { NotificationKind } from "@/lib/generated/prisma/enums";

export interface NotificationFacts {
  kind: NotificationKind;
  entityType: ContentType;
  entityId: string;
  locale: Locale;
  itemName: string;
  actorName: string | null;
  comment: string | null;
}

const translator = (ui: Locale) =>
  createTranslator({ locale: ui, messages: messages[ui], namespace: "Notifications" });

/** The sentence that says what happened, e.g. "Anna asks you to review the French translation of …". */
export function notificationSentence(ui: Locale, n: NotificationFacts): string {
  const t = translator(ui);
  // The language as the sentences of the audit log say it ("the French translation").
  const language = createTranslator({ locale: ui, messages: messages[ui], namespace: "Audit" });
  const values = {
    actor: n.actorName ?? t("someone"),
    language: language(`language.${n.locale}`),
    name: n.itemName,
  };
  return t(`sentence_${n.kind}`, values);
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** The e-mail of a notification: subject, plain text and HTML, every value escaped in the HTML. */
export function notificationMail(ui: Locale, n: NotificationFacts, links: { item: string; account: string }) {
  const t = translator(ui);
  const languages = createTranslator({ locale: ui, messages: messages[ui], namespace: "Languages" });
  const subject = t(`subject_${n.kind === "review_assigned" ? "review_requested" : n.kind}`, {
    name: n.itemName,
    language: languages(n.locale),
  });
  const sentence = notificationSentence(ui, n);
  const comment = n.comment ? t("mailComment", { comment: n.comment }) : null;
  const open = t("mailOpen");
  const why = t("mailWhy");
  const text = [sentence, comment, `${open} ${links.item}`, "", `-- `, `${why} ${links.account}`]
    .filter((line) => line !== null)
    .join("\n");
  const html = [
    `<!doctype html><html lang="${ui}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    `<p>${escapeHtml(sentence)}</p>`,
    comment ? `<p>${escapeHtml(comment)}</p>` : "",
    `<p><a href="${escapeHtml(links.item)}">${escapeHtml(open)}</a></p>`,
    `<hr><p><small>${escapeHtml(why)} <a href="${escapeHtml(links.account)}">${escapeHtml(links.account)}</a></small></p>`,
    `</body></html>`,
  ].join("");
  return { subject, text, html };
}
