// Every public page type, with its URL and main heading in each locale.
export const pageTypes = {
  home: {
    nl: ["/nl", "De Belgische digitale agentschappen naast elkaar"],
    fr: ["/fr", "Les agences numériques belges côte à côte"],
    de: ["/de", "Die digitalen Agenturen Belgiens im Überblick"],
    en: ["/en", "Belgium's digital agencies, side by side"],
  },
  regions: {
    nl: ["/nl/gewesten", "De gewesten en het federale niveau"],
    fr: ["/fr/regions", "Les régions et le niveau fédéral"],
    de: ["/de/regionen", "Die Regionen und die föderale Ebene"],
    en: ["/en/regions", "The regions and the federal level"],
  },
  region: {
    nl: ["/nl/gewesten/wallonie", "Wallonië"],
    fr: ["/fr/regions/wallonie", "Wallonie"],
    de: ["/de/regionen/wallonien", "Wallonien"],
    en: ["/en/regions/wallonia", "Wallonia"],
  },
  organisations: {
    nl: ["/nl/organisaties", "Organisaties"],
    fr: ["/fr/organisations", "Organisations"],
    de: ["/de/organisationen", "Organisationen"],
    en: ["/en/organisations", "Organisations"],
  },
  organisation: {
    nl: ["/nl/organisaties/bosa", "FOD Beleid en Ondersteuning (BOSA)"],
    fr: ["/fr/organisations/bosa", "SPF Stratégie et Appui (BOSA)"],
    de: ["/de/organisationen/bosa", "Föderaler Öffentlicher Dienst Politik und Unterstützung (BOSA)"],
    en: ["/en/organisations/bosa", "FPS Policy and Support (BOSA)"],
  },
  initiatives: {
    nl: ["/nl/initiatieven", "Initiatieven"],
    fr: ["/fr/initiatives", "Initiatives"],
    de: ["/de/initiativen", "Initiativen"],
    en: ["/en/initiatives", "Initiatives"],
  },
  initiative: {
    nl: ["/nl/initiatieven/veilig-gegevens-delen-athumi", "Veilig gegevens delen via Athumi"],
    fr: ["/fr/initiatives/partage-securise-donnees-athumi", "Partage sécurisé de données avec Athumi"],
    de: ["/de/initiativen/sicherer-datenaustausch-athumi", "Sicherer Datenaustausch über Athumi"],
    en: ["/en/initiatives/secure-data-sharing-athumi", "Secure data sharing through Athumi"],
  },
  strategies: {
    nl: ["/nl/strategie", "Strategieën"],
    fr: ["/fr/strategie", "Stratégies"],
    de: ["/de/strategie", "Strategien"],
    en: ["/en/strategy", "Strategies"],
  },
  strategy: {
    nl: ["/nl/strategie/digital-wallonia-2019-2024", "Strategie Digital Wallonia 2019–2024"],
    fr: ["/fr/strategie/digital-wallonia-2019-2024", "Stratégie Digital Wallonia 2019–2024"],
    de: ["/de/strategie/digital-wallonia-2019-2024", "Strategie Digital Wallonia 2019–2024"],
    en: ["/en/strategy/digital-wallonia-2019-2024", "Digital Wallonia 2019–2024 strategy"],
  },
  pillar: {
    nl: [
      "/nl/strategie/digital-wallonia-2019-2024/digitale-vaardigheden-en-onderwijs",
      "Digitale vaardigheden en onderwijs",
    ],
    fr: [
      "/fr/strategie/digital-wallonia-2019-2024/competences-numeriques-et-education",
      "Compétences numériques et éducation",
    ],
    de: [
      "/de/strategie/digital-wallonia-2019-2024/digitale-kompetenzen-und-bildung",
      "Digitale Kompetenzen und Bildung",
    ],
    en: [
      "/en/strategy/digital-wallonia-2019-2024/digital-skills-and-education",
      "Digital Skills and Education",
    ],
  },
  compare: {
    nl: ["/nl/vergelijken", "De gewesten naast elkaar"],
    fr: ["/fr/comparer", "Les régions côte à côte"],
    de: ["/de/vergleich", "Die Regionen im Vergleich"],
    en: ["/en/compare", "The regions side by side"],
  },
  search: {
    nl: ["/nl/zoeken?q=WallCode", "Zoeken"],
    fr: ["/fr/recherche?q=WallCode", "Rechercher"],
    de: ["/de/suche?q=WallCode", "Suche"],
    en: ["/en/search?q=WallCode", "Search"],
  },
  accessibility: {
    nl: ["/nl/toegankelijkheid", "Toegankelijkheidsverklaring"],
    fr: ["/fr/accessibilite", "Déclaration d’accessibilité"],
    de: ["/de/barrierefreiheit", "Erklärung zur Barrierefreiheit"],
    en: ["/en/accessibility", "Accessibility statement"],
  },
  privacy: {
    nl: ["/nl/privacy", "Privacy"],
    fr: ["/fr/vie-privee", "Vie privée"],
    de: ["/de/datenschutz", "Datenschutz"],
    en: ["/en/privacy", "Privacy"],
  },
  developers: {
    nl: ["/nl/ontwikkelaars", "Open data voor ontwikkelaars"],
    fr: ["/fr/developpeurs", "Données ouvertes pour les développeurs"],
    de: ["/de/entwickler", "Offene Daten für Entwicklerinnen und Entwickler"],
    en: ["/en/developers", "Open data for developers"],
  },
  contact: {
    nl: ["/nl/contact", "Contact en feedback"],
    fr: ["/fr/contact", "Contact et avis"],
    de: ["/de/kontakt", "Kontakt und Feedback"],
    en: ["/en/contact", "Contact and feedback"],
  },
  about: {
    nl: ["/nl/over", "Over deze portaalsite"],
    fr: ["/fr/a-propos", "À propos de ce portail"],
    de: ["/de/ueber", "Über dieses Portal"],
    en: ["/en/about", "About this portal"],
  },
} as const;

export type PageType = keyof typeof pageTypes;
