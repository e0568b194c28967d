import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { siteLink } from "@/components/site/ExternalLink";
import { PageShell } from "@/components/site/PageShell";
import { ProseSection } from "@/components/site/ProsePage";
import { RETENTION_MONTHS } from "@/lib/feedback/config";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { contactEmail, publisherName } from "@/lib/site";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Privacy" });
  return metadataFor(locale, {
    title: t("title"),
    description: t("intro"),
    alternates: alternatesFor(() => "/privacy"),
    image: { kind: "privacy" },
  });
}

export default async function PrivacyPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Privacy" });
  const email = contactEmail();
  const publisher = publisherName();
  const contactLink = (chunks: ReactNode) => <a href={pathFor(locale, "/contact")}>{chunks}</a>;
  const site = siteLink((await getTranslations({ locale, namespace: "Site" }))("externalLink"));
  return (
    <PageShell
      locale={locale}
      alternates={alternatesFor(() => "/privacy")}
      breadcrumbs={[{ label: t("title") }]}
    >
      <h1 className="mb-4 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t("intro")}</p>
      <ProseSection lang={locale} id="controller" heading={t("controllerHeading")}>
        <p>
          {publisher
            ? t.rich("controllerNamed", { name: publisher, link: contactLink })
            : t.rich("controllerUnnamed", { link: contactLink })}
        </p>
      </ProseSection>
      <ProseSection lang={locale} id="tracking" heading={t("trackingHeading")}>
        <p>{t("tracking")}</p>
      </ProseSection>
      <ProseSection lang={locale} id="cookies" heading={t("cookiesHeading")}>
        <p>{t("cookies")}</p>
      </ProseSection>
      <ProseSection lang={locale} id="logs" heading={t("logsHeading")}>
        <p>{t("logs")}</p>
      </ProseSection>
      <ProseSection lang={locale} id="feedback" heading={t("feedbackHeading")}>
        <p>{t.rich("feedback", { months: RETENTION_MONTHS, link: contactLink })}</p>
        <p>{t("feedbackRefused")}</p>
        <p>{t("legalBasis")}</p>
      </ProseSection>
      <ProseSection lang={locale} id="rights" heading={t("rightsHeading")}>
        <p>{t("rightsList")}</p>
        <p>{t.rich("rights", { link: contactLink, site })}</p>
        {email && <p>{t.rich("rightsEmail", { email: () => <a href={`mailto:${email}`}>{email}</a> })}</p>}
      </ProseSection>
    </PageShell>
  );
}
