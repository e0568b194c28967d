import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { siteLink } from "@/components/site/ExternalLink";
import { PageShell } from "@/components/site/PageShell";
import { ProseSection } from "@/components/site/ProsePage";
import { alternatesFor, pathFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { metadataFor } from "@/lib/seo/page-metadata";
import { contactEmail } from "@/lib/site";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Accessibility" });
  return metadataFor(locale, {
    title: t("title"),
    description: t("intro"),
    alternates: alternatesFor(() => "/accessibility"),
    image: { kind: "accessibility" },
  });
}

/** The accessibility statement, following the EU model statement (Decision (EU) 2018/1523). */
export default async function AccessibilityPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Accessibility" });
  const email = contactEmail();
  const contactLink = (chunks: ReactNode) => <a href={pathFor(locale, "/contact")}>{chunks}</a>;
  const site = siteLink((await getTranslations({ locale, namespace: "Site" }))("externalLink"));
  return (
    <PageShell
      locale={locale}
      alternates={alternatesFor(() => "/accessibility")}
      breadcrumbs={[{ label: t("title") }]}
    >
      <h1 className="mb-4 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <p className="mb-4 max-w-3xl text-lg">{t("intro")}</p>
      <p className="mb-8 max-w-3xl text-lg">
        {t.rich("scope", { link: (chunks) => <a href={pathFor(locale, "/about")}>{chunks}</a> })}
      </p>
      <ProseSection lang={locale} id="status" heading={t("statusHeading")}>
        <p>{t("status")}</p>
      </ProseSection>
      <ProseSection lang={locale} id="preparation" heading={t("preparationHeading")}>
        <p>{t("preparation")}</p>
        <p>{t("method")}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("methodTools")}</li>
          <li>{t("methodManual")}</li>
        </ul>
        <p>{t("methodLimits")}</p>
      </ProseSection>
      <ProseSection lang={locale} id="measures" heading={t("measuresHeading")}>
        <p>{t("measures")}</p>
      </ProseSection>
      <ProseSection lang={locale} id="feedback" heading={t("feedbackHeading")}>
        <p>{t.rich("feedback", { link: contactLink })}</p>
        {email && <p>{t.rich("feedbackEmail", { email: () => <a href={`mailto:${email}`}>{email}</a> })}</p>}
      </ProseSection>
      <ProseSection lang={locale} id="enforcement" heading={t("enforcementHeading")}>
        <p>{t("enforcement")}</p>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t.rich("ombudsFederal", { site })}</li>
          <li>{t.rich("ombudsFlanders", { site })}</li>
          <li>{t.rich("ombudsWallonia", { site })}</li>
          <li>{t.rich("ombudsBrussels", { site })}</li>
        </ul>
        <p>{t.rich("enforcementPortal", { link: contactLink })}</p>
      </ProseSection>
    </PageShell>
  );
}
