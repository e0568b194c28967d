import { canUseAdmin } from "@/lib/auth/access";
import { actorFromHeaders } from "@/lib/auth/session";
import { serveMedia } from "@/lib/media/serve";

/** Every file of the library, for the admin's previews: signed-in users only, never cached publicly. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; hash: string; file: string }> },
) {
  const actor = await actorFromHeaders(request.headers);
  if (!actor) return new Response("Sign in first", { status: 401, headers: { "Cache-Control": "no-store" } });
  if (!canUseAdmin(actor))
    return new Response("Forbidden", { status: 403, headers: { "Cache-Control": "no-store" } });
  return serveMedia(await params, { publicOnly: false });
}
