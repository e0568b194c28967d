// Every cache tag is built here: readers tag with these, writers revalidate with these.

export const contentTypes = [
  "region",
  "organisation",
  "initiative",
  "strategy",
  "pillar",
  "project",
] as const;
export type ContentType = (typeof contentTypes)[number];

export const isContentType = (value: string): value is ContentType =>
  (contentTypes as readonly string[]).includes(value);

export const cacheTags = {
  /** Everything built from content (home, lists, sitemap, feeds, search). */
  all: "content",
  /** Lists and pages that show any entity of the type. */
  type: (type: ContentType) => `content:${type}`,
} as const;

/**
 * The tags a write to an entity of this type touches. Every reader tags itself with each type it
 * shows (lib/content/shared.ts cachedRead), so the type's tag reaches every page, list, feed and
 * sitemap that includes the entity, and nothing else.
 */
export function tagsForWrite(type: ContentType): string[] {
  return [cacheTags.type(type)];
}
