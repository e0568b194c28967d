import { getTranslations } from "next-intl/server";
import { NoBreakRanges } from "@/components/ui/NoBreakRanges";
import type { ContentType } from "@/lib/cache-tags";
import { pathFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { sourceDocuments, sourcesOf } from "@/lib/sources";

/** Names the document(s) a page's facts come from, with a link to the About page's sources. */
export async function SourceNote({
  locale,
  type,
  itemKey,
}: {
  locale: Locale;
  type: ContentType;
  itemKey: string;
}) {
  const documents = sourcesOf(type, itemKey);
  if (!documents.length) return null;
  const t = await getTranslations({ locale, namespace: "Source" });
  const cite = (id: (typeof documents)[number]) => (
    <cite lang={locale === "en" ? undefined : "en"}>
      <NoBreakRanges>{sourceDocuments[id].title}</NoBreakRanges>
    </cite>
  );
  const [first, second] = documents;
  return (
    <div
      role="note"
      className="mt-10 max-w-3xl border-l-4 border-slate-300 pl-4 text-slate-700 dark:border-slate-600 dark:text-slate-300"
    >
      <p>
        {second
          ? t.rich("two", { first: () => cite(first!), second: () => cite(second) })
          : t.rich("one", { document: () => cite(first!) })}{" "}
        <a href={`${pathFor(locale, "/about")}#sources`}>{t("link")}</a>
      </p>
    </div>
  );
}
