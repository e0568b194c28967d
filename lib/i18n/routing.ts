import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["nl", "fr", "en"],
  defaultLocale: "nl",
  localePrefix: "always",
  // The proxy would answer cookieless requests with Set-Cookie, which stops shared caches from
  // caching pages; an explicit choice is remembered by our own cookie instead (lib/i18n/choice.ts).
  localeCookie: false,
  // Its Link header reuses one slug for every locale; hreflang comes from generateMetadata.
  alternateLinks: false,
  localeDetection: false,
  pathnames: {
    "/": "/",
    "/organisations": { nl: "/organisaties", fr: "/organisations", en: "/organisations" },
    "/organisations/[slug]": {
      nl: "/organisaties/[slug]",
      fr: "/organisations/[slug]",
      en: "/organisations/[slug]",
    },
    "/regions": { nl: "/gewesten", fr: "/regions", en: "/regions" },
    "/regions/[slug]": { nl: "/gewesten/[slug]", fr: "/regions/[slug]", en: "/regions/[slug]" },
    "/initiatives": { nl: "/initiatieven", fr: "/initiatives", en: "/initiatives" },
    "/initiatives/[slug]": {
      nl: "/initiatieven/[slug]",
      fr: "/initiatives/[slug]",
      en: "/initiatives/[slug]",
    },
    "/strategy": { nl: "/strategie", fr: "/strategie", en: "/strategy" },
    "/strategy/[slug]": { nl: "/strategie/[slug]", fr: "/strategie/[slug]", en: "/strategy/[slug]" },
    "/strategy/[slug]/[pillar]": {
      nl: "/strategie/[slug]/[pillar]",
      fr: "/strategie/[slug]/[pillar]",
      en: "/strategy/[slug]/[pillar]",
    },
    "/compare": { nl: "/vergelijken", fr: "/comparer", en: "/compare" },
    "/search": { nl: "/zoeken", fr: "/recherche", en: "/search" },
    "/accessibility": { nl: "/toegankelijkheid", fr: "/accessibilite", en: "/accessibility" },
    "/privacy": { nl: "/privacy", fr: "/vie-privee", en: "/privacy" },
    "/developers": { nl: "/ontwikkelaars", fr: "/developpeurs", en: "/developers" },
    "/contact": { nl: "/contact", fr: "/contact", en: "/contact" },
    "/contact/thanks": { nl: "/contact/bedankt", fr: "/contact/merci", en: "/contact/thanks" },
    "/feedback": { nl: "/feedback", fr: "/avis", en: "/feedback" },
    "/about": { nl: "/over", fr: "/a-propos", en: "/about" },
  },
});

export type Locale = (typeof routing.locales)[number];
export type Pathname = keyof typeof routing.pathnames;
export const locales: readonly Locale[] = routing.locales;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
