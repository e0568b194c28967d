/* eslint-disable @next/next/no-head-element, @next/next/no-css-tags -- not a Next page: the whole
   document a route handler answers with */
import type { ReactNode } from "react";
import { ContactForm } from "@/components/site/ContactForm";
import { ErrorSummary } from "@/components/site/ErrorSummary";
import { CommentCopy, PageCommentForm } from "@/components/site/PageCommentForm";
import { renderStaticMarkup } from "@/lib/html/static-markup";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import type { ContactValues, FieldErrors } from "./fields";

/*
 * What a handler answers when a reader has sent too many forms (429): the page's own form again,
 * filled with what they typed, under the reason. Other refusals are kept as drafts and shown on
 * the form's own page (lib/feedback/drafts.ts); past the rate limit nothing more is stored, so the
 * text comes back in the answer itself. A route handler cannot render the site's pages, so this
 * is a small page of its own, like the other error pages
 * (lib/http/error-page.ts), rendered from the same form components (lib/html/static-markup.ts):
 * readable without JavaScript, in light and dark, styled by one static stylesheet
 * (public/feedback-form.css) that knows the forms' markup.
 */

export interface Refusal {
  errors: FieldErrors;
  status: number;
  retryAfter?: number;
}

function RefusalPage({
  locale,
  title,
  refusal,
  children,
}: {
  locale: Locale;
  title: string;
  refusal: Refusal;
  children: ReactNode;
}) {
  const site = translator(locale, "Site");
  const t = translator(locale, "Feedback");
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="robots" content="noindex" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>{`${t("errorPrefix")} ${title} | ${site("name")}`}</title>
        <link rel="stylesheet" href="/feedback-form.css" />
      </head>
      <body>
        <header>
          <a href={pathFor(locale, "/")}>{site("name")}</a>
        </header>
        <main id="main">
          <h1>{title}</h1>
          <ErrorSummary locale={locale} errors={refusal.errors} retryAfter={refusal.retryAfter} />
          {children}
        </main>
      </body>
    </html>
  );
}

function answer(page: ReactNode, refusal: Refusal): Response {
  return new Response(`<!doctype html>${renderStaticMarkup(page)}`, {
    status: refusal.status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      ...(refusal.retryAfter ? { "Retry-After": String(refusal.retryAfter) } : {}),
    },
  });
}

/** The contact form again, with what was typed, and why it was refused. */
export function contactRefusal(locale: Locale, values: ContactValues, token: string, refusal: Refusal) {
  const title = translator(locale, "Contact")("title");
  return answer(
    <RefusalPage locale={locale} title={title} refusal={refusal}>
      <ContactForm locale={locale} token={token} values={values} errors={refusal.errors} />
    </RefusalPage>,
    refusal,
  );
}

/** The comment form after a "no" again, with the comment that was typed. */
export function commentRefusal(locale: Locale, comment: string, token: string | null, refusal: Refusal) {
  const t = translator(locale, "Feedback");
  return answer(
    <RefusalPage locale={locale} title={t("commentTitle")} refusal={refusal}>
      {token ? (
        <PageCommentForm locale={locale} token={token} comment={comment} errors={refusal.errors} />
      ) : (
        <CommentCopy locale={locale} comment={comment} />
      )}
    </RefusalPage>,
    refusal,
  );
}
