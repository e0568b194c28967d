import { createElement as h, Fragment } from "react";
import { renderToStaticMarkup as reactMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ContactForm } from "@/components/site/ContactForm";
import { PageCommentForm } from "@/components/site/PageCommentForm";
import { renderStaticMarkup } from "@/lib/html/static-markup";

/**
 * HTML as a list of tokens, so that two ways of writing the same document compare equal: tag and
 * attribute names in lower case, attributes sorted, empty values for booleans, `/>` or `>`, the
 * apostrophe as an entity or not, the newline an HTML parser drops after <textarea>.
 */
function tokens(html: string) {
  const out: string[] = [];
  for (const [token, end, name, attributes] of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)\/?>|[^<]+/g)) {
    if (!name) {
      const text = token.replace(/&#x27;/g, "'");
      out.push(
        out.at(-1) === "<textarea" || out.at(-1)?.startsWith("<textarea ") ? text.replace(/^\n/, "") : text,
      );
      continue;
    }
    const attrs = [...attributes.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)]
      .map(([, key, value = ""]) => `${key.toLowerCase()}="${value.replace(/&#x27;/g, "'")}"`)
      .sort();
    out.push(`<${end}${name.toLowerCase()}${attrs.length ? ` ${attrs.join(" ")}` : ""}`);
  }
  return out.filter(Boolean);
}

describe("renderStaticMarkup", () => {
  it("escapes text and attribute values", () => {
    expect(renderStaticMarkup(h("p", { title: '"x" & <y>' }, "<script>alert(1)</script> & more"))).toBe(
      '<p title="&quot;x&quot; &amp; &lt;y&gt;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>',
    );
  });

  it("writes React's props as HTML attributes, and void elements without an end tag", () => {
    const html = renderStaticMarkup(
      h(
        "form",
        { noValidate: true, className: "f" },
        h("label", { htmlFor: "a" }, "A"),
        h("input", { id: "a", defaultValue: "typed", tabIndex: -1, autoComplete: "off", required: true }),
        h("input", { type: "radio", defaultChecked: true, disabled: false }),
        h("textarea", { defaultValue: "line\nnext", "aria-invalid": true, "aria-hidden": false }),
      ),
    );
    expect(html).toBe(
      '<form novalidate class="f"><label for="a">A</label>' +
        '<input id="a" tabindex="-1" autocomplete="off" required value="typed">' +
        '<input type="radio" checked><textarea aria-invalid="true" aria-hidden="false">\nline\nnext</textarea></form>',
    );
  });

  it("renders function components, fragments and lists, and leaves out null and booleans", () => {
    const Item = ({ name }: { name: string }) => h("li", null, name);
    const list = h(
      "ul",
      null,
      ["a", "b"].map((name) => h(Item, { key: name, name })),
      null,
      false,
      h(Fragment, null, h("li", null, 3)),
    );
    expect(renderStaticMarkup(list)).toBe("<ul><li>a</li><li>b</li><li>3</li></ul>");
  });

  it("refuses what it cannot render the way React does", () => {
    expect(() => renderStaticMarkup(h("button", { onClick: () => {} }))).toThrow(/onClick/);
    expect(() => renderStaticMarkup(h("p", { style: { color: "red" } }))).toThrow(/style/);
    expect(() => renderStaticMarkup(h("div", { dangerouslySetInnerHTML: { __html: "<b>" } }))).toThrow();
    expect(() => renderStaticMarkup(h(async () => h("p")))).toThrow(/async/);
    expect(() => renderStaticMarkup(h("svg", { viewBox: "0 0 1 1" }))).toThrow();
  });

  it("gives the feedback forms, refused and filled, the HTML React gives them", () => {
    const errors = { kind: "kindRequired", email: "invalidEmail" };
    const values = { kind: "content", message: "Zie <b>hier</b>", pageUrl: "/nl", email: "anna@mail" };
    for (const form of [
      h(ContactForm, { locale: "fr", token: "t.1", values, errors }),
      h(ContactForm, {
        locale: "nl",
        token: "t.2",
        values: { kind: "", message: "", pageUrl: "", email: "" },
      }),
      h(PageCommentForm, {
        locale: "en",
        token: "t.3",
        comment: "It's missing",
        errors: { comment: "tooLong" },
      }),
    ]) {
      expect(tokens(renderStaticMarkup(form))).toEqual(tokens(reactMarkup(form)));
    }
  });
});
