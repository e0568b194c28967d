import type { Locale } from "@/lib/i18n/routing";
import { xml } from "@/lib/seo/xml";

/**
 * A small, self-contained HTML answer for errors that must carry their own status (429, 503):
 * translated, readable without JavaScript or styles, never cached, never indexed.
 */
export function errorPage(o: {
  status: number;
  locale: Locale;
  title: string;
  message: string;
  link: { href: string; label: string };
  retryAfter?: number;
}): Response {
  const body = `<!doctype html><html lang="${o.locale}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${xml(o.title)}</title></head><body><main><h1>${xml(o.title)}</h1><p role="alert">${xml(o.message)}</p><p><a href="${xml(o.link.href)}">${xml(o.link.label)}</a></p></main></body></html>`;
  return new Response(body, {
    status: o.status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      ...(o.retryAfter ? { "Retry-After": String(o.retryAfter) } : {}),
    },
  });
}
