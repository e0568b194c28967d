// Unsaved form values, kept in this browser only (localStorage) until the form is saved or the
// editor discards them: a reload, a crash, a closed tab or a language switch loses nothing.
// Nothing here is ever sent to the server; a save sends the form as usual.

export type Values = Record<string, string | string[]>;

export interface LocalDraft {
  values: Values;
  /** The version the values were typed on, so a newer save by someone else is noticed. */
  version: string;
  /** When the values were last changed (ms since the epoch). */
  at: number;
}

const PREFIX = "portal-admin-draft:";
/** Unsaved values older than this are dropped, so a shared computer does not keep them forever. */
const MAX_AGE_MS = 30 * 86_400_000;

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft(key: string, now = Date.now()): LocalDraft | null {
  const store = storage();
  const raw = store?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as LocalDraft;
    if (typeof draft?.values !== "object" || now - draft.at > MAX_AGE_MS) {
      store?.removeItem(PREFIX + key);
      return null;
    }
    return draft;
  } catch {
    store?.removeItem(PREFIX + key);
    return null;
  }
}

export function writeDraft(key: string, draft: LocalDraft) {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // A full or disabled storage: the form itself still holds the values.
  }
}

export function removeDraft(key: string) {
  storage()?.removeItem(PREFIX + key);
}

/** Drops every expired draft (called once per page). */
export function pruneDrafts(now = Date.now()) {
  const store = storage();
  if (!store) return;
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) readDraft(key.slice(PREFIX.length), now);
  }
}

const asList = (value: string | string[] | undefined) =>
  Array.isArray(value) ? [...value].sort() : value === undefined || value === "" ? [] : [value];

/** Whether two sets of form values say the same (a missing field equals an empty one). */
export function sameValues(a: Values, b: Values, names = new Set([...Object.keys(a), ...Object.keys(b)])) {
  for (const name of names) {
    const x = a[name];
    const y = b[name];
    if (Array.isArray(x) || Array.isArray(y)) {
      if (asList(x).join("\u0000") !== asList(y).join("\u0000")) return false;
    } else if ((x ?? "") !== (y ?? "")) return false;
  }
  return true;
}
