// Seed content drawn from two source documents (the CIONET article "Digital Belgium: A Dance of
// Regions and Leaders", 2024, and the "Digital Wallonia 2019-2024 Strategy" summary). The Dutch
// and French texts are translations of those sources; nothing here goes beyond them, except
// official names and website addresses.

import type { Locale } from "../lib/i18n/routing";

type Theme =
  | "ai"
  | "data_sharing"
  | "skills"
  | "connectivity"
  | "startups"
  | "sustainability"
  | "public_services"
  | "blockchain";

export interface TranslationSeed {
  slug: string;
  name: string;
  summary: string;
  body: string;
  seoDescription?: string;
}

type Translations<T extends TranslationSeed = TranslationSeed> = Record<Locale, T>;

export interface RegionSeed {
  key: string;
  kind: "region" | "federal";
  position: number;
  translations: Translations;
}

export interface OrganisationSeed {
  key: string;
  region: string;
  websiteUrl: string;
  isLeadAgency: boolean;
  focusAreas: Theme[];
  position: number;
  translations: Translations;
}

export interface InitiativeSeed {
  key: string;
  region: string | null;
  themes: Theme[];
  organisations: string[];
  isFlagship: boolean;
  position: number;
  translations: Translations;
}

export interface StrategyTranslationSeed extends TranslationSeed {
  goal: string;
  governance: string;
}

export interface ProjectSeed {
  key: string;
  position: number;
  organisation: string | null;
  translations: Translations;
}

export interface PillarSeed {
  key: string;
  position: number;
  translations: Translations;
  projects: ProjectSeed[];
}

export interface StrategySeed {
  key: string;
  region: string;
  organisation: string;
  periodStart: number;
  periodEnd: number;
  adoptedOn: string;
  budgetMinEur: number;
  fundingSources: ("regional_budget" | "eu_funds" | "private_partnerships")[];
  translations: Translations<StrategyTranslationSeed>;
  pillars: PillarSeed[];
}

export const regions: RegionSeed[] = [
  {
    key: "flanders",
    kind: "region",
    position: 1,
    translations: {
      nl: {
        slug: "vlaanderen",
        name: "Vlaanderen",
        summary:
          "Digitaal Vlaanderen moderniseert de overheidsdienstverlening en bevordert het veilig delen van gegevens via Athumi.",
        body: "In Vlaanderen gaat **Digitaal Vlaanderen** voorop: het moderniseert de overheidsdienstverlening en bevordert het veilig delen van gegevens via **Athumi**.\n\nMet de nadruk op artificiële intelligentie, blockchain en 5G wil Vlaanderen vooroplopen in digitale innovatie.",
      },
      fr: {
        slug: "flandre",
        name: "Flandre",
        summary:
          "Digitaal Vlaanderen modernise les services publics et promeut le partage sécurisé de données grâce à Athumi.",
        body: "En Flandre, **Digitaal Vlaanderen** montre la voie : l’agence modernise les services publics et promeut le partage sécurisé de données grâce à **Athumi**.\n\nEn mettant l’accent sur l’intelligence artificielle, la blockchain et la 5G, la Flandre se positionne à la pointe de l’innovation numérique.",
      },
      en: {
        slug: "flanders",
        name: "Flanders",
        summary:
          "Digitaal Vlaanderen modernises public services and promotes secure data sharing through Athumi.",
        body: "In Flanders, **Digitaal Vlaanderen** leads the way, modernising public services and promoting secure data sharing through **Athumi**.\n\nWith a focus on AI, blockchain and 5G, Flanders is positioning itself at the forefront of digital innovation.",
      },
      de: {
        slug: "flandern",
        name: "Flandern",
        summary:
          "Digitaal Vlaanderen modernisiert die öffentlichen Dienste und fördert den sicheren Datenaustausch über Athumi.",
        body: "In Flandern geht **Digitaal Vlaanderen** voran: Es modernisiert die öffentlichen Dienste und fördert den sicheren Datenaustausch über **Athumi**.\n\nMit dem Schwerpunkt auf künstlicher Intelligenz, Blockchain und 5G will Flandern an der Spitze der digitalen Innovation stehen.",
      },
    },
  },
  {
    key: "wallonia",
    kind: "region",
    position: 2,
    translations: {
      nl: {
        slug: "wallonie",
        name: "Wallonië",
        summary:
          "Digital Wallonia pakt de digitale kloof aan met meer breedband, opleiding in digitale vaardigheden en steun voor startups.",
        body: "In Wallonië pakt **Digital Wallonia** de digitale kloof aan door de toegang tot breedband uit te breiden en te investeren in opleiding in digitale vaardigheden, via initiatieven zoals **Digitalent**.\n\nHet gewest ondersteunt ook startups met financiering en mentorschap.",
      },
      fr: {
        slug: "wallonie",
        name: "Wallonie",
        summary:
          "Digital Wallonia s’attaque à la fracture numérique en étendant le haut débit, en formant aux compétences numériques et en soutenant les startups.",
        body: "En Wallonie, **Digital Wallonia** s’attaque à la fracture numérique en étendant l’accès au haut débit et en investissant dans la formation aux compétences numériques, grâce à des initiatives comme **Digitalent**.\n\nLa région soutient aussi les startups par le financement et le mentorat.",
      },
      en: {
        slug: "wallonia",
        name: "Wallonia",
        summary:
          "Digital Wallonia tackles the digital divide by expanding broadband, training digital skills and supporting startups.",
        body: "In Wallonia, **Digital Wallonia** is tackling the digital divide by expanding broadband access and investing in digital skills training through initiatives like **Digitalent**.\n\nThe region is also nurturing startups with funding and mentorship.",
      },
      de: {
        slug: "wallonien",
        name: "Wallonien",
        summary:
          "Digital Wallonia geht die digitale Kluft an, mit mehr Breitband, Schulungen in digitalen Kompetenzen und Unterstützung für Start-ups.",
        body: "In Wallonien geht **Digital Wallonia** die digitale Kluft an, indem es den Zugang zu Breitband ausbaut und in Schulungen in digitalen Kompetenzen investiert, mit Initiativen wie **Digitalent**.\n\nDie Region unterstützt außerdem Start-ups mit Finanzierung und Mentoring.",
      },
    },
  },
  {
    key: "brussels",
    kind: "region",
    position: 3,
    translations: {
      nl: {
        slug: "brussel",
        name: "Brussels Hoofdstedelijk Gewest",
        summary:
          "Digitalcity.brussels is een centrum voor digitale vaardigheden en professionele ondersteuning; SustAIn.brussels helpt bedrijven duurzaam AI te integreren.",
        body: "In de hoofdstad is **Digitalcity.brussels** een centrum voor digitale vaardigheden en professionele ondersteuning. In samenwerking met de publieke en de private sector zorgt het ervoor dat Brusselse bedrijven klaar zijn voor de digitale toekomst.\n\n**SustAIn.brussels** helpt bedrijven artificiële intelligentie en opkomende technologieën te integreren, met de nadruk op duurzaamheid.",
      },
      fr: {
        slug: "bruxelles",
        name: "Région de Bruxelles-Capitale",
        summary:
          "Digitalcity.brussels est un pôle de compétences numériques et d’accompagnement professionnel ; SustAIn.brussels aide les entreprises à intégrer l’IA de manière durable.",
        body: "Dans la capitale, **Digitalcity.brussels** est un pôle de compétences numériques et d’accompagnement professionnel. En partenariat avec les secteurs public et privé, il veille à ce que les entreprises bruxelloises soient prêtes pour l’avenir numérique.\n\n**SustAIn.brussels** aide les entreprises à intégrer l’intelligence artificielle et les technologies émergentes, en mettant l’accent sur la durabilité.",
      },
      en: {
        slug: "brussels",
        name: "Brussels-Capital Region",
        summary:
          "Digitalcity.brussels is a hub for digital skills and professional support; SustAIn.brussels helps companies integrate AI sustainably.",
        body: "In the capital, **Digitalcity.brussels** serves as a hub for digital skills and professional support. Partnering with both public and private sectors, it ensures that Brussels-based businesses are ready for the digital future.\n\n**SustAIn.brussels** helps companies integrate AI and emerging technologies with a focus on sustainability.",
      },
      de: {
        slug: "bruessel",
        name: "Region Brüssel-Hauptstadt",
        summary:
          "Digitalcity.brussels ist eine Anlaufstelle für digitale Kompetenzen und berufliche Unterstützung; SustAIn.brussels hilft Unternehmen, KI nachhaltig einzusetzen.",
        body: "In der Hauptstadt dient **Digitalcity.brussels** als Anlaufstelle für digitale Kompetenzen und berufliche Unterstützung. In Partnerschaft mit dem öffentlichen und dem privaten Sektor sorgt es dafür, dass Brüsseler Unternehmen für die digitale Zukunft bereit sind.\n\n**SustAIn.brussels** hilft Unternehmen, KI und neue Technologien mit dem Schwerpunkt Nachhaltigkeit einzusetzen.",
      },
    },
  },
  {
    key: "federal",
    kind: "federal",
    position: 4,
    translations: {
      nl: {
        slug: "federaal",
        name: "Federaal niveau",
        summary:
          "Naast de drie gewesten speelt ook het federale niveau een rol, met BOSA, de FOD Beleid en Ondersteuning.",
        body: "Naast de drie gewesten speelt ook het federale niveau een rol, met **BOSA** (FOD Beleid en Ondersteuning).\n\nGewestoverschrijdende initiatieven zoals de **Belgische AI-strategie** tonen dat de gewesten en de federale instellingen samen meer bereiken dan elk afzonderlijk.",
      },
      fr: {
        slug: "federal",
        name: "Niveau fédéral",
        summary:
          "Outre les trois régions, le niveau fédéral joue aussi un rôle, avec le BOSA, le SPF Stratégie et Appui.",
        body: "Outre les trois régions, le niveau fédéral joue aussi un rôle, avec le **BOSA** (SPF Stratégie et Appui).\n\nDes initiatives interrégionales comme la **stratégie belge en matière d’IA** montrent que les régions et les institutions fédérales, lorsqu’elles travaillent ensemble, forment un tout plus grand que la somme de ses parties.",
      },
      en: {
        slug: "federal",
        name: "Federal level",
        summary:
          "Beside the three regions, the federal level plays its part too, with BOSA, the FPS Policy and Support.",
        body: "Beside the three regions, the federal level plays its part too, with **BOSA** (FPS Policy and Support).\n\nCross-regional initiatives like the **Belgian AI Strategy** demonstrate that when Belgium's regions and federal bodies work together, they create something greater than the sum of their parts.",
      },
      de: {
        slug: "foederal",
        name: "Föderale Ebene",
        summary:
          "Neben den drei Regionen trägt auch die föderale Ebene ihren Teil bei, mit BOSA, dem Föderalen Öffentlichen Dienst Politik und Unterstützung.",
        body: "Neben den drei Regionen trägt auch die föderale Ebene ihren Teil bei, mit **BOSA** (Föderaler Öffentlicher Dienst Politik und Unterstützung).\n\nRegionenübergreifende Initiativen wie die **Belgische KI-Strategie** zeigen: Wenn die Regionen und die föderalen Stellen Belgiens zusammenarbeiten, schaffen sie mehr als die Summe ihrer Teile.",
      },
    },
  },
];

