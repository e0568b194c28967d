import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";
import { toActor, type Actor } from "./access";
import { requestLocale } from "./admin-locale";
import { getAuth } from "./auth";
import { twoFactorPolicy } from "./two-factor";

/** Where a user who must set up two-step sign-in is sent, whatever admin page they asked for. */
export const TWO_FACTOR_ENROL_PATH = "/admin/account";

/** The signed-in, active user behind these request headers, or null. */
export async function actorFromHeaders(requestHeaders: Headers): Promise<Actor | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const user = await db.user.findUnique({ where: { id: session.user.id } });
  if (!user || !user.active) return null;
  const actor = toActor(user);
  if (!user.twoFactorEnabled && (await twoFactorPolicy()).roles.includes(user.role))
    actor.mustEnrolTwoFactor = true;
  return actor;
}

/** The current request's user (once per request). */
export const currentActor = cache(async () => actorFromHeaders(await headers()));

/** The admin's language for this request: the signed-in user's choice, else the browser's. */
export async function currentUiLocale(): Promise<Locale> {
  const actor = await currentActor();
  return actor?.uiLocale ?? requestLocale(await headers());
}

/**
 * For admin pages, each of which calls it itself: no session → the sign-in page; two-step
 * sign-in required but not set up → the account page, to set it up; a session without the
 * permission → 403 (app/admin/forbidden.tsx).
 */
export async function requireActor(permission?: (actor: Actor) => boolean, from = "/admin"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/admin/sign-in?next=${encodeURIComponent(from)}`);
  if (actor.mustEnrolTwoFactor && from !== TWO_FACTOR_ENROL_PATH) redirect(TWO_FACTOR_ENROL_PATH);
  if (permission && !permission(actor)) forbidden();
  return actor;
}
