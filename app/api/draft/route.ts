import { draftMode } from "next/headers";
import { canEdit, canPreview } from "@/lib/auth/access";
import { actorFromHeaders } from "@/lib/auth/session";
import { publicPath } from "@/lib/content/public-path";
import { readForm } from "@/lib/http/body";
import { isSameOrigin } from "@/lib/http/origin";
import { parseOptions, problem } from "@/lib/http/problem";
import { contentTypeSchema, localeSchema } from "@/lib/validation/content";
import { z } from "zod";

const schema = z.object({ type: contentTypeSchema, id: z.string().min(1).max(64), locale: localeSchema });

/** Turns on draft mode for an editor and opens the public page of the item being edited. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return problem(request, "FORBIDDEN", { detail: "crossOrigin" });
  const actor = await actorFromHeaders(request.headers);
  if (!actor) return problem(request, "UNAUTHENTICATED");
  if (actor.mustEnrolTwoFactor) return problem(request, "FORBIDDEN", { detail: "twoFactorRequired" });
  const form = await readForm(request, 4 * 1024);
  if (!form) return problem(request, "PAYLOAD_TOO_LARGE");
  const parsed = schema.safeParse(Object.fromEntries(form), parseOptions(request));
  if (!parsed.success)
    return problem(request, "BAD_REQUEST", { detail: "invalidParameters", fields: parsed.error });
  if (!canPreview(actor) || !canEdit(actor, parsed.data.locale)) return problem(request, "FORBIDDEN");
  const path = await publicPath(parsed.data.type, parsed.data.id, parsed.data.locale);
  if (!path) return problem(request, "NOT_FOUND", { detail: "noPublicPage" });
  (await draftMode()).enable();
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}
