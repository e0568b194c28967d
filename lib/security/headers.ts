// Security headers, in one place: next.config.ts sends them on every response, and the proxy
// gives admin pages a per-request nonce.

const common = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
  "X-Frame-Options": "DENY",
};

const base = [
  "default-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * Public pages are static and cached by the proxy and shared by every instance, so their inline
 * scripts (Next's bootstrap and RSC payload) cannot carry a per-request nonce, and their hashes
 * change with every re-render (docs/platform.md). 'unsafe-inline' is allowed for scripts there, with
 * everything else locked to this origin: no third-party script can load, and the pages render
 * no user HTML (Markdown is sanitized, JSON-LD escaped).
 */
export const publicCsp = ["script-src 'self' 'unsafe-inline'", ...base].join("; ");

/** Admin pages are dynamic: a nonce per request and 'strict-dynamic'. */
export const adminCsp = (nonce: string) =>
  [`script-src 'nonce-${nonce}' 'strict-dynamic'`, ...base].join("; ");

export const securityHeaders = Object.entries(common).map(([key, value]) => ({ key, value }));
