import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/site/PageShell";
import { ProseSection } from "@/components/site/ProsePage";
import { resourceNames } from "@/lib/api/schemas";
import { autonyms } from "@/lib/i18n/locales";
import { alternatesFor } from "@/lib/i18n/paths";
import { pageLocale } from "@/lib/i18n/page";
import { locales } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/metadata";
import { metadataFor } from "@/lib/seo/page-metadata";
import { colon } from "@/lib/text/typography";
import { hyphenated } from "@/lib/text/hyphenate";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Developers" });
  return metadataFor(locale, {
    title: t("title"),
    description: t("intro"),
    alternates: alternatesFor(() => "/developers"),
    image: { kind: "developers" },
  });
}

const code = "rounded bg-slate-100 px-1 font-mono text-base dark:bg-slate-800";

export default async function DevelopersPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Developers" });
  const base = siteUrl();
  const examples = [
    `curl '${base}/api/v1/organisations?locale=${locale}'`,
    `curl '${base}/api/v1/initiatives.csv?locale=${locale}&per_page=100' -o initiatives.csv`,
    `curl -i '${base}/api/v1/strategies?locale=${locale}' -H 'If-None-Match: "…"'`,
  ];
  return (
    <PageShell
      locale={locale}
      alternates={alternatesFor(() => "/developers")}
      breadcrumbs={[{ label: t("title") }]}
    >
      <h1 className="mb-4 text-4xl">{hyphenated(t("title"), locale)}</h1>
      <p className="mb-8 max-w-3xl text-lg">{t("intro")}</p>
      <ProseSection lang={locale} id="endpoints" heading={t("endpointsHeading")}>
        <p>{t("endpointsIntro")}</p>
        <ul className="list-disc space-y-1 pl-6">
          {resourceNames.map((name) => (
            <li key={name}>
              <a href={`/api/v1/${name}?locale=${locale}`}>
                <code className={code}>/api/v1/{name}</code>
              </a>{" "}
              (<a href={`/api/v1/${name}.csv?locale=${locale}`}>CSV</a>){colon(locale)}
              {t(name)}
            </li>
          ))}
        </ul>
        <p>{t.rich("openapi", { link: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a> })}</p>
      </ProseSection>
      <ProseSection lang={locale} id="parameters" heading={t("parametersHeading")}>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt>
            <code className={code}>locale</code>
          </dt>
          <dd>{t("paramLocale")}</dd>
          <dt>
            <code className={code}>page</code>
          </dt>
          <dd>{t("paramPage")}</dd>
          <dt>
            <code className={code}>per_page</code>
          </dt>
          <dd>{t("paramPerPage")}</dd>
        </dl>
      </ProseSection>
      <ProseSection lang={locale} id="examples" heading={t("examplesHeading")}>
        {examples.map((example) => (
          <pre
            key={example}
            className="overflow-x-auto rounded bg-slate-900 p-4 text-sm text-slate-100"
            tabIndex={0}
          >
            <code>{example}</code>
          </pre>
        ))}
      </ProseSection>
      <ProseSection lang={locale} id="behaviour" heading={t("behaviourHeading")}>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("published")}</li>
          <li>{t("caching")}</li>
          <li>{t("errors")}</li>
        </ul>
      </ProseSection>
      <ProseSection lang={locale} id="feeds" heading={t("feedsHeading")}>
        <p>{t("feeds")}</p>
        <ul className="list-disc space-y-1 pl-6">
          {locales.map((l) => (
            <li key={l}>
              <a href={`/${l}/feed.xml`} hrefLang={l} lang={l}>
                {autonyms[l]}
              </a>
            </li>
          ))}
        </ul>
      </ProseSection>
    </PageShell>
  );
}