export const organisations: OrganisationSeed[] = [
  {
    key: "digitaal-vlaanderen",
    region: "flanders",
    websiteUrl: "https://www.vlaanderen.be/digitaal-vlaanderen",
    isLeadAgency: true,
    focusAreas: ["public_services", "data_sharing", "ai", "blockchain", "connectivity"],
    position: 1,
    translations: {
      nl: {
        slug: "digitaal-vlaanderen",
        name: "Digitaal Vlaanderen",
        summary:
          "Het Vlaamse agentschap dat de overheidsdienstverlening moderniseert en het veilig delen van gegevens bevordert.",
        body: "Digitaal Vlaanderen gaat voorop in Vlaanderen: het **moderniseert de overheidsdienstverlening** en bevordert het **veilig delen van gegevens** via Athumi.\n\nMet de nadruk op artificiële intelligentie, blockchain en 5G wil Vlaanderen vooroplopen in digitale innovatie.",
        seoDescription:
          "Digitaal Vlaanderen: modernisering van de Vlaamse overheidsdiensten, veilig delen van gegevens via Athumi, AI, blockchain en 5G.",
      },
      fr: {
        slug: "digitaal-vlaanderen",
        name: "Digitaal Vlaanderen",
        summary:
          "L’agence flamande qui modernise les services publics et promeut le partage sécurisé de données.",
        body: "Digitaal Vlaanderen montre la voie en Flandre : l’agence **modernise les services publics** et promeut le **partage sécurisé de données** grâce à Athumi.\n\nEn mettant l’accent sur l’intelligence artificielle, la blockchain et la 5G, la Flandre se positionne à la pointe de l’innovation numérique.",
        seoDescription:
          "Digitaal Vlaanderen : modernisation des services publics flamands, partage sécurisé de données avec Athumi, IA, blockchain et 5G.",
      },
      en: {
        slug: "digitaal-vlaanderen",
        name: "Digitaal Vlaanderen",
        summary: "The Flemish agency that modernises public services and promotes secure data sharing.",
        body: "Digitaal Vlaanderen leads the way in Flanders, **modernising public services** and promoting **secure data sharing** through Athumi.\n\nWith a focus on AI, blockchain and 5G, Flanders is positioning itself at the forefront of digital innovation.",
        seoDescription:
          "Digitaal Vlaanderen: modernising Flemish public services, secure data sharing through Athumi, AI, blockchain and 5G.",
      },
      de: {
        slug: "digitaal-vlaanderen",
        name: "Digitaal Vlaanderen",
        summary:
          "Die flämische Agentur, die die öffentlichen Dienste modernisiert und den sicheren Datenaustausch fördert.",
        body: "Digitaal Vlaanderen geht in Flandern voran: Es **modernisiert die öffentlichen Dienste** und fördert den **sicheren Datenaustausch** über Athumi.\n\nMit dem Schwerpunkt auf KI, Blockchain und 5G will Flandern an der Spitze der digitalen Innovation stehen.",
        seoDescription:
          "Digitaal Vlaanderen: Modernisierung der flämischen öffentlichen Dienste, sicherer Datenaustausch über Athumi, KI, Blockchain und 5G.",
      },
    },
  },
  {
    key: "athumi",
    region: "flanders",
    websiteUrl: "https://www.athumi.be",
    isLeadAgency: false,
    focusAreas: ["data_sharing"],
    position: 2,
    translations: {
      nl: {
        slug: "athumi",
        name: "Athumi",
        summary: "De organisatie waarmee Vlaanderen het veilig delen van gegevens bevordert.",
        body: "Via **Athumi** bevordert Vlaanderen het veilig delen van gegevens. Digitaal Vlaanderen, dat ook de overheidsdienstverlening moderniseert, doet dat via Athumi.",
      },
      fr: {
        slug: "athumi",
        name: "Athumi",
        summary: "L’organisation par laquelle la Flandre promeut le partage sécurisé de données.",
        body: "C’est par **Athumi** que la Flandre promeut le partage sécurisé de données. Digitaal Vlaanderen, qui modernise aussi les services publics, s’appuie pour cela sur Athumi.",
      },
      en: {
        slug: "athumi",
        name: "Athumi",
        summary: "The organisation through which Flanders promotes secure data sharing.",
        body: "Flanders promotes secure data sharing through **Athumi**. Digitaal Vlaanderen, which also modernises public services, does so through Athumi.",
      },
      de: {
        slug: "athumi",
        name: "Athumi",
        summary:
          "Das flämische Datenversorgungsunternehmen, über das Flandern den sicheren Datenaustausch fördert.",
        body: "Flandern fördert den sicheren Datenaustausch über **Athumi**. Digitaal Vlaanderen, das auch die öffentlichen Dienste modernisiert, tut dies über Athumi.",
      },
    },
  },
  {
    key: "digital-wallonia",
    region: "wallonia",
    websiteUrl: "https://www.digitalwallonia.be",
    isLeadAgency: true,
    focusAreas: ["connectivity", "skills", "startups"],
    position: 3,
    translations: {
      nl: {
        slug: "digital-wallonia",
        name: "Digital Wallonia",
        summary:
          "Het Waalse digitale samenwerkingsproject van publieke en private partners: het pakt de digitale kloof aan, breidt breedband uit en investeert in digitale vaardigheden.",
        body: "Digital Wallonia pakt de **digitale kloof** aan door de toegang tot **breedband** uit te breiden en te investeren in opleiding in **digitale vaardigheden**, via initiatieven zoals Digitalent. Wallonië ondersteunt ook **startups** met financiering en mentorschap.\n\nDigital Wallonia is een samenwerkingsproject met veel publieke en private partners uit de overheid, de ICT-sector en niet-gouvernementele organisaties. De strategie Digital Wallonia 2019–2024 bepaalt het kader voor alle acties van de Waalse Regering ter ondersteuning van de digitale transformatie van Wallonië.",
        seoDescription:
          "Digital Wallonia, het Waalse digitale samenwerkingsproject: breedband, opleiding in digitale vaardigheden en de strategie Digital Wallonia 2019–2024.",
      },
      fr: {
        slug: "digital-wallonia",
        name: "Digital Wallonia",
        summary:
          "Le projet numérique collaboratif wallon, qui associe des partenaires publics et privés : il s’attaque à la fracture numérique, étend le haut débit et investit dans les compétences numériques.",
        body: "Digital Wallonia s’attaque à la **fracture numérique** en étendant l’accès au **haut débit** et en investissant dans la formation aux **compétences numériques**, grâce à des initiatives comme Digitalent. La Wallonie soutient aussi les **startups** par le financement et le mentorat.\n\nDigital Wallonia est un projet collaboratif qui associe de nombreux partenaires publics et privés issus des pouvoirs publics, du secteur des technologies de l’information et de la communication (TIC) et des organisations non gouvernementales (ONG). La stratégie Digital Wallonia 2019–2024 fixe le cadre de toutes les actions du Gouvernement wallon qui visent à soutenir la transformation numérique de la Wallonie.",
        seoDescription:
          "Digital Wallonia, le projet numérique collaboratif wallon : haut débit, formation aux compétences numériques et stratégie Digital Wallonia 2019–2024.",
      },
      en: {
        slug: "digital-wallonia",
        name: "Digital Wallonia",
        summary:
          "Wallonia's collaborative digital project of public and private partners, tackling the digital divide by expanding broadband and investing in digital skills.",
        body: "Digital Wallonia is tackling the **digital divide** by expanding **broadband** access and investing in **digital skills** training through initiatives like Digitalent. The region is also nurturing **startups** with funding and mentorship.\n\nDigital Wallonia is a collaborative project involving many public and private partners from government, information and communication technology (ICT) industries and non-government organisations (NGOs). The Digital Wallonia 2019–2024 strategy sets the framework for all actions of the Walloon Government that aim to support Wallonia's digital transformation.",
        seoDescription:
          "Digital Wallonia, Wallonia's collaborative digital project: broadband, digital skills training and the Digital Wallonia 2019–2024 strategy.",
      },
      de: {
        slug: "digital-wallonia",
        name: "Digital Wallonia",
        summary:
          "Das gemeinschaftliche Digitalprojekt öffentlicher und privater Partner in Wallonien, das die digitale Kluft angeht, indem es Breitband ausbaut und in digitale Kompetenzen investiert.",
        body: "Digital Wallonia geht die **digitale Kluft** an, indem es den Zugang zu **Breitband** ausbaut und in Schulungen in **digitalen Kompetenzen** investiert, mit Initiativen wie Digitalent. Die Region unterstützt außerdem **Start-ups** mit Finanzierung und Mentoring.\n\nDigital Wallonia ist ein gemeinschaftliches Projekt mit vielen öffentlichen und privaten Partnern aus Verwaltung, Informations- und Kommunikationstechnologie (IKT) und Nichtregierungsorganisationen (NGOs). Die Strategie Digital Wallonia 2019–2024 bildet den Rahmen für alle Maßnahmen der Wallonischen Regierung, die den digitalen Wandel Walloniens unterstützen sollen.",
        seoDescription:
          "Digital Wallonia, das gemeinschaftliche Digitalprojekt Walloniens: Breitband, Schulungen in digitalen Kompetenzen und die Strategie Digital Wallonia 2019–2024.",
      },
    },
  },
  {
    key: "digitalcity-brussels",
    region: "brussels",
    websiteUrl: "https://digitalcity.brussels",
    isLeadAgency: true,
    focusAreas: ["skills"],
    position: 4,
    translations: {
      nl: {
        slug: "digitalcity-brussels",
        name: "Digitalcity.brussels",
        summary: "Het Brusselse centrum voor digitale vaardigheden en professionele ondersteuning.",
        body: "Digitalcity.brussels is in de hoofdstad een **centrum voor digitale vaardigheden en professionele ondersteuning**.\n\nIn samenwerking met zowel de publieke als de private sector zorgt het ervoor dat Brusselse bedrijven klaar zijn voor de digitale toekomst.",
      },
      fr: {
        slug: "digitalcity-brussels",
        name: "Digitalcity.brussels",
        summary: "Le pôle bruxellois de compétences numériques et d’accompagnement professionnel.",
        body: "Dans la capitale, Digitalcity.brussels est un **pôle de compétences numériques et d’accompagnement professionnel**.\n\nEn partenariat avec les secteurs public et privé, il veille à ce que les entreprises bruxelloises soient prêtes pour l’avenir numérique.",
      },
      en: {
        slug: "digitalcity-brussels",
        name: "Digitalcity.brussels",
        summary: "The Brussels hub for digital skills and professional support.",
        body: "In the capital, Digitalcity.brussels serves as a **hub for digital skills and professional support**.\n\nPartnering with both public and private sectors, it ensures that Brussels-based businesses are ready for the digital future.",
      },
      de: {
        slug: "digitalcity-brussels",
        name: "Digitalcity.brussels",
        summary: "Die Brüsseler Anlaufstelle für digitale Kompetenzen und berufliche Unterstützung.",
        body: "In der Hauptstadt dient Digitalcity.brussels als **Anlaufstelle für digitale Kompetenzen und berufliche Unterstützung**.\n\nIn Partnerschaft mit dem öffentlichen und dem privaten Sektor sorgt es dafür, dass Brüsseler Unternehmen für die digitale Zukunft bereit sind.",
      },
    },
  },
  {
    key: "sustain-brussels",
    region: "brussels",
    websiteUrl: "https://sustain.brussels",
    isLeadAgency: false,
    focusAreas: ["ai", "sustainability"],
    position: 5,
    translations: {
      nl: {
        slug: "sustain-brussels",
        name: "SustAIn.brussels",
        summary:
          "Helpt Brusselse bedrijven artificiële intelligentie en opkomende technologieën te integreren, met de nadruk op duurzaamheid.",
        body: "SustAIn.brussels is een andere belangrijke speler in Brussel: het helpt bedrijven **artificiële intelligentie en opkomende technologieën** te integreren, met de nadruk op **duurzaamheid**.",
      },
      fr: {
        slug: "sustain-brussels",
        name: "SustAIn.brussels",
        summary:
          "Aide les entreprises bruxelloises à intégrer l’intelligence artificielle et les technologies émergentes, en mettant l’accent sur la durabilité.",
        body: "Autre acteur clé à Bruxelles, SustAIn.brussels aide les entreprises à intégrer **l’intelligence artificielle et les technologies émergentes**, en mettant l’accent sur la **durabilité**.",
      },
      en: {
        slug: "sustain-brussels",
        name: "SustAIn.brussels",
        summary:
          "Helps Brussels companies integrate AI and emerging technologies with a focus on sustainability.",
        body: "SustAIn.brussels, another key player in Brussels, helps companies integrate **AI and emerging technologies** with a focus on **sustainability**.",
      },
      de: {
        slug: "sustain-brussels",
        name: "SustAIn.brussels",
        summary:
          "Hilft Brüsseler Unternehmen, KI und neue Technologien mit dem Schwerpunkt Nachhaltigkeit einzusetzen.",
        body: "SustAIn.brussels, ein weiterer wichtiger Akteur in Brüssel, hilft Unternehmen, **KI und neue Technologien** mit dem Schwerpunkt **Nachhaltigkeit** einzusetzen.",
      },
    },
  },
  {
    key: "bosa",
    region: "federal",
    websiteUrl: "https://bosa.belgium.be",
    isLeadAgency: true,
    focusAreas: ["public_services"],
    position: 6,
    translations: {
      nl: {
        slug: "bosa",
        name: "FOD Beleid en Ondersteuning (BOSA)",
        summary:
          "De federale overheidsdienst Beleid en Ondersteuning, waarmee ook het federale niveau naast de drie gewesten een rol speelt.",
        body: "Naast de drie gewesten speelt ook het federale niveau een rol, met **BOSA**, de federale overheidsdienst Beleid en Ondersteuning.\n\nGewestoverschrijdende initiatieven zoals de Belgische AI-strategie tonen dat de gewesten en de federale instellingen samen meer bereiken.",
      },
      fr: {
        slug: "bosa",
        name: "SPF Stratégie et Appui (BOSA)",
        summary:
          "Le service public fédéral Stratégie et Appui, par lequel le niveau fédéral joue aussi un rôle aux côtés des trois régions.",
        body: "Outre les trois régions, le niveau fédéral joue aussi un rôle, avec le **BOSA**, service public fédéral Stratégie et Appui.\n\nDes initiatives interrégionales comme la stratégie belge en matière d’IA montrent que les régions et les institutions fédérales créent davantage ensemble.",
      },
      en: {
        slug: "bosa",
        name: "FPS Policy and Support (BOSA)",
        summary:
          "The Federal Public Service Policy and Support, with which the federal level plays its part beside the three regions.",
        body: "Beside the three regions, the federal level plays its part too, with **BOSA**, the Federal Public Service Policy and Support.\n\nCross-regional initiatives like the Belgian AI Strategy show that the regions and federal bodies achieve more together.",
      },
      de: {
        slug: "bosa",
        name: "Föderaler Öffentlicher Dienst Politik und Unterstützung (BOSA)",
        summary:
          "Der Föderale Öffentliche Dienst Politik und Unterstützung, mit dem die föderale Ebene neben den drei Regionen ihren Teil beiträgt.",
        body: "Neben den drei Regionen trägt auch die föderale Ebene ihren Teil bei, mit **BOSA**, dem Föderalen Öffentlichen Dienst Politik und Unterstützung.\n\nRegionenübergreifende Initiativen wie die Belgische KI-Strategie zeigen, dass die Regionen und die föderalen Stellen gemeinsam mehr erreichen.",
      },
    },
  },
];

