// Field lengths, shared by the zod schemas (the server's rule) and the admin's fields, which show
// the limit and count characters as the editor types. No imports: the admin's client bundle
// includes this file.

export const LIMITS = {
  name: 200,
  slug: 120,
  summary: 1000,
  body: 50_000,
  seo: 300,
  note: 500,
  userName: 120,
  email: 254,
} as const;
