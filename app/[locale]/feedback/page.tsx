import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/site/PageShell";
import { ERROR_SUMMARY_ID, ErrorSummary, errorSummaryClass } from "@/components/site/ErrorSummary";
import { FocusOnLoad } from "@/components/site/FocusOnLoad";
import { CommentCopy, PageCommentForm } from "@/components/site/PageCommentForm";
import { Notice } from "@/components/ui/Notice";
import { readDraft } from "@/lib/feedback/drafts";
import { pagePath } from "@/lib/feedback/schema";
import { readPageAnswer } from "@/lib/feedback/store";
import { tokenSubject } from "@/lib/feedback/token";
import { alternatesFor, matchPath, pathFor, withQuery } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Feedback" });
  const refused = await readDraft((await searchParams).draft, "comment");
  const metadata = await metadataFor(locale, {
    title: refused ? `${t("errorPrefix")} ${t("answerTitle")}` : t("answerTitle"),
    alternates: alternatesFor(() => "/feedback"),
    image: { kind: "contact" },
  });
  return { ...metadata, robots: { index: false, follow: true } };
}

/**
 * The confirmation of an answer to "Was this page useful?", rendered per request from the signed
 * token the answer's handler put in the address; after a "no", the form for a comment (its
 * token carries the time check: lib/feedback/token.ts). After a refused comment (?draft=…), the
 * form again with the comment and the reasons, or the comment to copy when it can no longer be
 * attached (lib/feedback/drafts.ts). Without a token: how to give feedback.
 */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Feedback" });
  const query = await searchParams;
  const token = typeof query.token === "string" ? query.token : null;
  const subject = tokenSubject(token);
  const answer = subject ? await readPageAnswer(subject) : null;
  const draft = await readDraft(query.draft, "comment");
  // Stored only after the same check; checked again so that the link can never leave the site.
  // In the language this confirmation is read in: after a switch, the page in that language
  // (an entity's slug of the other language redirects to this language's own).
  // An address that names no page (a 404 the answer was about) is given back as it was.
  const safe = answer && pagePath.safeParse(answer.path).success ? answer.path : null;
  const named = safe ? matchPath(safe) : null;
  const back = !safe
    ? pathFor(locale, "/")
    : named && named.locale !== locale
      ? pathFor(locale, named.href)
      : safe;
  const canComment = Boolean(answer && !answer.useful && !answer.comment && token);
  const summary = draft && (
    <>
      <ErrorSummary locale={locale} errors={draft.errors} className={errorSummaryClass} />
      <FocusOnLoad id={ERROR_SUMMARY_ID} />
    </>
  );
  return (
    <PageShell
      locale={locale}
      // The other languages keep the token (without it the comment form is gone) and the draft.
      alternates={withQuery(
        alternatesFor(() => "/feedback"),
        () =>
          new URLSearchParams({
            ...(answer && token ? { token } : {}),
            ...(draft ? { draft: draft.id } : {}),
          }),
      )}
      breadcrumbs={[{ label: t("answerTitle") }]}
      usefulness={false}
    >
      <h1 className="mb-4 text-4xl">{hyphenated(t("answerTitle"), locale)}</h1>
      {answer ? (
        <>
          <Notice tone="success" role="status">
            <p className="text-lg">{answer.useful ? t("thanksYes") : t("thanksNo")}</p>
          </Notice>
          {canComment && token && (
            <>
              {summary}
              <PageCommentForm
                locale={locale}
                token={token}
                draft={draft?.id}
                comment={draft?.subject === answer.id ? draft.values.comment : undefined}
                errors={draft?.subject === answer.id ? draft.errors : undefined}
              />
            </>
          )}
          {answer.comment && <p className="mt-4 text-lg">{t("commented")}</p>}
          {!canComment && draft && (
            <>
              {summary}
              <CommentCopy locale={locale} comment={draft.values.comment ?? ""} />
            </>
          )}
          <p className="mt-6">
            <a href={back}>{t("backToPage")}</a>
          </p>
        </>
      ) : draft ? (
        <>
          {summary}
          <CommentCopy locale={locale} comment={draft.values.comment ?? ""} />
        </>
      ) : (
        <p className="max-w-3xl text-lg">
          {t.rich("noAnswer", { link: (chunks) => <a href={pathFor(locale, "/contact")}>{chunks}</a> })}
        </p>
      )}
    </PageShell>
  );
}
