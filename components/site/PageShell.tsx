import type { ReactNode } from "react";
import { draftMode } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs, type Crumb } from "@/components/ui/Breadcrumbs";
import { getStrategies } from "@/lib/content/strategy";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { breadcrumbJsonLd } from "@/lib/seo/jsonld";
import { JsonLd } from "./JsonLd";
import { PageUsefulness } from "./PageUsefulness";
import { SiteHeader, type Section } from "./SiteHeader";

/** Header, breadcrumbs, the main landmark of a public page, then its "Was this page useful?". */
export async function PageShell({
  locale,
  alternates,
  section,
  breadcrumbs,
  usefulness = true,
  feedbackPath,
  children,
}: {
  locale: Locale;
  alternates: Record<Locale, string>;
  section?: Section;
  breadcrumbs?: Crumb[];
  /** "Was this page useful?" at the foot: on every page but the feedback pages themselves. */
  usefulness?: boolean;
  /** The page the feedback is about, when it is not this language's alternate (a 404's address). */
  feedbackPath?: string;
  children: ReactNode;
}) {
  const [strategy] = await getStrategies(locale);
  const t = await getTranslations({ locale, namespace: "Site" });
  const preview = (await draftMode()).isEnabled;
  const editor = await getTranslations({ locale, namespace: "Editor" });
  const strategyHref = strategy
    ? pathFor(locale, { pathname: "/strategy/[slug]", params: { slug: strategy.slugs[locale] } })
    : undefined;
  return (
    <>
      {preview && (
        <div
          role="status"
          className="surface-light no-print bg-accent-500 px-4 py-2 text-center font-semibold text-black"
        >
          {editor("previewBanner")}{" "}
          <a
            href={`/api/draft/exit?to=${encodeURIComponent(alternates[locale])}`}
            className="text-black underline"
          >
            {editor("exitPreview")}
          </a>
        </div>
      )}
      <SiteHeader locale={locale} alternates={alternates} section={section} strategyHref={strategyHref} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {breadcrumbs && breadcrumbs.length > 1 && (
          <JsonLd
            data={breadcrumbJsonLd(
              [{ label: t("home"), href: pathFor(locale, "/") }, ...breadcrumbs],
              alternates[locale],
            )}
          />
        )}
        {breadcrumbs && (
          <Breadcrumbs
            label={t("breadcrumbs")}
            items={[{ label: t("home"), href: pathFor(locale, "/") }, ...breadcrumbs]}
          />
        )}
        {children}
      </main>
      {/* After the main landmark: it asks about the page, it is not part of it. */}
      {usefulness && (
        <div className="mx-auto w-full max-w-6xl px-4 pb-8">
          <PageUsefulness locale={locale} path={feedbackPath ?? alternates[locale]} />
        </div>
      )}
    </>
  );
}
