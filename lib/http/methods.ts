// Which request methods each address serves, and the answer to any other: 405 with Allow
// (RFC 9110), or 204 with Allow for OPTIONS. The proxy (proxy.ts) applies it to every request
// before Next sees it, and instrumentation.ts to the methods a Fetch Request cannot carry (TRACE).
// It must come first: Next stores whatever a cached route handler answers to the first request
// after a revalidation, whatever its method, as the route's content (docs/platform.md).
import { problem, type RequestInfo } from "./problem";

/** Route handlers that take a form or a command, with the methods they export (besides OPTIONS). */
export const commandRoutes: Record<string, readonly string[]> = {
  "/api/auth/sign-in": ["POST"],
  "/api/auth/sign-out": ["POST"],
  "/api/auth/two-factor": ["POST"],
  "/api/draft": ["POST"],
  "/api/jobs/run": ["POST"],
  "/api/admin/presence": ["POST"],
  // The readers' forms; a GET (the address typed, or Enter after a refused form) leads to the form.
  "/api/feedback": ["GET", "HEAD", "POST"],
  "/api/feedback/page": ["GET", "HEAD", "POST"],
  "/api/feedback/comment": ["GET", "HEAD", "POST"],
};

const reads = ["GET", "HEAD", "OPTIONS"] as const;
/** Admin pages also receive their server actions. */
const adminPages = ["GET", "HEAD", "OPTIONS", "POST"] as const;

/** The methods `pathname` serves. Everything that is not a command or the admin is read-only. */
export function allowedMethods(pathname: string): readonly string[] {
  const command = commandRoutes[pathname.replace(/\/$/, "")];
  if (command) return [...command, "OPTIONS"];
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return adminPages;
  return reads;
}

/**
 * The answer to a request whose method `pathname` does not serve, or to OPTIONS; null when the
 * request may go on to the page or route handler.
 */
export function answerMethod(request: RequestInfo & { method: string }): Response | null {
  const allowed = allowedMethods(new URL(request.url).pathname);
  const allow = allowed.join(", ");
  if (request.method === "OPTIONS") {
    return new Response(null, { status: 204, headers: { Allow: allow, "Cache-Control": "no-store" } });
  }
  if (allowed.includes(request.method)) return null;
  return problem(request, "METHOD_NOT_ALLOWED", {
    detail: "methodNotAllowed",
    values: { method: request.method, allowed: allow },
    headers: { Allow: allow },
  });
}
