import type { Nodes, Parent, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

/**
 * Links between items that never break. An editor's Markdown links to another item by its type
 * and key (`[Digital Wallonia](item:organisation/digital-wallonia)`): keys never change, while
 * slugs do. The public page resolves each reference when it renders, to the item's current
 * address in the reader's language.
 */
export const referenceTypes = ["region", "organisation", "initiative", "strategy", "pillar"] as const;
export type ReferenceType = (typeof referenceTypes)[number];

export interface Reference {
  type: ReferenceType;
  key: string;
}

const PREFIX = "item:";
const REFERENCE = new RegExp(`^${PREFIX}(${referenceTypes.join("|")})/([a-z0-9]+(?:-[a-z0-9]+)*)$`);

/** Whether a link's target is meant as a reference (well formed or not). */
export const isReferenceUrl = (url: string) => url.trim().toLowerCase().startsWith(PREFIX);

export function parseReference(url: string): Reference | null {
  const match = REFERENCE.exec(url.trim());
  return match ? { type: match[1] as ReferenceType, key: match[2] } : null;
}

export const referenceId = ({ type, key }: Reference) => `${type}/${key}`;

export const referenceUrl = (reference: Reference) => `${PREFIX}${referenceId(reference)}`;

/** The Markdown of a link to an item, with the characters that would end its text escaped. */
export function referenceMarkdown(text: string, reference: Reference): string {
  const escaped = text
    .replace(/[\\[\]]/g, (c) => `\\${c}`)
    .replace(/\s+/g, " ")
    .trim();
  return `[${escaped}](${referenceUrl(reference)})`;
}

/** Whether a text may hold a reference (a cheap test before parsing it). */
export const isReferenceText = (source: string) => /item:/i.test(source);

/** The URLs of a text's links and link definitions (`[text][label]` … `[label]: url`). */
function linkUrls(source: string): string[] {
  if (!isReferenceText(source)) return [];
  const urls: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "link" || node.type === "definition") urls.push(node.url);
    if ("children" in node) node.children.forEach(visit);
  };
  visit(fromMarkdown(source));
  return urls;
}

/** The distinct, well-formed references of a text, in order of appearance. */
export function referencesIn(source: string): Reference[] {
  const seen = new Map<string, Reference>();
  for (const url of linkUrls(source)) {
    const reference = parseReference(url);
    if (reference) seen.set(referenceId(reference), reference);
  }
  return [...seen.values()];
}

/** Links that start like a reference but name no type or key the portal knows the form of. */
export function malformedReferencesIn(source: string): string[] {
  return linkUrls(source).filter((url) => isReferenceUrl(url) && !parseReference(url));
}

/** Where a reference leads for one reader: a path, and the language of its text when it falls back. */
export interface ResolvedReference {
  path: string;
  /** The language the item is shown in, when it is not published in the reader's own. */
  fallback: string | null;
}

/** Each reference of a text (by `referenceId`), resolved; null: no page to link to. */
export type ReferenceTargets = Record<string, ResolvedReference | null>;

/**
 * A remark plugin: each reference becomes a link to its item's current path, followed by the
 * language of the page when it falls back; a reference to an item with no page (archived,
 * withdrawn, deleted, malformed) becomes its text, never a broken link.
 */
export function remarkReferences(options: {
  targets: ReferenceTargets;
  fallbackNote: (language: string) => string;
  /** Said after the text of a reference with no page (the editor's preview names the item). */
  unresolvedNote?: (url: string) => string;
}) {
  const { targets, fallbackNote, unresolvedNote } = options;
  const target = (url: string) => {
    const reference = parseReference(url);
    return reference ? (targets[referenceId(reference)] ?? null) : null;
  };
  return (tree: Root) => {
    const definitions = new Map<string, string>();
    const collect = (node: Nodes) => {
      if (node.type === "definition" && isReferenceUrl(node.url)) definitions.set(node.identifier, node.url);
      if ("children" in node) node.children.forEach(collect);
    };
    collect(tree);
    const rewrite = (parent: Parent) => {
      const children: Nodes[] = [];
      for (const child of parent.children as Nodes[]) {
        const url =
          child.type === "link"
            ? child.url
            : child.type === "linkReference"
              ? definitions.get(child.identifier)
              : undefined;
        if (url !== undefined && isReferenceUrl(url)) {
          const resolved = target(url);
          const inner = child as Parent;
          rewrite(inner);
          if (!resolved) {
            children.push(...(inner.children as Nodes[]));
            if (unresolvedNote) children.push({ type: "text", value: ` ${unresolvedNote(url)}` });
            continue;
          }
          children.push({
            type: "link",
            url: resolved.path,
            title: child.type === "link" ? child.title : null,
            children: inner.children as never,
          });
          if (resolved.fallback)
            children.push({ type: "text", value: ` ${fallbackNote(resolved.fallback)}` });
          continue;
        }
        if (child.type === "definition" && isReferenceUrl(child.url)) continue;
        if ("children" in child) rewrite(child as Parent);
        children.push(child);
      }
      parent.children = children as never;
    };
    rewrite(tree);
  };
}
