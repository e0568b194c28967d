// An answer that something does not exist, as Next's cache would store it: a page that answered
// 404 (an unknown slug, an address under a locale that matches no page) or a cached read that
// found nothing (lib/content/shared.ts cachedRead returning null, serialized by unstable_cache).
// The cache handlers store one only in place of an entry they hold for the same key (something
// unpublished since, so that its old page or data is never served again): an address a client
// makes up takes no disk, memory or Redis, however many arrive. It is rendered or read again
// each time it is asked for (docs/platform.md).
export function isAbsence(value) {
  if (value?.kind === "APP_PAGE") return value.status === 404;
  if (value?.kind === "FETCH") return value.data?.body === "null";
  return false;
}
