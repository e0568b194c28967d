import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { nearestPage, type ExistingPage } from "@/lib/content/nearest";
import { pagePath } from "@/lib/feedback/schema";
import { pathFor, type Href } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { KeepServerView } from "./KeepServerView";
import { PageShell } from "./PageShell";
import { hyphenated } from "@/lib/text/hyphenate";

export async function NotFoundView({ locale, nearest }: { locale: Locale; nearest: ExistingPage }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const home = pathFor(locale, "/");
  return (
    <div className="py-8">
      <h1 className="mb-4 text-3xl">{hyphenated(t("title"), locale)}</h1>
      <p className="mb-6 text-lg">{t("body")}</p>
      <p className="mb-6 text-lg">
        {t("nearest")} <a href={nearest.alternates[locale]}>{nearest.label}</a>
      </p>
      <ul className="space-y-2">
        {nearest.alternates[locale] !== home && (
          <li>
            <a href={home}>{t("home")}</a>
          </li>
        )}
        <li>
          <a href={pathFor(locale, "/search")}>{t("search")}</a>
        </li>
      </ul>
    </div>
  );
}

/**
 * The not-found page of a public address: the site's header, navigation and language switcher
 * (leading to the nearest existing page in each language) around a link to that nearest page.
 * Feedback given here is about the address asked for, when it is a path the feedback accepts.
 */
export async function NotFoundPage({ locale, path }: { locale: Locale; path: string }) {
  const nearest = await nearestPage(locale, path);
  const feedbackPath = pagePath.safeParse(path).success ? path : undefined;
  return (
    <PageShell locale={locale} alternates={nearest.alternates} feedbackPath={feedbackPath}>
      <NotFoundView locale={locale} nearest={nearest} />
    </PageShell>
  );
}

function Throw404(): never {
  notFound();
}

/**
 * A page's answer for an unknown slug: the not-found page in the HTML itself (readable without
 * JavaScript) and a notFound() thrown inside its own Suspense boundary, so the response still
 * gets status 404 and noindex (docs/platform.md; vercel/next.js#62228).
 */
export function NotFoundResponse(props: { locale: Locale } & ({ href: Href } | { path: string })) {
  const { locale } = props;
  return (
    <>
      <NotFoundPage locale={locale} path={"path" in props ? props.path : pathFor(locale, props.href)} />
      <Suspense fallback={null}>
        <KeepServerView>
          <Throw404 />
        </KeepServerView>
      </Suspense>
    </>
  );
}
