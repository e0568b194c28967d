import "server-only";
import createDOMPurify from "dompurify";
import { JSDOM } from "jsdom";

// SVGs are sanitized with DOMPurify (its SVG profile) on a jsdom window: scripts, event handlers,
// foreign objects and anything that reaches outside the file (external hrefs, url() to another
// document, embedded images and <use> of other files) are removed. What is left is only drawing.

const window = new JSDOM("").window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

/** An href or url() that points anywhere but inside the file itself. */
const external = /url\(\s*['"]?\s*(?!#)|^\s*(?!#)/i;

purify.addHook("uponSanitizeAttribute", (_node, data) => {
  const name = data.attrName.toLowerCase();
  if ((name === "href" || name === "xlink:href") && external.test(data.attrValue)) data.keepAttr = false;
  if (/url\(\s*['"]?\s*(?!#)/i.test(data.attrValue)) data.keepAttr = false;
});

/** The sanitized SVG, or null when nothing drawable (no <svg> root) is left. */
export function sanitizeSvg(source: string): string | null {
  const clean = purify.sanitize(source, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ["image", "use", "foreignObject", "style", "feImage", "script", "a"],
  });
  const trimmed = String(clean).trim();
  if (!/^<svg[\s>]/i.test(trimmed) || !/<\/svg>$/i.test(trimmed)) return null;
  // jsdom serialises as HTML: give the file the namespace a standalone SVG needs.
  return trimmed.includes("xmlns=")
    ? trimmed
    : trimmed.replace(/^<svg/i, '<svg xmlns="http://www.w3.org/2000/svg"');
}