export const initiatives: InitiativeSeed[] = [
  {
    key: "athumi-secure-data-sharing",
    region: "flanders",
    themes: ["data_sharing"],
    organisations: ["athumi", "digitaal-vlaanderen"],
    isFlagship: true,
    position: 1,
    translations: {
      nl: {
        slug: "veilig-gegevens-delen-athumi",
        name: "Veilig gegevens delen via Athumi",
        summary: "Vlaanderen bevordert het veilig delen van gegevens via Athumi.",
        body: "Naast de modernisering van de overheidsdienstverlening bevordert Digitaal Vlaanderen het **veilig delen van gegevens** via Athumi.",
      },
      fr: {
        slug: "partage-securise-donnees-athumi",
        name: "Partage sécurisé de données avec Athumi",
        summary: "La Flandre promeut le partage sécurisé de données grâce à Athumi.",
        body: "Outre la modernisation des services publics, Digitaal Vlaanderen promeut le **partage sécurisé de données** grâce à Athumi.",
      },
      en: {
        slug: "secure-data-sharing-athumi",
        name: "Secure data sharing through Athumi",
        summary: "Flanders promotes secure data sharing through Athumi.",
        body: "Besides modernising public services, Digitaal Vlaanderen promotes **secure data sharing** through Athumi.",
      },
      de: {
        slug: "sicherer-datenaustausch-athumi",
        name: "Sicherer Datenaustausch über Athumi",
        summary: "Flandern fördert den sicheren Datenaustausch über Athumi.",
        body: "Neben der Modernisierung der öffentlichen Dienste fördert Digitaal Vlaanderen den **sicheren Datenaustausch** über Athumi.",
      },
    },
  },
  {
    key: "flanders-public-services",
    region: "flanders",
    themes: ["public_services"],
    organisations: ["digitaal-vlaanderen"],
    isFlagship: false,
    position: 2,
    translations: {
      nl: {
        slug: "modernisering-overheidsdienstverlening",
        name: "Modernisering van de overheidsdienstverlening",
        summary: "Digitaal Vlaanderen moderniseert de Vlaamse overheidsdienstverlening.",
        body: "Digitaal Vlaanderen gaat voorop bij de **modernisering van de overheidsdienstverlening** in Vlaanderen.",
      },
      fr: {
        slug: "modernisation-services-publics",
        name: "Modernisation des services publics",
        summary: "Digitaal Vlaanderen modernise les services publics flamands.",
        body: "Digitaal Vlaanderen montre la voie dans la **modernisation des services publics** en Flandre.",
      },
      en: {
        slug: "modernising-public-services",
        name: "Modernising public services",
        summary: "Digitaal Vlaanderen modernises Flemish public services.",
        body: "Digitaal Vlaanderen leads the way in **modernising public services** in Flanders.",
      },
      de: {
        slug: "modernisierung-oeffentlicher-dienste",
        name: "Modernisierung der öffentlichen Dienste",
        summary: "Digitaal Vlaanderen modernisiert die flämischen öffentlichen Dienste.",
        body: "Digitaal Vlaanderen geht bei der **Modernisierung der öffentlichen Dienste** in Flandern voran.",
      },
    },
  },
  {
    key: "flanders-ai-blockchain-5g",
    region: "flanders",
    themes: ["ai", "blockchain", "connectivity"],
    organisations: ["digitaal-vlaanderen"],
    isFlagship: false,
    position: 3,
    translations: {
      nl: {
        slug: "ai-blockchain-5g",
        name: "AI, blockchain en 5G",
        summary:
          "Met de nadruk op AI, blockchain en 5G positioneert Vlaanderen zich in de voorhoede van digitale innovatie.",
        body: "Vlaanderen legt de nadruk op **artificiële intelligentie**, **blockchain** en **5G** en positioneert zich zo in de voorhoede van digitale innovatie.",
      },
      fr: {
        slug: "ia-blockchain-5g",
        name: "IA, blockchain et 5G",
        summary:
          "En misant sur l’IA, la blockchain et la 5G, la Flandre se place à la pointe de l’innovation numérique.",
        body: "La Flandre met l’accent sur **l’intelligence artificielle**, la **blockchain** et la **5G**, et se positionne ainsi à la pointe de l’innovation numérique.",
      },
      en: {
        slug: "ai-blockchain-5g",
        name: "AI, blockchain and 5G",
        summary:
          "With a focus on AI, blockchain and 5G, Flanders positions itself at the forefront of digital innovation.",
        body: "Flanders focuses on **AI**, **blockchain** and **5G**, positioning itself at the forefront of digital innovation.",
      },
      de: {
        slug: "ki-blockchain-5g",
        name: "KI, Blockchain und 5G",
        summary:
          "Mit dem Schwerpunkt auf KI, Blockchain und 5G stellt sich Flandern an die Spitze der digitalen Innovation.",
        body: "Flandern setzt auf **KI**, **Blockchain** und **5G** und stellt sich damit an die Spitze der digitalen Innovation.",
      },
    },
  },
  {
    key: "digitalent",
    region: "wallonia",
    themes: ["skills"],
    organisations: ["digital-wallonia"],
    isFlagship: true,
    position: 4,
    translations: {
      nl: {
        slug: "digitalent",
        name: "Digitalent",
        summary: "Een initiatief waarmee Digital Wallonia investeert in opleiding in digitale vaardigheden.",
        body: "Via initiatieven zoals **Digitalent** investeert Digital Wallonia in opleiding in digitale vaardigheden, als onderdeel van de aanpak van de digitale kloof.",
      },
      fr: {
        slug: "digitalent",
        name: "Digitalent",
        summary:
          "Une initiative par laquelle Digital Wallonia investit dans la formation aux compétences numériques.",
        body: "Grâce à des initiatives comme **Digitalent**, Digital Wallonia investit dans la formation aux compétences numériques, dans le cadre de sa lutte contre la fracture numérique.",
      },
      en: {
        slug: "digitalent",
        name: "Digitalent",
        summary: "An initiative through which Digital Wallonia invests in digital skills training.",
        body: "Through initiatives like **Digitalent**, Digital Wallonia invests in digital skills training as part of tackling the digital divide.",
      },
      de: {
        slug: "digitalent",
        name: "Digitalent",
        summary:
          "Eine Initiative, mit der Digital Wallonia in Schulungen in digitalen Kompetenzen investiert.",
        body: "Mit Initiativen wie **Digitalent** investiert Digital Wallonia in Schulungen in digitalen Kompetenzen, um die digitale Kluft anzugehen.",
      },
    },
  },
  {
    key: "wallonia-broadband",
    region: "wallonia",
    themes: ["connectivity"],
    organisations: ["digital-wallonia"],
    isFlagship: false,
    position: 5,
    translations: {
      nl: {
        slug: "breedband-wallonie",
        name: "Breedband in Wallonië",
        summary: "Digital Wallonia breidt de toegang tot breedband uit om de digitale kloof aan te pakken.",
        body: "Digital Wallonia pakt de digitale kloof aan door de **toegang tot breedband** uit te breiden.",
      },
      fr: {
        slug: "haut-debit-wallonie",
        name: "Haut débit en Wallonie",
        summary: "Digital Wallonia étend l’accès au haut débit pour s’attaquer à la fracture numérique.",
        body: "Digital Wallonia s’attaque à la fracture numérique en étendant **l’accès au haut débit**.",
      },
      en: {
        slug: "broadband-wallonia",
        name: "Broadband in Wallonia",
        summary: "Digital Wallonia expands broadband access to tackle the digital divide.",
        body: "Digital Wallonia tackles the digital divide by **expanding broadband access**.",
      },
      de: {
        slug: "breitband-wallonien",
        name: "Breitband in Wallonien",
        summary: "Digital Wallonia baut den Zugang zu Breitband aus, um die digitale Kluft anzugehen.",
        body: "Digital Wallonia geht die digitale Kluft an, indem es **den Zugang zu Breitband ausbaut**.",
      },
    },
  },
  {
    key: "wallonia-startups",
    region: "wallonia",
    themes: ["startups"],
    organisations: ["digital-wallonia"],
    isFlagship: false,
    position: 6,
    translations: {
      nl: {
        slug: "startups-wallonie",
        name: "Steun voor startups in Wallonië",
        summary: "Wallonië ondersteunt startups met financiering en mentorschap.",
        body: "Wallonië ondersteunt **startups** met financiering en mentorschap. Zo houdt het gewest in de wereldwijde digitale race niet alleen gelijke tred, het floreert er ook in.",
      },
      fr: {
        slug: "startups-wallonie",
        name: "Soutien aux startups en Wallonie",
        summary: "La Wallonie soutient les startups par le financement et le mentorat.",
        body: "La Wallonie soutient les **startups** par le financement et le mentorat, prouvant qu’elle ne se contente pas de suivre la course numérique mondiale, mais qu’elle y prospère.",
      },
      en: {
        slug: "startups-wallonia",
        name: "Support for startups in Wallonia",
        summary: "Wallonia nurtures startups with funding and mentorship.",
        body: "Wallonia is nurturing **startups** with funding and mentorship, proving that it isn't just keeping pace in the global digital race but thriving in it.",
      },
      de: {
        slug: "start-ups-wallonien",
        name: "Unterstützung für Start-ups in Wallonien",
        summary: "Wallonien unterstützt Start-ups mit Finanzierung und Mentoring.",
        body: "Wallonien unterstützt **Start-ups** mit Finanzierung und Mentoring und beweist damit, dass es im globalen digitalen Wettlauf nicht nur mithält, sondern darin aufblüht.",
      },
    },
  },
  {
    key: "digitalcity-skills-hub",
    region: "brussels",
    themes: ["skills"],
    organisations: ["digitalcity-brussels"],
    isFlagship: true,
    position: 7,
    translations: {
      nl: {
        slug: "digitale-vaardigheden-brussel",
        name: "Digitale vaardigheden en professionele ondersteuning in Brussel",
        summary: "Digitalcity.brussels bereidt Brusselse bedrijven voor op de digitale toekomst.",
        body: "Als centrum voor digitale vaardigheden en professionele ondersteuning werkt **Digitalcity.brussels** samen met de publieke en de private sector, zodat Brusselse bedrijven klaar zijn voor de digitale toekomst.",
      },
      fr: {
        slug: "competences-numeriques-bruxelles",
        name: "Compétences numériques et accompagnement professionnel à Bruxelles",
        summary: "Digitalcity.brussels prépare les entreprises bruxelloises à l’avenir numérique.",
        body: "Pôle de compétences numériques et d’accompagnement professionnel, **Digitalcity.brussels** travaille en partenariat avec les secteurs public et privé pour que les entreprises bruxelloises soient prêtes pour l’avenir numérique.",
      },
      en: {
        slug: "digital-skills-brussels",
        name: "Digital skills and professional support in Brussels",
        summary: "Digitalcity.brussels gets Brussels-based businesses ready for the digital future.",
        body: "As a hub for digital skills and professional support, **Digitalcity.brussels** partners with the public and private sectors so that Brussels-based businesses are ready for the digital future.",
      },
      de: {
        slug: "digitale-kompetenzen-bruessel",
        name: "Digitale Kompetenzen und berufliche Unterstützung in Brüssel",
        summary: "Digitalcity.brussels macht Brüsseler Unternehmen bereit für die digitale Zukunft.",
        body: "Als Anlaufstelle für digitale Kompetenzen und berufliche Unterstützung arbeitet **Digitalcity.brussels** mit dem öffentlichen und dem privaten Sektor zusammen, damit Brüsseler Unternehmen für die digitale Zukunft bereit sind.",
      },
    },
  },
  {
    key: "sustain-ai",
    region: "brussels",
    themes: ["ai", "sustainability"],
    organisations: ["sustain-brussels"],
    isFlagship: true,
    position: 8,
    translations: {
      nl: {
        slug: "duurzame-ai-bedrijven",
        name: "Duurzame AI voor bedrijven",
        summary: "SustAIn.brussels helpt bedrijven AI en opkomende technologieën duurzaam te integreren.",
        body: "**SustAIn.brussels** helpt bedrijven artificiële intelligentie en opkomende technologieën te integreren, met de nadruk op duurzaamheid.",
      },
      fr: {
        slug: "ia-durable-entreprises",
        name: "IA durable pour les entreprises",
        summary:
          "SustAIn.brussels aide les entreprises à intégrer durablement l’IA et les technologies émergentes.",
        body: "**SustAIn.brussels** aide les entreprises à intégrer l’intelligence artificielle et les technologies émergentes, en mettant l’accent sur la durabilité.",
      },
      en: {
        slug: "sustainable-ai-companies",
        name: "Sustainable AI for companies",
        summary: "SustAIn.brussels helps companies integrate AI and emerging technologies sustainably.",
        body: "**SustAIn.brussels** helps companies integrate AI and emerging technologies with a focus on sustainability.",
      },
      de: {
        slug: "nachhaltige-ki-unternehmen",
        name: "Nachhaltige KI für Unternehmen",
        summary: "SustAIn.brussels hilft Unternehmen, KI und neue Technologien nachhaltig einzusetzen.",
        body: "**SustAIn.brussels** hilft Unternehmen, KI und neue Technologien mit dem Schwerpunkt Nachhaltigkeit einzusetzen.",
      },
    },
  },
  {
    key: "belgian-ai-strategy",
    region: null,
    themes: ["ai"],
    organisations: [],
    isFlagship: true,
    position: 9,
    translations: {
      nl: {
        slug: "belgische-ai-strategie",
        name: "Belgische AI-strategie",
        summary: "Een gewestoverschrijdend initiatief van de gewesten en de federale instellingen.",
        body: "De **Belgische AI-strategie** is een gewestoverschrijdend initiatief. Ze toont dat het geheel meer is dan de som der delen wanneer de Belgische gewesten en federale instellingen samenwerken.",
      },
      fr: {
        slug: "strategie-belge-ia",
        name: "Stratégie belge en matière d’IA",
        summary: "Une initiative interrégionale des régions et des institutions fédérales.",
        body: "La **stratégie belge en matière d’intelligence artificielle** est une initiative interrégionale. Elle montre que, lorsque les régions et les institutions fédérales belges travaillent ensemble, le tout est plus grand que la somme des parties.",
      },
      en: {
        slug: "belgian-ai-strategy",
        name: "Belgian AI Strategy",
        summary: "A cross-regional initiative of the regions and federal bodies.",
        body: "The **Belgian AI Strategy** is a cross-regional initiative. It demonstrates that when Belgium's regions and federal bodies work together, they create something greater than the sum of their parts.",
      },
      de: {
        slug: "belgische-ki-strategie",
        name: "Belgische KI-Strategie",
        summary: "Eine regionenübergreifende Initiative der Regionen und der föderalen Stellen.",
        body: "Die **Belgische KI-Strategie** ist eine regionenübergreifende Initiative. Sie zeigt: Wenn die Regionen und die föderalen Stellen Belgiens zusammenarbeiten, schaffen sie mehr als die Summe ihrer Teile.",
      },
    },
  },
];

