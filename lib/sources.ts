import type { ContentType } from "@/lib/cache-tags";

/**
 * The two documents the seeded content comes from, as their own headers name them ("Published by
 * Daniel Eycken"; the article's page lists it among the "Stories on CIONET Belgium", the site it
 * appeared on). Their titles stay in English, the language they are written in.
 */
export const sourceDocuments = {
  article: {
    title: "Digital Belgium: A Dance of Regions and Leaders",
    publishedBy: "Daniel Eycken",
    appearedOn: "CIONET Belgium",
    publishedOn: "2024-09-04",
  },
  strategy: {
    title: "Belgium – Digital Wallonia 2019–2024 Strategy",
    publishedBy: null,
    appearedOn: null,
    publishedOn: null,
  },
} as const;

export type SourceDocument = keyof typeof sourceDocuments;

const ARTICLE: SourceDocument[] = ["article"];
const STRATEGY: SourceDocument[] = ["strategy"];

/** Which documents the seeded items' facts come from, by content type and key. */
const seededSources: Record<ContentType, Record<string, SourceDocument[]>> = {
  region: { flanders: ARTICLE, wallonia: ARTICLE, brussels: ARTICLE, federal: ARTICLE },
  organisation: {
    "digitaal-vlaanderen": ARTICLE,
    athumi: ARTICLE,
    // Its profile also says what the strategy document says of it: a collaborative project.
    "digital-wallonia": ["article", "strategy"],
    "digitalcity-brussels": ARTICLE,
    "sustain-brussels": ARTICLE,
    bosa: ARTICLE,
  },
  initiative: {
    "athumi-secure-data-sharing": ARTICLE,
    "flanders-public-services": ARTICLE,
    "flanders-ai-blockchain-5g": ARTICLE,
    digitalent: ARTICLE,
    "wallonia-broadband": ARTICLE,
    "wallonia-startups": ARTICLE,
    "digitalcity-skills-hub": ARTICLE,
    "sustain-ai": ARTICLE,
    "belgian-ai-strategy": ARTICLE,
  },
  strategy: { "digital-wallonia-2019-2024": STRATEGY },
  pillar: {
    "digital-sector": STRATEGY,
    "digital-business": STRATEGY,
    "digital-skills-education": STRATEGY,
    "digital-administration": STRATEGY,
    "digital-territory": STRATEGY,
  },
  project: {
    wallcode: STRATEGY,
    "basic-digital-competences": STRATEGY,
    "digital-wallonia-champions": STRATEGY,
    "school-equipment-broadband": STRATEGY,
  },
};

/** The documents an item's facts come from; none for what editors added themselves. */
export function sourcesOf(type: ContentType, key: string): SourceDocument[] {
  return seededSources[type][key] ?? [];
}
