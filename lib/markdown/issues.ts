import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { defaultUrlTransform } from "react-markdown";
import { parseReference } from "./references";

/**
 * What an editor wrote that the public page will not show. The site renders Markdown with
 * react-markdown, which skips raw HTML and empties URLs with a protocol other than http(s),
 * mailto, irc(s) and xmpp; the Content-Security-Policy lets images load from this site only.
 * Editors are told before they publish, instead of finding parts silently missing.
 */
export type MarkdownIssue =
  | { kind: "html"; excerpt: string }
  | { kind: "unsafeLink"; text: string; url: string }
  | { kind: "externalImage"; alt: string; url: string };

const MAX_EXCERPT = 60;
const MAX_ISSUES = 20;

const excerpt = (value: string) => {
  const flat = value.replace(/\s+/g, " ").trim();
  return flat.length > MAX_EXCERPT ? `${flat.slice(0, MAX_EXCERPT - 1)}…` : flat;
};

const textOf = (node: Nodes): string =>
  "value" in node ? node.value : "children" in node ? node.children.map(textOf).join("") : "";

/**
 * A URL the page would drop: an unsafe protocol (javascript:, data:, vbscript:, …). A link to an
 * item (lib/markdown/references.ts) is resolved by the page instead.
 */
const dropped = (url: string) => url.trim() !== "" && defaultUrlTransform(url) === "" && !parseReference(url);

/** An image the page would not load: anything but a path on this site. */
const external = (url: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim());

export function markdownIssues(source: string): MarkdownIssue[] {
  if (!/[<:]/.test(source)) return [];
  const issues: MarkdownIssue[] = [];
  const visit = (node: Nodes) => {
    if (issues.length >= MAX_ISSUES) return;
    if (node.type === "html") {
      // A closing tag on its own (`</script>`) belongs to the opening one already reported.
      if (!/^<\//.test(node.value.trim())) issues.push({ kind: "html", excerpt: excerpt(node.value) });
    } else if (node.type === "link" && dropped(node.url)) {
      issues.push({ kind: "unsafeLink", text: excerpt(textOf(node)), url: excerpt(node.url) });
    } else if (node.type === "image" && (dropped(node.url) || external(node.url))) {
      issues.push({ kind: "externalImage", alt: excerpt(node.alt ?? ""), url: excerpt(node.url) });
    }
    if ("children" in node) node.children.forEach(visit);
  };
  visit(fromMarkdown(source));
  return issues;
}
