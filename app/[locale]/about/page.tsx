import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/site/PageShell";
import { ProseSection } from "@/components/site/ProsePage";
import { NoBreakRanges } from "@/components/ui/NoBreakRanges";
import { alternatesFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import type { Locale } from "@/lib/i18n/routing";
import { metadataFor } from "@/lib/seo/page-metadata";
import { sourceDocuments, type SourceDocument } from "@/lib/sources";
import { formatDate } from "@/lib/time/dates";
import { publisherName } from "@/lib/site";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "About" });
  return metadataFor(locale, {
    title: t("title"),
    description: t("intro"),
    alternates: alternatesFor(() => "/about"),
    image: { kind: "about" },
  });
}

export default async function AboutPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "About" });
  const publisher = publisherName();
  return (
    <PageShell
      locale={locale}
      alternates={alternatesFor(() => "/about")}
      breadcrumbs={[{ label: t("title") }]}
    >
      <h1 className="mb-4 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t("intro")}</p>
      <ProseSection lang={locale} id="publisher" heading={t("publisherHeading")}>
        <p>
          {t("publisher")}
          {publisher && <> {t("publisherNamed", { name: publisher })}</>}
        </p>
      </ProseSection>
      <ProseSection lang={locale} id="purpose" heading={t("purposeHeading")}>
        <p>{t("purpose")}</p>
      </ProseSection>
      <ProseSection lang={locale} id="sources" heading={t("sourcesHeading")}>
        <p>{t("sourcesIntro")}</p>
        <ul aria-label={t("sourcesList")} className="space-y-6">
          <SourceEntry locale={locale} id="article" usedFor={t("articleUse")} />
          <SourceEntry locale={locale} id="strategy" usedFor={t("strategyUse")} />
        </ul>
      </ProseSection>
    </PageShell>
  );
}

async function SourceEntry({ locale, id, usedFor }: { locale: Locale; id: SourceDocument; usedFor: string }) {
  const t = await getTranslations({ locale, namespace: "About" });
  const document = sourceDocuments[id];
  const notStated = <span className="italic">{t("notStated")}</span>;
  return (
    <li id={`source-${id}`} className="rounded-lg border border-slate-200 p-5 dark:border-slate-700">
      <h3 className="mb-3 text-xl">
        <cite lang={locale === "en" ? undefined : "en"}>
          <NoBreakRanges>{document.title}</NoBreakRanges>
        </cite>
      </h3>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("publishedBy")}</dt>
        <dd>{document.publishedBy ?? notStated}</dd>
        {document.appearedOn && (
          <>
            <dt className="font-semibold">{t("appearedOn")}</dt>
            <dd>{document.appearedOn}</dd>
          </>
        )}
        <dt className="font-semibold">{t("date")}</dt>
        <dd>
          {document.publishedOn ? (
            <time dateTime={document.publishedOn}>
              {formatDate(locale, `${document.publishedOn}T12:00:00Z`, { dateStyle: "long" })}
            </time>
          ) : (
            notStated
          )}
        </dd>
        <dt className="font-semibold">{t("usedFor")}</dt>
        <dd>
          <NoBreakRanges>{usedFor}</NoBreakRanges>
        </dd>
      </dl>
    </li>
  );
}
