import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

/*
 * React elements to HTML, for route handlers, where Next refuses react-dom/server
 * (docs/platform.md, "No react-dom/server in route handlers"). A handler that answers with a
 * page (the refused feedback forms, lib/feedback/refusal.tsx) renders the very components the
 * pages use with this: HTML elements, fragments and plain function components, every text and
 * attribute escaped. Anything else throws rather than render differently from React: hooks,
 * async components, event handlers, style objects, raw HTML, SVG.
 */

const VOID = new Set(["area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"]);
const BOOLEAN = new Set([
  "checked",
  "disabled",
  "hidden",
  "multiple",
  "novalidate",
  "readonly",
  "required",
  "selected",
]);
/** React's names for attributes whose HTML name is not simply the name in lower case. */
const RENAMED: Record<string, string> = { className: "class", htmlFor: "for", defaultChecked: "checked" };

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function attribute(prop: string, value: unknown): string {
  // aria-invalid={false} says something; other attributes set to false are left out.
  if (prop.startsWith("aria-") && typeof value === "boolean") return ` ${prop}="${value}"`;
  if (value === undefined || value === null || value === false) return "";
  if (typeof value === "function" || typeof value === "object") {
    throw new Error(`renderStaticMarkup: the ${prop} attribute cannot be rendered to HTML`);
  }
  const name = RENAMED[prop] ?? (/^(aria|data)-/.test(prop) ? prop : prop.toLowerCase());
  if (BOOLEAN.has(name)) return ` ${name}`;
  return ` ${name}="${escape(String(value))}"`;
}

function element({ type, props }: ReactElement<Record<string, unknown>>): string {
  if (type === Fragment) return renderStaticMarkup(props.children as ReactNode);
  if (typeof type === "function") {
    const rendered = (type as (props: unknown) => unknown)(props);
    if (rendered instanceof Promise)
      throw new Error("renderStaticMarkup: async components are not supported");
    return renderStaticMarkup(rendered as ReactNode);
  }
  // SVG's attribute names (viewBox, fill-rule) follow other rules: HTML elements only.
  if (typeof type !== "string" || type === "svg") {
    throw new Error("renderStaticMarkup: unsupported element type");
  }
  const { children, dangerouslySetInnerHTML, value, defaultValue, ...rest } = props;
  if (dangerouslySetInnerHTML) throw new Error("renderStaticMarkup: raw HTML is not rendered");
  // A textarea's value is its content (after a newline, which the HTML parser drops).
  const content = type === "textarea" ? `\n${escape(String(value ?? defaultValue ?? ""))}` : null;
  const fieldValue = type === "textarea" ? undefined : (value ?? defaultValue);
  const attributes = Object.entries({ ...rest, value: fieldValue })
    .map(([prop, v]) => attribute(prop, v))
    .join("");
  if (VOID.has(type)) return `<${type}${attributes}>`;
  return `<${type}${attributes}>${content ?? renderStaticMarkup(children as ReactNode)}</${type}>`;
}

/** The HTML of `node`, as React would render it without hydration markers. */
export function renderStaticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") {
    return escape(String(node));
  }
  if (Array.isArray(node)) return node.map(renderStaticMarkup).join("");
  if (isValidElement(node)) return element(node as ReactElement<Record<string, unknown>>);
  throw new Error("renderStaticMarkup: unsupported node");
}
