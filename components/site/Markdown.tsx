import { getTranslations } from "next-intl/server";
import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { resolveReferences } from "@/lib/content/references";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { rehypeHyphenate } from "@/lib/markdown/hyphenate";
import { isReferenceText, referencesIn, remarkReferences } from "@/lib/markdown/references";
import { rehypeYearRanges } from "@/lib/markdown/year-ranges";

/**
 * Renders an editor's Markdown on the server. Raw HTML is never passed through (react-markdown
 * skips it), and the sanitizer strips anything unsafe that Markdown itself can express
 * (javascript: links, unknown attributes). Year ranges are kept on one line after sanitizing,
 * and long words may break with a hyphen in the text's language. Links to other items
 * (`item:type/key`) lead to their current page in the reader's `locale`, resolved now.
 */
export function Markdown({ children, lang, locale }: { children: string; lang?: string; locale?: Locale }) {
  if (!children.trim()) return null;
  if (locale && isReferenceText(children))
    return <LinkedMarkdown source={children} lang={lang} locale={locale} />;
  return <MarkdownBody source={children} lang={lang} />;
}

/** A text that may link to other items: their targets are read before it renders. */
async function LinkedMarkdown({ source, lang, locale }: { source: string; lang?: string; locale: Locale }) {
  return <MarkdownBody source={source} lang={lang} references={await referencePlugin(locale, source)} />;
}

function MarkdownBody({
  source,
  lang,
  references,
}: {
  source: string;
  lang?: string;
  references?: Awaited<ReturnType<typeof referencePlugin>>;
}) {
  return (
    <div
      lang={lang}
      className="max-w-prose space-y-4 text-lg leading-relaxed [&_li]:ml-6 [&_ol]:list-decimal [&_ol]:space-y-1 [&_ul]:list-disc [&_ul]:space-y-1"
    >
      <ReactMarkdown
        remarkPlugins={references ? [references as never] : []}
        rehypePlugins={[rehypeSanitize, rehypeYearRanges, [rehypeHyphenate, { lang }]]}
        skipHtml
      >
        {source}
      </ReactMarkdown>
    </div>
  );
}

async function referencePlugin(locale: Locale, source: string) {
  // Also for a text whose only references are malformed: they become plain text, not empty links.
  const [targets, t, languages] = await Promise.all([
    resolveReferences(locale, referencesIn(source)),
    getTranslations({ locale, namespace: "Fallback" }),
    getTranslations({ locale, namespace: "Languages" }),
  ]);
  const fallbackNote = (language: string) =>
    t("linkNote", { language: isLocale(language) ? languages(language) : language });
  return [remarkReferences, { targets, fallbackNote }] as const;
}
