// Access rules as small named predicates, used alike by pages, server actions and route handlers.
import type { Locale } from "@/lib/i18n/routing";

export type Role = "admin" | "editor" | "translator";

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Languages a translator may edit (editors and admins edit every language). */
  locales: Locale[];
  uiLocale: Locale;
  mustChangePassword: boolean;
  /**
   * Their role requires two-step sign-in and they have not set it up: until they do, they may
   * only open their account page and use the actions marked `beforeTwoFactor`.
   */
  mustEnrolTwoFactor?: boolean;
}

/** The actor a user row stands for (the session, or the author of a planned job). */
export function toActor(user: Actor): Actor {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locales: user.locales,
    uiLocale: user.uiLocale,
    mustChangePassword: user.mustChangePassword,
  };
}

export const isAdmin = (user: Actor) => user.role === "admin";
const isEditor = (user: Actor) => user.role === "editor" || user.role === "admin";

/** Anyone signed in may open the admin and change their own password. */
export const canUseAdmin = (_user: Actor) => true;
export const canManageUsers = isAdmin;
export const canViewAuditLog = isAdmin;
/**
 * Read what readers sent (page answers, contact messages): the editors who act on it, and admins.
 * Translators do not, so fewer people see the e-mail addresses readers leave.
 */
export const canReadFeedback = isEditor;

/** Edit the translation of one language (translators: only their assigned languages). */
export const canEdit = (user: Actor, locale: Locale) => isEditor(user) || user.locales.includes(locale);
export const canSubmitForReview = canEdit;
/** Approve, publish, archive or send back a translation. */
export const canPublish = (user: Actor, _locale: Locale) => isEditor(user);
export const canReview = canPublish;
/** Create or delete whole entities and change language-independent facts. */
export const canManageContent = isEditor;
export const canPreview = (user: Actor) => isEditor(user) || user.locales.length > 0;
