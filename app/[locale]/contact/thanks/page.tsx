import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/site/PageShell";
import { Notice } from "@/components/ui/Notice";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Contact" });
  const metadata = await metadataFor(locale, {
    title: t("thanksTitle"),
    alternates: alternatesFor(() => "/contact/thanks"),
    image: { kind: "contact" },
  });
  return { ...metadata, robots: { index: false, follow: true } };
}

/** Where a sent message (or a comment on a page) lands: a static confirmation. */
export default async function ContactThanksPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Contact" });
  return (
    <PageShell
      locale={locale}
      alternates={alternatesFor(() => "/contact/thanks")}
      breadcrumbs={[{ label: t("title"), href: pathFor(locale, "/contact") }, { label: t("thanksTitle") }]}
      usefulness={false}
    >
      <h1 className="mb-4 text-4xl">{hyphenated(t("thanksTitle"), locale)}</h1>
      <Notice tone="success" role="status">
        <p className="text-lg">{t("thanksBody")}</p>
      </Notice>
      <p className="mt-6">
        <a href={pathFor(locale, "/")}>{t("backHome")}</a>
      </p>
    </PageShell>
  );
}
