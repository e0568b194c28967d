import type { Locale } from "@/lib/i18n/routing";
import { xml } from "./xml";

/** The words of the page a browser shows for the feed, in the feed's language. */
export interface FeedPageText {
  title: string;
  intro: string;
  whatHeading: string;
  what: string;
  howHeading: string;
  how: string;
  address: string;
  entriesHeading: string;
  updated: string;
  published: string;
  home: string;
}

/** Where the feed of a locale finds its stylesheet (same origin: the CSP allows nothing else). */
export const feedStylesheetPath = (locale: Locale) => `/${locale}/feed.xsl`;
/** The styles of that page: a file of its own, since the CSP refuses inline styles. */
export const FEED_CSS_PATH = "/feed.css";

const months = (locale: Locale) =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(Date.UTC(2026, m, 1)),
  );

/**
 * An XSLT 1.0 stylesheet that turns the Atom feed into a readable page when a person opens it in
 * a browser: what a feed is, how to subscribe, and the entries as links. Feed readers ignore it.
 * Dates are the UTC day of the feed's timestamps, written as the locale writes dates
 * ("2 december 2026", "1er décembre 2026").
 */
export function feedStylesheet(locale: Locale, text: FeedPageText): string {
  const t = Object.fromEntries(Object.entries(text).map(([k, v]) => [k, xml(v)])) as unknown as FeedPageText;
  const monthCases = months(locale)
    .map((name, m) => `<xsl:when test="$month = ${m + 1}">${xml(name)}</xsl:when>`)
    .join("");
  // French writes the first day of a month as an ordinal.
  const firstDay = locale === "fr" ? "1er" : "1";
  return `<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>

  <xsl:template name="date">
    <xsl:param name="value"/>
    <xsl:variable name="day" select="number(substring($value, 9, 2))"/>
    <xsl:variable name="month" select="number(substring($value, 6, 2))"/>
    <time datetime="{$value}">
      <xsl:choose><xsl:when test="$day = 1">${firstDay}</xsl:when><xsl:otherwise><xsl:value-of select="$day"/></xsl:otherwise></xsl:choose>
      <xsl:text>\u00a0</xsl:text>
      <xsl:choose>${monthCases}</xsl:choose>
      <xsl:text> </xsl:text>
      <xsl:value-of select="substring($value, 1, 4)"/>
    </time>
  </xsl:template>

  <xsl:template match="/atom:feed">
    <xsl:variable name="site" select="atom:title"/>
    <html lang="{@xml:lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title>${t.title}</title>
        <link rel="stylesheet" href="${FEED_CSS_PATH}"/>
      </head>
      <body>
        <header class="site">
          <a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="$site"/></a>
        </header>
        <main>
          <h1>${t.title}</h1>
          <p class="intro">${t.intro}</p>
          <section class="subscribe" aria-labelledby="what">
            <h2 id="what">${t.whatHeading}</h2>
            <p>${t.what}</p>
            <h2 id="how">${t.howHeading}</h2>
            <p>${t.how}</p>
            <p><span class="label">${t.address}</span> <code><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
          </section>
          <h2 id="entries">${t.entriesHeading}</h2>
          <ol class="entries" aria-labelledby="entries">
            <xsl:for-each select="atom:entry">
              <li lang="{@xml:lang}">
                <h3><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h3>
                <p class="dates">
                  ${t.updated} <xsl:call-template name="date"><xsl:with-param name="value" select="atom:updated"/></xsl:call-template>
                  <xsl:if test="substring(atom:published, 1, 10) != substring(atom:updated, 1, 10)">
                    (${t.published} <xsl:call-template name="date"><xsl:with-param name="value" select="atom:published"/></xsl:call-template>)
                  </xsl:if>
                </p>
                <p><xsl:value-of select="atom:summary"/></p>
              </li>
            </xsl:for-each>
          </ol>
        </main>
        <footer>
          <a href="{atom:link[@rel='alternate']/@href}">${t.home}</a>
        </footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
`;
}
