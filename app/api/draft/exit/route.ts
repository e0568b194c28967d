import { draftMode } from "next/headers";
import { locales } from "@/lib/i18n/routing";

/** Leaves draft mode and returns to the public page (only paths of this site). */
export async function GET(request: Request) {
  (await draftMode()).disable();
  const to = new URL(request.url).searchParams.get("to") ?? "/";
  const safe = new RegExp(`^/(${locales.join("|")})(/[\\w\\-/%]*)?$`).test(to) ? to : "/";
  return new Response(null, { status: 303, headers: { Location: safe, "Cache-Control": "no-store" } });
}
