import type { Element, ElementContent, Root } from "hast";
import { noWrapClass, splitYearRanges } from "@/lib/text/year-ranges";

function keepTogether(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === "element") return [{ ...child, children: keepTogether(child.children) }];
    if (child.type !== "text") return [child];
    const parts = splitYearRanges(child.value);
    if (parts.length === 1) return [child];
    return parts.flatMap((value, i): ElementContent[] => {
      if (!value) return [];
      if (i % 2 === 0) return [{ type: "text", value }];
      const span: Element = {
        type: "element",
        tagName: "span",
        properties: { className: [noWrapClass] },
        children: [{ type: "text", value }],
      };
      return [span];
    });
  });
}

/** A rehype plugin that keeps year ranges of the rendered Markdown on one line. */
export function rehypeYearRanges() {
  return (tree: Root) => {
    tree.children = tree.children.map((child) =>
      child.type === "element" ? { ...child, children: keepTogether(child.children) } : child,
    );
  };
}
