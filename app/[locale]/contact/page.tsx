import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { ContactForm } from "@/components/site/ContactForm";
import { PageShell } from "@/components/site/PageShell";
import { RETENTION_MONTHS } from "@/lib/feedback/config";
import { formToken } from "@/lib/feedback/token";
import { alternatesFor, pathFor, withQuery } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { contactEmail } from "@/lib/site";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Contact" });
  return metadataFor(locale, {
    title: t("title"),
    description: t("intro"),
    alternates: alternatesFor(() => "/contact"),
    image: { kind: "contact" },
  });
}

/**
 * The feedback and contact form (Directive (EU) 2016/2102, art. 7). Unlike the other public
 * pages it is rendered per request: its form carries a token with the moment it was shown, the
 * time check against spam robots (lib/feedback/token.ts), which a static page would fix at the
 * build. It reads no content, so rendering it costs little.
 */
export default async function ContactPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  await connection();
  const t = await getTranslations({ locale, namespace: "Contact" });
  const page = (await searchParams).page;
  const pageUrl = (typeof page === "string" ? page : "").slice(0, 500);
  const email = contactEmail();
  return (
    <PageShell
      locale={locale}
      // The other languages keep the page the message is about.
      alternates={withQuery(
        alternatesFor(() => "/contact"),
        () => new URLSearchParams(pageUrl ? { page: pageUrl } : {}),
      )}
      breadcrumbs={[{ label: t("title") }]}
      usefulness={false}
    >
      <h1 className="mb-4 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <div className="mb-8 max-w-3xl space-y-3 text-lg">
        <p>{t("intro")}</p>
        <p>
          {t.rich("privacyNote", {
            months: RETENTION_MONTHS,
            link: (chunks) => <a href={pathFor(locale, "/privacy")}>{chunks}</a>,
          })}
        </p>
        {email && <p>{t.rich("alsoEmail", { email: () => <a href={`mailto:${email}`}>{email}</a> })}</p>}
      </div>
      <ContactForm
        locale={locale}
        token={formToken()}
        values={{ kind: "", message: "", pageUrl, email: "" }}
      />
    </PageShell>
  );
}
