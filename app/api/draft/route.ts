import { draftMode } from "next/headers";
import { canEdit, canPreview } from "@/lib/auth/access";
import { actorFromHeaders } from "@/lib/auth/session";
import { publicPath } from "@/lib/content/public-path";
import { readForm } from "@/lib/http/body";
import { isSameOrigin } from "@/lib/http/origin";
import { contentTypeSchema, localeSchema } from "@/lib/validation/content";
import { z } from "zod";

const schema = z.object({ type: contentTypeSchema, id: z.string().min(1).max(64), locale: localeSchema });

/** Turns on draft mode for an editor and opens the public page of the item being edited. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response("Cross-origin request refused", { status: 403 });
  const actor = await actorFromHeaders(request.headers);
  if (!actor) return new Response("Sign in first", { status: 401 });
  const form = await readForm(request, 4 * 1024);
  const parsed = schema.safeParse(form ? Object.fromEntries(form) : {});
  if (!parsed.success) return new Response("Invalid parameters", { status: 400 });
  if (!canPreview(actor) || !canEdit(actor, parsed.data.locale))
    return new Response("Forbidden", { status: 403 });
  const path = await publicPath(parsed.data.type, parsed.data.id, parsed.data.locale);
  if (!path) return new Response("This item has no page yet", { status: 404 });
  (await draftMode()).enable();
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}
