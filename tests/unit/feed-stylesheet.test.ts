import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Messages } from "next-intl";
import { messages as allMessages } from "@/lib/i18n/messages";
import { locales } from "@/lib/i18n/routing";
import { feedStylesheet, type FeedPageText } from "@/lib/seo/feed-stylesheet";

const { en, fr, nl } = allMessages;

const text = (messages: Messages): FeedPageText =>
  Object.fromEntries(
    Object.entries(messages.Feed).map(([key, value]) => [key, value.replace("{site}", messages.Site.name)]),
  ) as unknown as FeedPageText;

describe("feedStylesheet", () => {
  it("is well-formed XSLT in each language, its text escaped", () => {
    for (const locale of locales) {
      const messages = allMessages[locale];
      const xsl = feedStylesheet(locale, text(messages));
      expect(XMLValidator.validate(xsl), locale).toBe(true);
      expect(xsl).toContain(`<h1>${messages.Feed.title.replace("{site}", messages.Site.name)}</h1>`);
    }
    const hostile = feedStylesheet("en", { ...text(en), what: `<script>alert("x")</script> & {braces}` });
    expect(XMLValidator.validate(hostile)).toBe(true);
    expect(hostile).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; {braces}");
  });

  it("writes dates as each language does", () => {
    expect(feedStylesheet("fr", text(fr))).toMatch(/<xsl:when test="\$day = 1">1er<\/xsl:when>/);
    expect(feedStylesheet("fr", text(fr))).toContain('<xsl:when test="$month = 12">décembre</xsl:when>');
    expect(feedStylesheet("nl", text(nl))).toContain('<xsl:when test="$month = 3">maart</xsl:when>');
    expect(feedStylesheet("en", text(en))).toMatch(/<xsl:when test="\$day = 1">1<\/xsl:when>/);
  });
});
