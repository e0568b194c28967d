import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { rehypeHyphenate } from "@/lib/markdown/hyphenate";
import { rehypeYearRanges } from "@/lib/markdown/year-ranges";

/**
 * Renders an editor's Markdown on the server. Raw HTML is never passed through (react-markdown
 * skips it), and the sanitizer strips anything unsafe that Markdown itself can express
 * (javascript: links, unknown attributes). Year ranges are kept on one line after sanitizing,
 * and long words may break with a hyphen in the text's language.
 */
export function Markdown({ children, lang }: { children: string; lang?: string }) {
  if (!children.trim()) return null;
  return (
    <div
      lang={lang}
      className="max-w-prose space-y-4 text-lg leading-relaxed [&_li]:ml-6 [&_ol]:list-decimal [&_ol]:space-y-1 [&_ul]:list-disc [&_ul]:space-y-1"
    >
      <ReactMarkdown rehypePlugins={[rehypeSanitize, rehypeYearRanges, [rehypeHyphenate, { lang }]]} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
