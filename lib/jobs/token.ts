import { randomBytes, timingSafeEqual } from "node:crypto";

/** Header with which the app's own scheduler (instrumentation.ts) calls /api/jobs/run. */
export const JOBS_TOKEN_HEADER = "x-portal-jobs-token";

/**
 * The secret shared by the scheduler timer and the route handler of this process: JOBS_TOKEN
 * when an operator sets one (to call the route from outside, e.g. a cron), else made at start.
 */
export function jobsToken(): string {
  process.env.JOBS_TOKEN ||= randomBytes(32).toString("base64url");
  return process.env.JOBS_TOKEN;
}

export function hasJobsToken(request: Request): boolean {
  const given = Buffer.from(request.headers.get(JOBS_TOKEN_HEADER) ?? "");
  const expected = Buffer.from(jobsToken());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
