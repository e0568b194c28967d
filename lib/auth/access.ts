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
/** Bring a deleted item back from the trash (lib/actions/trash.ts). */
export const canRestoreFromTrash = isAdmin;
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
/** See the review queue and give a submission to a reviewer: those who review some language. */
export const canReviewAny = isEditor;
/** Change site-wide rules (the second pair of eyes): admins only. */
export const canManageSettings = isAdmin;
/** Create or delete whole entities and change language-independent facts. */
export const canManageContent = isEditor;
/** Upload, delete and change the settings of media files (alt texts: canEdit of the language). */
export const canManageMedia = isEditor;
export const canPreview = (user: Actor) => isEditor(user) || user.locales.length > 0;
/** Look up items to link to from a text: whoever edits texts. */
export const canLinkItems = canPreview;
/** The report of links to archived, withdrawn or deleted items: those who can fix or publish them. */
export const canReadLinkReport = isEditor;
/** Export texts for a translation agency and import its files: into the languages one edits. */
export const canExchangeTranslations = (user: Actor) => isEditor(user) || user.locales.length > 0;
