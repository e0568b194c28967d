// The fields of the readers' forms, shared by the pages (React) and the refusal page that the
// handlers answer with (lib/feedback/refusal.ts), so both post the same names.
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
