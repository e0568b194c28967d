import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { PageShell } from "@/components/site/PageShell";
import { Notice } from "@/components/ui/Notice";
import { hasReceipt } from "@/lib/feedback/store";
import { alternatesFor, pathFor, withQuery } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Contact" });
  const received = await hasReceipt((await searchParams).receipt);
  const metadata = await metadataFor(locale, {
    title: t(received ? "thanksTitle" : "noReceiptTitle"),
    alternates: alternatesFor(() => "/contact/thanks"),
    image: { kind: "contact" },
  });
  return { ...metadata, robots: { index: false, follow: true } };
}

/**
 * Where a sent message lands. It confirms only a message that was stored: the handler's redirect
 * names the form's token (?receipt=…), kept for a day. Opened otherwise (typed, bookmarked,
 * later), it says that nothing was sent from here and leads to the form. Rendered per request for
 * that check, which costs one indexed read.
 */
export default async function ContactThanksPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const t = await getTranslations({ locale, namespace: "Contact" });
  const receipt = (await searchParams).receipt;
  const received = await hasReceipt(receipt);
  return (
    <PageShell
      locale={locale}
      alternates={withQuery(
        alternatesFor(() => "/contact/thanks"),
        () => new URLSearchParams(received ? { receipt: String(receipt) } : {}),
      )}
      breadcrumbs={[
        { label: t("title"), href: pathFor(locale, "/contact") },
        { label: t(received ? "thanksTitle" : "noReceiptTitle") },
      ]}
      usefulness={false}
    >
      <h1 className="mb-4 text-4xl">{hyphenated(t(received ? "thanksTitle" : "noReceiptTitle"), locale)}</h1>
      {received ? (
        <Notice tone="success" role="status">
          <p className="text-lg">{t("thanksBody")}</p>
        </Notice>
      ) : (
        <p className="max-w-3xl text-lg">
          {t.rich("noReceipt", { link: (chunks) => <a href={pathFor(locale, "/contact")}>{chunks}</a> })}
        </p>
      )}
      <p className="mt-6">
        <a href={pathFor(locale, "/")}>{t("backHome")}</a>
      </p>
    </PageShell>
  );
}
