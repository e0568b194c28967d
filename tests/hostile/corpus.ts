// Hostile inputs the portal must neutralise: each gets a clear error or is rendered harmless,
// never a 500, never stored or rendered unsafely. Run by tests/integration/hostile.test.ts
// (actions, search, API, handlers) and tests/e2e/hostile.spec.ts (URLs against the real server).

/** Stored and reflected XSS, for every text field and the Markdown body. */
export const xssPayloads = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  "[click me](javascript:alert(1))",
  "![x](javascript:alert(1))",
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  '<iframe src="https://evil.example"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  "<style>body{display:none}</style>",
  "' onmouseover='alert(1)",
  "</title><script>alert(1)</script>",
  "<!--<script>alert(1)</script>-->",
  "[x](JaVaScRiPt:alert(1))",
  "<details open ontoggle=alert(1)>",
  "{{constructor.constructor('alert(1)')()}}",
  "</script><script>alert(1)</script>",
  "[x](vbscript:msgbox(1))",
] as const;

/** SQL and full-text-search operators, odd characters and sizes, in the search box. */
export const searchPayloads = [
  "' OR 1=1 --",
  "'; DROP TABLE region; --",
  "a & b | !c",
  "data:*",
  "ai <-> data",
  "\\",
  "%_%",
  "(((",
  '"unterminated',
  "x".repeat(5000),
  "nul\u0000byte",
  "🙂🇧🇪",
  "\u202eevil",
  'SELECT * FROM "user"',
  "$1 $$ $$",
  "!!!!!!",
] as const;

/** Open-data API query strings that must answer 400/404 problems, never 500. */
export const apiRequests = [
  { resource: "organisations", query: "locale=es", status: 400 },
  { resource: "organisations", query: "page=-1", status: 400 },
  { resource: "organisations", query: "page=1e309", status: 400 },
  { resource: "organisations", query: "per_page=abc", status: 400 },
  { resource: "organisations", query: "per_page=100000", status: 400 },
  { resource: "organisations", query: "unknown=1", status: 400 },
  { resource: "organisations", query: "locale[]=en", status: 400 },
  { resource: "..%2f..%2fetc%2fpasswd", query: "", status: 404 },
  { resource: "user", query: "", status: 404 },
  { resource: "organisations.json", query: "", status: 404 },
  { resource: "organisations.csv", query: "locale=%00", status: 400 },
] as const;

/** Values that spreadsheet programs would run as formulas if a CSV passed them through. */
export const csvFormulas = [
  '=HYPERLINK("https://evil.example")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=1+1",
] as const;

/** URLs of the public site: traversal, encodings, invalid locales, oversized segments. */
export const hostilePaths = [
  "/en/organisations/..%2f..%2fetc%2fpasswd",
  "/en/organisations/%2e%2e%2f%2e%2e%2fpackage.json",
  "/en/organisations/%252e%252e%252fpackage.json",
  "/en/organisations/%00",
  "/en/organisations/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  `/en/organisations/${"a".repeat(3000)}`,
  "/en/initiatives/%C0%AE%C0%AE%2F",
  "/_next/static/..%2f..%2fpackage.json",
  "/es/organizaciones",
  "/EN/organisations",
  "/en-US/organisations",
  "/en/strategy/digital-wallonia-2019-2024/%3Csvg%20onload%3Dalert(1)%3E",
  "/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "/en/initiatives?region=%3Cscript%3E&theme=%27%20OR%201%3D1&page=-5",
  "/fr/recherche?q=%27%3B%20DROP%20TABLE%20region%3B%20--",
  "/api/v1/organisations?locale=%3Cscript%3E",
] as const;
