// Guards this process's HTTP server (TRACE, a duplicated header: lib/http/node-guard.ts), then
// starts the in-app scheduler: every few seconds this instance asks its own /api/jobs/run to run
// the jobs that are due (publish or archive at a planned time). No external cron is needed, and
// with several instances each job still runs once (SKIP LOCKED in lib/actions/schedule.ts).
// SCHEDULER_INTERVAL_MS sets the period (default 5000); 0 turns the scheduler off.

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  (await import("./lib/http/node-guard")).guardNodeServer();
  const interval = Number(process.env.SCHEDULER_INTERVAL_MS ?? 5000);
  if (!(interval > 0)) return;
  const { jobsToken, JOBS_TOKEN_HEADER } = await import("./lib/jobs/token");
  const { log } = await import("./lib/log");
  const token = jobsToken();
  let running = false;
  let reported = false;
  const tick = async () => {
    // process.env.PORT is set by `next start` once it listens.
    if (running || !process.env.PORT) return;
    running = true;
    try {
      const origin = process.env.INTERNAL_ORIGIN ?? `http://127.0.0.1:${process.env.PORT}`;
      const response = await fetch(`${origin}/api/jobs/run`, {
        method: "POST",
        headers: { [JOBS_TOKEN_HEADER]: token },
        signal: AbortSignal.timeout(60_000),
      });
      if (!response.ok && !reported) {
        reported = true;
        log.error({ status: response.status }, "scheduler: /api/jobs/run refused the call");
      }
    } catch (error) {
      if (!reported) {
        reported = true;
        log.error({ err: error }, "scheduler: could not reach /api/jobs/run");
      }
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), interval).unref();
}
