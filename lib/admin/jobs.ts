import "server-only";
import type { ContentType } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/routing";

const RECENT_FAILURES_MS = 7 * 86_400_000;

/** The planned jobs of one translation, and those that failed this past week, with who planned them. */
export async function readJobsOf(type: ContentType, id: string, locale: Locale) {
  const jobs = await db.scheduledJob.findMany({
    where: {
      entityType: type,
      entityId: id,
      locale,
      OR: [
        { status: "pending" },
        { status: "failed", doneAt: { gt: new Date(Date.now() - RECENT_FAILURES_MS) } },
      ],
    },
    orderBy: { runAt: "asc" },
  });
  return withCreators(jobs);
}

/** Every job still waiting, soonest first (the dashboard). */
export async function readPendingJobs(limit = 20) {
  return withCreators(
    await db.scheduledJob.findMany({ where: { status: "pending" }, orderBy: { runAt: "asc" }, take: limit }),
  );
}

async function withCreators<J extends { createdById: string | null }>(jobs: J[]) {
  const ids = [...new Set(jobs.map((j) => j.createdById).filter((x): x is string => !!x))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return jobs.map((job) => ({
    ...job,
    createdByName: (job.createdById && names.get(job.createdById)) || null,
  }));
}
