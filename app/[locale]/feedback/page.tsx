import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/site/PageShell";
import { PageCommentForm } from "@/components/site/PageCommentForm";
import { Notice } from "@/components/ui/Notice";
import { pagePath } from "@/lib/feedback/schema";
import { readPageAnswer } from "@/lib/feedback/store";
import { tokenSubject } from "@/lib/feedback/token";
import { alternatesFor, pathFor, withQuery } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Feedback" });
  const metadata = await metadataFor(locale, {
    title: t("answerTitle"),
    alternates: alternatesFor(() => "/feedback"),
    image: { kind: "contact" },
  });
  return { ...metadata, robots: { index: false, follow: true } };
}

/**
 * The confirmation of an answer to "Was this page useful?", rendered per request from the signed
 * token the answer's handler put in the address; after a "no", the form for a comment (its
 * token carries the time check: lib/feedback/token.ts). Without a token: how to give feedback.
 */
export default async function FeedbackPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Feedback" });
  const token = (await searchParams).token;
  const subject = tokenSubject(token);
  const answer = subject ? await readPageAnswer(subject) : null;
  // Stored only after the same check; checked again so that the link can never leave the site.
  const back = answer && pagePath.safeParse(answer.path).success ? answer.path : pathFor(locale, "/");
  return (
    <PageShell
      locale={locale}
      // The other languages keep the token: without it the comment form is gone.
      alternates={withQuery(
        alternatesFor(() => "/feedback"),
        () => new URLSearchParams(answer && typeof token === "string" ? { token } : {}),
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
          {!answer.useful && !answer.comment && typeof token === "string" && (
            <PageCommentForm locale={locale} token={token} />
          )}
          {answer.comment && <p className="mt-4 text-lg">{t("commented")}</p>}
          <p className="mt-6">
            <a href={back}>{t("backToPage")}</a>
          </p>
        </>
      ) : (
        <p className="max-w-3xl text-lg">
          {t.rich("noAnswer", { link: (chunks) => <a href={pathFor(locale, "/contact")}>{chunks}</a> })}
        </p>
      )}
    </PageShell>
  );
}