const pillarOnly = {
  nl: "Een van de vijf pijlers van de strategie Digital Wallonia 2019–2024.",
  fr: "L’un des cinq piliers de la stratégie Digital Wallonia 2019–2024.",
  en: "One of the five pillars of the Digital Wallonia 2019–2024 strategy.",
  de: "Eine der fünf Säulen der Strategie Digital Wallonia 2019–2024.",
};

export const strategy: StrategySeed = {
  key: "digital-wallonia-2019-2024",
  region: "wallonia",
  organisation: "digital-wallonia",
  periodStart: 2019,
  periodEnd: 2024,
  adoptedOn: "2018-12-01",
  budgetMinEur: 5_000_000,
  fundingSources: ["regional_budget", "eu_funds", "private_partnerships"],
  translations: {
    nl: {
      slug: "digital-wallonia-2019-2024",
      name: "Strategie Digital Wallonia 2019–2024",
      summary:
        "De digitale strategie van de Waalse Regering voor 2019–2024: vijf pijlers om de digitale transformatie van Wallonië een impuls te geven.",
      goal: "De digitale transformatie van Wallonië een impuls geven. Digital Wallonia bepaalt het kader voor alle acties van de Waalse Regering die de digitale transformatie van Wallonië willen ondersteunen.",
      governance:
        "De strategie wordt gecoördineerd door de Waalse minister van Economie, Buitenlandse Handel, Onderzoek en Innovatie, Digitale Zaken, Ruimtelijke Ordening, Landbouw, IFAPME en Competentiecentra.",
      body: "De digitale strategie van de Waalse Regering bestrijkt de periode van 2019 tot 2024. Ze legt vijf grote pijlers vast om de digitale transformatie van Wallonië een impuls te geven: **digitale sector**, **digitale bedrijven**, **digitale vaardigheden en onderwijs**, **digitale overheid** en **digitaal grondgebied**.\n\nDigital Wallonia is een samenwerkingsproject met veel publieke en private partners uit de overheid, de sector van de informatie- en communicatietechnologie (ICT) en niet-gouvernementele organisaties (ngo's).",
      seoDescription:
        "De strategie Digital Wallonia 2019–2024: doel, vijf pijlers, projecten, budget van meer dan 5 miljoen euro, financiering en coördinatie.",
    },
    fr: {
      slug: "digital-wallonia-2019-2024",
      name: "Stratégie Digital Wallonia 2019–2024",
      summary:
        "La stratégie numérique du Gouvernement wallon pour 2019–2024 : cinq piliers pour accélérer la transformation numérique de la Wallonie.",
      goal: "Accélérer la transformation numérique de la Wallonie. Digital Wallonia fixe le cadre de toutes les actions du Gouvernement wallon qui visent à soutenir la transformation numérique de la Wallonie.",
      governance:
        "La stratégie est coordonnée par le ministre wallon de l’Économie, du Commerce extérieur, de la Recherche et de l’Innovation, du Numérique, de l’Aménagement du territoire, de l’Agriculture, de l’IFAPME et des Centres de compétence.",
      body: "La stratégie numérique du Gouvernement wallon couvre la période de 2019 à 2024. Elle définit cinq grands piliers pour accélérer la transformation numérique de la Wallonie : **secteur numérique**, **entreprises numériques**, **compétences numériques et éducation**, **administration numérique** et **territoire numérique**.\n\nDigital Wallonia est un projet collaboratif qui associe de nombreux partenaires publics et privés issus des pouvoirs publics, du secteur des technologies de l’information et de la communication (TIC) et des organisations non gouvernementales (ONG).",
      seoDescription:
        "La stratégie Digital Wallonia 2019–2024 : objectif, cinq piliers, projets, budget de plus de 5 millions d’euros, financement et coordination.",
    },
    en: {
      slug: "digital-wallonia-2019-2024",
      name: "Digital Wallonia 2019–2024 strategy",
      summary:
        "The Walloon Government's digital strategy for 2019–2024: five pillars to boost Wallonia's digital transformation.",
      goal: "Boost Wallonia's digital transformation. Digital Wallonia sets the framework for all actions of the Walloon Government that aim to support Wallonia's digital transformation.",
      governance:
        "The strategy is coordinated by the Walloon Minister of Economy, Foreign Trade, Research and Innovation, Digital, Land Use Planning, Agriculture, IFAPME and Competence Centres.",
      body: "The digital strategy of the Walloon Government covers the period from 2019 to 2024. It sets out five major pillars to boost Wallonia's digital transformation: **Digital Sector**, **Digital Business**, **Digital Skills and Education**, **Digital Administration** and **Digital Territory**.\n\nDigital Wallonia is a collaborative project involving many public and private partners from government, information and communication technology (ICT) industries and non-government organisations (NGOs).",
      seoDescription:
        "The Digital Wallonia 2019–2024 strategy: goal, five pillars, projects, a budget of over €5 million, funding and governance.",
    },
    de: {
      slug: "digital-wallonia-2019-2024",
      name: "Strategie Digital Wallonia 2019–2024",
      summary:
        "Die Digitalstrategie der Wallonischen Regierung für 2019–2024: fünf Säulen, um den digitalen Wandel Walloniens voranzubringen.",
      goal: "Den digitalen Wandel Walloniens voranbringen. Digital Wallonia bildet den Rahmen für alle Maßnahmen der Wallonischen Regierung, die den digitalen Wandel Walloniens unterstützen sollen.",
      governance:
        "Die Strategie wird vom wallonischen Minister für Wirtschaft, Außenhandel, Forschung und Innovation, Digitales, Raumordnung, Landwirtschaft, IFAPME und Kompetenzzentren koordiniert.",
      body: "Die Digitalstrategie der Wallonischen Regierung umfasst den Zeitraum von 2019 bis 2024. Sie legt fünf große Säulen fest, um den digitalen Wandel Walloniens voranzubringen: **Digitaler Sektor**, **Digitale Unternehmen**, **Digitale Kompetenzen und Bildung**, **Digitale Verwaltung** und **Digitales Territorium**.\n\nDigital Wallonia ist ein gemeinschaftliches Projekt mit vielen öffentlichen und privaten Partnern aus Verwaltung, Informations- und Kommunikationstechnologie (IKT) und Nichtregierungsorganisationen (NGOs).",
      seoDescription:
        "Die Strategie Digital Wallonia 2019–2024: Ziel, fünf Säulen, Projekte, ein Budget von über 5 Millionen €, Finanzierung und Steuerung.",
    },
  },
  pillars: [
    {
      key: "digital-sector",
      position: 1,
      translations: {
        nl: { slug: "digitale-sector", name: "Digitale sector", summary: pillarOnly.nl, body: "" },
        fr: { slug: "secteur-numerique", name: "Secteur numérique", summary: pillarOnly.fr, body: "" },
        en: { slug: "digital-sector", name: "Digital Sector", summary: pillarOnly.en, body: "" },
        de: { slug: "digitaler-sektor", name: "Digitaler Sektor", summary: pillarOnly.de, body: "" },
      },
      projects: [],
    },
    {
      key: "digital-business",
      position: 2,
      translations: {
        nl: { slug: "digitale-bedrijven", name: "Digitale bedrijven", summary: pillarOnly.nl, body: "" },
        fr: {
          slug: "entreprises-numeriques",
          name: "Entreprises numériques",
          summary: pillarOnly.fr,
          body: "",
        },
        en: { slug: "digital-business", name: "Digital Business", summary: pillarOnly.en, body: "" },
        de: { slug: "digitale-unternehmen", name: "Digitale Unternehmen", summary: pillarOnly.de, body: "" },
      },
      projects: [],
    },
    {
      key: "digital-skills-education",
      position: 3,
      translations: {
        nl: {
          slug: "digitale-vaardigheden-en-onderwijs",
          name: "Digitale vaardigheden en onderwijs",
          summary:
            "Elke Waal moet een actieve rol gaan spelen in de digitale transformatie, door sterke technologische vaardigheden te verwerven en een ondernemende houding aan te nemen.",
          body: "De pijler Vaardigheden en onderwijs heeft als doel dat **elke Waalse burger een actieve rol gaat spelen in de digitale transformatie**, door sterke technologische vaardigheden te verwerven en een ondernemende houding aan te nemen.\n\nDe strategie legt voor onderwijs en digitale vaardigheden verschillende prioritaire projecten vast en ondersteunt ze.",
        },
        fr: {
          slug: "competences-numeriques-et-education",
          name: "Compétences numériques et éducation",
          summary:
            "Chaque Wallon doit devenir acteur de la transformation numérique, en acquérant de solides compétences technologiques et en adoptant une attitude entrepreneuriale.",
          body: "Le pilier compétences et éducation fixe pour objectif que **chaque citoyen wallon devienne acteur de la transformation numérique**, en acquérant de solides compétences technologiques et en adoptant une attitude entrepreneuriale.\n\nLa stratégie définit et soutient plusieurs projets prioritaires dans le domaine de l’éducation et des compétences numériques.",
        },
        en: {
          slug: "digital-skills-and-education",
          name: "Digital Skills and Education",
          summary:
            "Every Walloon citizen must play an active part in the digital transformation by acquiring strong technological skills and adopting an entrepreneurial attitude.",
          body: "The pillar for skills and education sets the goal that **each Walloon citizen must play an active part in the digital transformation** by acquiring strong technological skills and adopting an entrepreneurial attitude.\n\nThe strategy defines and supports several high-priority projects in the area of education and digital skills.",
        },
        de: {
          slug: "digitale-kompetenzen-und-bildung",
          name: "Digitale Kompetenzen und Bildung",
          summary:
            "Alle Bürgerinnen und Bürger Walloniens sollen aktiv am digitalen Wandel teilhaben, indem sie solide technologische Kompetenzen erwerben und eine unternehmerische Haltung einnehmen.",
          body: "Die Säule für Kompetenzen und Bildung setzt das Ziel, dass **alle Bürgerinnen und Bürger Walloniens aktiv am digitalen Wandel teilhaben**, indem sie solide technologische Kompetenzen erwerben und eine unternehmerische Haltung einnehmen.\n\nDie Strategie legt mehrere vorrangige Projekte im Bereich Bildung und digitale Kompetenzen fest und unterstützt sie.",
        },
      },
      projects: [
        {
          key: "wallcode",
          position: 1,
          organisation: "digital-wallonia",
          translations: {
            nl: {
              slug: "wallcode",
              name: "WallCode",
              summary:
                "Brengt de spelers en initiatieven samen die de digitale vaardigheden van jong talent en van alle Walen ontwikkelen.",
              body: "Het project **WallCode** van Digital Wallonia brengt de spelers en initiatieven samen die de digitale vaardigheden willen ontwikkelen van de volgende generatie jong talent en van de Walen in het algemeen, in het bijzonder op het gebied van coderen en computerprogrammeren, algoritmisch denken en robotica.",
            },
            fr: {
              slug: "wallcode",
              name: "WallCode",
              summary:
                "Réunit les acteurs et les initiatives qui développent les compétences numériques des jeunes talents et des Wallons.",
              body: "Le projet **WallCode** de Digital Wallonia réunit les acteurs et les initiatives qui visent à développer les compétences numériques de la prochaine génération de jeunes talents et des Wallons en général, en particulier dans le domaine du codage et de la programmation informatique, de la logique algorithmique et de la robotique.",
            },
            en: {
              slug: "wallcode",
              name: "WallCode",
              summary:
                "Brings together stakeholders and initiatives that develop the digital skills of young talent and of Walloons in general.",
              body: "The **WallCode** project by Digital Wallonia brings together stakeholders and initiatives designed to develop the digital skills of the next generation of young talent and of Walloons in general, in particular in the field of coding and computer programming, algorithmic logic and robotics.",
            },
            de: {
              slug: "wallcode",
              name: "WallCode",
              summary:
                "Bringt Akteure und Initiativen zusammen, die die digitalen Kompetenzen junger Talente und der Wallonen im Allgemeinen entwickeln.",
              body: "Das Projekt **WallCode** von Digital Wallonia bringt Akteure und Initiativen zusammen, die die digitalen Kompetenzen der nächsten Generation junger Talente und der Wallonen im Allgemeinen entwickeln sollen, insbesondere in den Bereichen Codieren und Programmieren, algorithmisches Denken und Robotik.",
            },
          },
        },
        {
          key: "basic-digital-competences",
          position: 2,
          organisation: null,
          translations: {
            nl: {
              slug: "digitale-basisvaardigheden",
              name: "Digitale basisvaardigheden van burgers",
              summary:
                "De digitale basisvaardigheden van burgers verbeteren, zodat ze een actievere rol kunnen spelen in de digitale transformatie.",
              body: "De **digitale basisvaardigheden** van burgers verbeteren, zodat zij een actievere rol kunnen spelen in de digitale transformatie.",
            },
            fr: {
              slug: "competences-numeriques-de-base",
              name: "Compétences numériques de base des citoyens",
              summary:
                "Améliorer les compétences numériques de base des citoyens pour qu’ils jouent un rôle plus actif dans la transformation numérique.",
              body: "Améliorer les **compétences numériques de base** des citoyens afin de leur permettre de jouer un rôle plus actif dans la transformation numérique.",
            },
            en: {
              slug: "basic-digital-competences",
              name: "Citizens' basic digital competences",
              summary:
                "Improving citizens' basic digital competences so they can take a more active role in the digital transformation.",
              body: "Improving citizens' **basic digital competences** in order to enable them to assume a more active role in the digital transformation.",
            },
            de: {
              slug: "digitale-grundkompetenzen",
              name: "Digitale Grundkompetenzen der Bürgerinnen und Bürger",
              summary:
                "Die digitalen Grundkompetenzen der Bürgerinnen und Bürger verbessern, damit sie eine aktivere Rolle im digitalen Wandel übernehmen können.",
              body: "Die **digitalen Grundkompetenzen** der Bürgerinnen und Bürger verbessern, damit sie eine aktivere Rolle im digitalen Wandel übernehmen können.",
            },
          },
        },
        {
          key: "digital-wallonia-champions",
          position: 3,
          organisation: "digital-wallonia",
          translations: {
            nl: {
              slug: "digital-wallonia-champions",
              name: "Digital Wallonia Champions",
              summary: "De officiële vertegenwoordigers van de campagne Digital Wallonia.",
              body: "De **Digital Wallonia Champions** zijn de officiële vertegenwoordigers van de campagne Digital Wallonia. Ze hebben drie hoofddoelen:\n\n1. digitale technologie promoten;\n2. de activiteiten van Digital Wallonia bekendmaken;\n3. ideeën aanreiken voor de toekomstige digitale ontwikkeling van Wallonië.",
            },
            fr: {
              slug: "digital-wallonia-champions",
              name: "Digital Wallonia Champions",
              summary: "Les représentants officiels de la campagne Digital Wallonia.",
              body: "Les **Digital Wallonia Champions** sont les représentants officiels de la campagne Digital Wallonia. Ils poursuivent trois objectifs principaux :\n\n1. promouvoir les technologies numériques ;\n2. faire connaître les activités de Digital Wallonia ;\n3. proposer des idées pour le développement numérique futur de la Wallonie.",
            },
            en: {
              slug: "digital-wallonia-champions",
              name: "Digital Wallonia Champions",
              summary: "The official representatives of the Digital Wallonia campaign.",
              body: "The **Digital Wallonia Champions** are the official representatives of the Digital Wallonia campaign. They have three main goals:\n\n1. to promote digital technology;\n2. to spread the word about Digital Wallonia's activities;\n3. to put forward ideas for the future digital development of Wallonia.",
            },
            de: {
              slug: "digital-wallonia-champions",
              name: "Digital Wallonia Champions",
              summary: "Die offiziellen Vertreterinnen und Vertreter der Kampagne Digital Wallonia.",
              body: "Die **Digital Wallonia Champions** sind die offiziellen Vertreterinnen und Vertreter der Kampagne Digital Wallonia. Sie haben drei Hauptziele:\n\n1. die Digitaltechnik fördern;\n2. die Aktivitäten von Digital Wallonia bekannt machen;\n3. Ideen für die künftige digitale Entwicklung Walloniens einbringen.",
            },
          },
        },
        {
          key: "school-equipment-broadband",
          position: 4,
          organisation: null,
          translations: {
            nl: {
              slug: "uitrusting-en-breedband-voor-scholen",
              name: "Uitrusting en breedband voor scholen",
              summary:
                "Lagere en middelbare scholen krijgen goede apparatuur en snellere breedbandverbindingen om digitale technologie in het onderwijs te bevorderen.",
              body: "In het kader van dit project krijgen **lagere en middelbare scholen** goede apparatuur en snellere breedbandverbindingen, om digitale technologie meer en beter in te zetten bij lesgeven en leren.\n\nHet project leert leerlingen ook belangrijke, meer specifieke digitale vaardigheden aan en ondersteunt andere vormen van leren.",
            },
            fr: {
              slug: "equipement-et-haut-debit-pour-les-ecoles",
              name: "Équipement et haut débit pour les écoles",
              summary:
                "Les écoles primaires et secondaires reçoivent un équipement de qualité et un haut débit plus rapide pour développer le numérique dans l’enseignement.",
              body: "Dans le cadre de ce projet, les **écoles primaires et secondaires** reçoivent un équipement de bonne qualité et une connexion à haut débit plus rapide, afin de promouvoir et d’accroître l’usage des technologies numériques dans l’enseignement et l’apprentissage.\n\nLe projet dote aussi les apprenants de compétences numériques clés plus spécifiques et soutient d’autres formes d’apprentissage.",
            },
            en: {
              slug: "school-equipment-and-broadband",
              name: "School equipment and broadband",
              summary:
                "Primary and secondary schools get good quality equipment and faster broadband to promote digital technology in teaching and learning.",
              body: "Under the framework of this project, **primary and secondary schools** are provided with good quality equipment and a faster broadband with the aim of promoting and increasing the use of digital technology for teaching and learning.\n\nThe project also equips learners with key, more specific digital skills and supports other forms of learning.",
            },
            de: {
              slug: "ausstattung-und-breitband-fuer-schulen",
              name: "Ausstattung und Breitband für Schulen",
              summary:
                "Grund- und Sekundarschulen erhalten eine gute Ausstattung und schnelleres Breitband, um digitale Technik im Unterricht und beim Lernen zu fördern.",
              body: "Im Rahmen dieses Projekts erhalten **Grund- und Sekundarschulen** eine gute Ausstattung und schnelleres Breitband, um die Nutzung digitaler Technik im Unterricht und beim Lernen zu fördern und auszuweiten.\n\nDas Projekt vermittelt den Lernenden außerdem zentrale, spezifischere digitale Kompetenzen und unterstützt andere Lernformen.",
            },
          },
        },
      ],
    },
    {
      key: "digital-administration",
      position: 4,
      translations: {
        nl: { slug: "digitale-overheid", name: "Digitale overheid", summary: pillarOnly.nl, body: "" },
        fr: {
          slug: "administration-numerique",
          name: "Administration numérique",
          summary: pillarOnly.fr,
          body: "",
        },
        en: {
          slug: "digital-administration",
          name: "Digital Administration",
          summary: pillarOnly.en,
          body: "",
        },
        de: {
          slug: "digitale-verwaltung",
          name: "Digitale Verwaltung",
          summary: pillarOnly.de,
          body: "",
        },
      },
      projects: [],
    },
    {
      key: "digital-territory",
      position: 5,
      translations: {
        nl: { slug: "digitaal-grondgebied", name: "Digitaal grondgebied", summary: pillarOnly.nl, body: "" },
        fr: { slug: "territoire-numerique", name: "Territoire numérique", summary: pillarOnly.fr, body: "" },
        en: { slug: "digital-territory", name: "Digital Territory", summary: pillarOnly.en, body: "" },
        de: {
          slug: "digitales-territorium",
          name: "Digitales Territorium",
          summary: pillarOnly.de,
          body: "",
        },
      },
      projects: [],
    },
  ],
};
