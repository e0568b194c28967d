// The fields of the readers' forms, shared by the forms (components/site) and the handlers that
// read them and answer a refusal with the same forms filled (lib/feedback/refusal.tsx).
export const CONTACT_FIELDS = {
  kind: "kind",
  message: "message",
  pageUrl: "pageUrl",
  email: "email",
  token: "token",
  locale: "locale",
} as const;

/**
 * The honeypot: a field people never see (hidden with display: none, so screen readers skip it
 * too) and robots fill in. Its name is not one that browsers autofill.
 */
export const HONEYPOT_FIELD = "leave_empty";

export const FEEDBACK_ROUTES = {
  contact: "/api/feedback",
  answer: "/api/feedback/page",
  comment: "/api/feedback/comment",
} as const;

/** What a reader typed into the contact form, given back as it was when the form is refused. */
export interface ContactValues {
  kind: string;
  message: string;
  pageUrl: string;
  email: string;
}

/** Field name → error code (a key of Feedback.errors); "form" for the form as a whole. */
export type FieldErrors = Record<string, string>;
