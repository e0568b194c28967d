import { recordPresence } from "@/lib/actions/presence";
import { runAction } from "@/lib/actions/pipeline";
import { statusOf } from "@/lib/errors";
import { readForm } from "@/lib/http/body";
import { isSameOrigin } from "@/lib/http/origin";

/**
 * Heartbeats and leave beacons of an open translation (components/admin/PresenceHeartbeat.tsx),
 * through the action pipeline: session, role for that language, zod, transaction.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response("Cross-origin request refused", { status: 403 });
  const form = await readForm(request, 2 * 1024);
  if (!form) return new Response("Request body too large", { status: 413 });
  const result = await runAction(recordPresence, form, request.headers);
  return new Response(null, {
    status: result.ok ? 204 : statusOf(result.code),
    headers: { "Cache-Control": "no-store" },
  });
}
