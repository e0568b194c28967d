import { auditEvent } from "@/lib/audit";
import { getAuth } from "@/lib/auth/auth";
import { actorFromHeaders } from "@/lib/auth/session";
import { isSameOrigin } from "@/lib/http/origin";
import { problem } from "@/lib/http/problem";

/** Ends the session on the server (the row is deleted) and clears the cookie. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return problem(request, "FORBIDDEN", { detail: "crossOrigin" });
  const actor = await actorFromHeaders(request.headers);
  if (!actor) return problem(request, "UNAUTHENTICATED");
  const response = await getAuth().api.signOut({ headers: request.headers, asResponse: true });
  await auditEvent(actor, "auth.sign_out", { type: "user", id: actor.id });
  const headers = new Headers({ Location: "/admin/sign-in?signedOut=1", "Cache-Control": "no-store" });
  for (const cookie of response.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}
