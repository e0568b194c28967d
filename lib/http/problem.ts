import type { ZodError } from "zod";

/** Problem types of the open-data API; each documented at its URI in the API docs. */
const titles: Record<number, string> = {
  400: "Invalid parameters",
  404: "Not found",
  406: "Not acceptable",
  413: "Request body too large",
  429: "Too many requests",
  500: "Internal error",
  503: "Service unavailable",
};

export interface ProblemField {
  name: string;
  reason: string;
}

/** The invalid parameters of a failed zod parse, for a problem body. */
export function fieldsOf(error: ZodError): ProblemField[] {
  return error.issues.map((issue) => ({
    name: issue.path.length
      ? issue.path.join(".")
      : ((issue as { keys?: string[] }).keys?.join(", ") ?? "(query)"),
    reason: issue.message,
  }));
}

/** An RFC 9457 problem-details response (application/problem+json). */
export function problem(
  request: Request,
  status: number,
  detail: string,
  error?: ZodError,
  headers: Record<string, string> = {},
): Response {
  const body = {
    type: "about:blank",
    title: titles[status] ?? "Error",
    status,
    detail,
    instance: new URL(request.url).pathname,
    ...(error ? { errors: fieldsOf(error) } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}
