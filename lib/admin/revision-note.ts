/**
 * What a revision's `comment` column says. It holds a reviewer's comment when a translation is
 * sent back or approved, and a marker for saves the system made on someone's behalf: a restore
 * (`restored:<version>`) or a planned publication (`scheduled:<job id>`). Every screen reads it
 * through this function, so a marker is never shown as if someone had written it.
 */
export type RevisionNote =
  { kind: "comment"; text: string } | { kind: "restored"; fromVersion: number } | { kind: "scheduled" };

export function revisionNote(comment: string | null | undefined): RevisionNote | null {
  if (!comment) return null;
  const restored = /^restored:(\d+)$/.exec(comment);
  if (restored) return { kind: "restored", fromVersion: Number(restored[1]) };
  if (/^scheduled:\S+$/.test(comment)) return { kind: "scheduled" };
  return { kind: "comment", text: comment };
}
