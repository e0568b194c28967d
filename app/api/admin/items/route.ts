import { searchItems } from "@/lib/admin/references";
import { canLinkItems } from "@/lib/auth/access";
import { actorFromHeaders } from "@/lib/auth/session";
import { statusOf } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/routing";

const MAX_QUERY = 100;

/**
 * The items an editor's Markdown may link to, found by name or key (the link picker of
 * components/admin/form/ReferencePicker.tsx): for signed-in editors and translators only.
 */
export async function GET(request: Request) {
  const actor = await actorFromHeaders(request.headers);
  const headers = { "Cache-Control": "private, no-store" };
  if (!actor)
    return Response.json({ error: "UNAUTHENTICATED" }, { status: statusOf("UNAUTHENTICATED"), headers });
  if (!canLinkItems(actor))
    return Response.json({ error: "FORBIDDEN" }, { status: statusOf("FORBIDDEN"), headers });
  const params = new URL(request.url).searchParams;
  const query = (params.get("q") ?? "").slice(0, MAX_QUERY);
  // Names in the language of the text being edited, which the inserted link's text is written in.
  const asked = params.get("locale") ?? "";
  const locale = isLocale(asked) ? asked : actor.uiLocale;
  return Response.json({ items: await searchItems(query, locale) }, { headers });
}
