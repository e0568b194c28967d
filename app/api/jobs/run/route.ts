import { revalidateTag } from "next/cache";
import { isAdmin } from "@/lib/auth/access";
import { actorFromHeaders } from "@/lib/auth/session";
import { runDueJobs } from "@/lib/actions/schedule";
import { purgeExpiredTrashIfDue } from "@/lib/actions/trash";
import { refreshAtEdge } from "@/lib/cache/edge";
import { purgeExpiredFeedbackIfDue } from "@/lib/feedback/retention";
import { isSameOrigin } from "@/lib/http/origin";
import { problem } from "@/lib/http/problem";
import { hasJobsToken } from "@/lib/jobs/token";
import { drainOutbox } from "@/lib/mail/outbox";

export const dynamic = "force-dynamic";

/**
 * Runs the scheduled jobs that are due, the hourly purges of expired reader feedback and of the
 * trash, and the notification e-mails still to send. Called every few seconds by this instance's own timer
 * (instrumentation.ts, with the process's token), or by an admin. Safe to call from every
 * instance at once: each job runs once (lib/actions/schedule.ts). Revalidation happens here,
 * inside a Next request, where revalidateTag works.
 */
export async function POST(request: Request) {
  if (!hasJobsToken(request)) {
    if (!isSameOrigin(request)) return problem(request, "FORBIDDEN", { detail: "crossOrigin" });
    const actor = await actorFromHeaders(request.headers);
    if (!actor) return problem(request, "UNAUTHENTICATED");
    if (actor.mustEnrolTwoFactor) return problem(request, "FORBIDDEN", { detail: "twoFactorRequired" });
    if (!isAdmin(actor)) return problem(request, "FORBIDDEN");
  }
  const outcomes = await runDueJobs((tags) => {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  });
  // Like a publish in the editor: the caching proxy fetches the entity's pages again at once.
  refreshAtEdge(outcomes.filter((o) => o.status === "done").map((o) => ({ type: o.type, id: o.entityId })));
  // What readers sent is kept for a fixed period (lib/feedback/retention.ts), checked hourly.
  const purged = await purgeExpiredFeedbackIfDue();
  // Deleted items stay restorable for TRASH_DAYS (lib/actions/trash.ts), checked hourly too.
  const trashPurged = await purgeExpiredTrashIfDue();
  // Notification e-mails not sent yet: after a restart, or while the SMTP server was down.
  const mail = await drainOutbox();
  return Response.json(
    { ran: outcomes, purged, trashPurged, mail },
    { headers: { "Cache-Control": "no-store" } },
  );
}
