import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["nl", "fr", "de", "en"],
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
    "/organisations": {
      nl: "/organisaties",
      fr: "/organisations",
      de: "/organisationen",
      en: "/organisations",
    },
    "/organisations/[slug]": {
      nl: "/organisaties/[slug]",
      fr: "/organisations/[slug]",
      de: "/organisationen/[slug]",
      en: "/organisations/[slug]",
    },
    "/regions": { nl: "/gewesten", fr: "/regions", de: "/regionen", en: "/regions" },
    "/regions/[slug]": {
      nl: "/gewesten/[slug]",
      fr: "/regions/[slug]",
      de: "/regionen/[slug]",
      en: "/regions/[slug]",
    },
    "/initiatives": { nl: "/initiatieven", fr: "/initiatives", de: "/initiativen", en: "/initiatives" },
    "/initiatives/[slug]": {
      nl: "/initiatieven/[slug]",
      fr: "/initiatives/[slug]",
      de: "/initiativen/[slug]",
      en: "/initiatives/[slug]",
    },
    "/strategy": { nl: "/strategie", fr: "/strategie", de: "/strategie", en: "/strategy" },
    "/strategy/[slug]": {
      nl: "/strategie/[slug]",
      fr: "/strategie/[slug]",
      de: "/strategie/[slug]",
      en: "/strategy/[slug]",
    },
    "/strategy/[slug]/[pillar]": {
      nl: "/strategie/[slug]/[pillar]",
      fr: "/strategie/[slug]/[pillar]",
      de: "/strategie/[slug]/[pillar]",
      en: "/strategy/[slug]/[pillar]",
    },
    "/compare": { nl: "/vergelijken", fr: "/comparer", de: "/vergleich", en: "/compare" },
    "/search": { nl: "/zoeken", fr: "/recherche", de: "/suche", en: "/search" },
    "/accessibility": {
      nl: "/toegankelijkheid",
      fr: "/accessibilite",
      de: "/barrierefreiheit",
      en: "/accessibility",
    },
    "/privacy": { nl: "/privacy", fr: "/vie-privee", de: "/datenschutz", en: "/privacy" },
    "/developers": { nl: "/ontwikkelaars", fr: "/developpeurs", de: "/entwickler", en: "/developers" },
    "/contact": { nl: "/contact", fr: "/contact", de: "/kontakt", en: "/contact" },
    "/contact/thanks": {
      nl: "/contact/bedankt",
      fr: "/contact/merci",
      de: "/kontakt/danke",
      en: "/contact/thanks",
    },
    "/feedback": { nl: "/feedback", fr: "/avis", de: "/rueckmeldung", en: "/feedback" },
    "/about": { nl: "/over", fr: "/a-propos", de: "/ueber", en: "/about" },
  },
});

export type Locale = (typeof routing.locales)[number];
export type Pathname = keyof typeof routing.pathnames;
export const locales: readonly Locale[] = routing.locales;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
