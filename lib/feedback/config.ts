/** How long what readers send is kept before the scheduler deletes it (told on the privacy page). */
export const RETENTION_MONTHS = 12;

/** Longest texts a reader may send: a contact message, a comment on a page, a page address. */
export const FEEDBACK_LIMITS = { message: 5000, comment: 2000, pageUrl: 500, email: 254 } as const;

/** The window of the per-client counter for everything readers send. */
export const FEEDBACK_WINDOW_SECONDS = 10 * 60;

/**
 * Submissions (messages, answers, comments) per client in a window (FEEDBACK_RATE_LIMIT, default
 * 10). Without a trusted proxy every reader shares one bucket, which gets ten times the room.
 */
export function feedbackRateLimit(sharedBucket: boolean): number {
  const value = Number(process.env.FEEDBACK_RATE_LIMIT ?? 10);
  const limit = Number.isFinite(value) && value > 0 ? value : 10;
  return sharedBucket ? limit * 10 : limit;
}

/**
 * Answers to "Was this page useful?" about one page per client in a window: a person answers a
 * page once, perhaps twice after changing their mind; a burst of answers must not skew a page's
 * counts. Without a trusted proxy (one shared bucket) a page takes ten times as many.
 */
export function pageAnswerLimit(sharedBucket: boolean): number {
  return sharedBucket ? 20 : 2;
}

/**
 * The fewest seconds between showing a form and sending it (FEEDBACK_MIN_SECONDS, default 2): a
 * person needs longer to write anything, a spam robot posts at once.
 */
export function minimumSeconds(): number {
  const value = Number(process.env.FEEDBACK_MIN_SECONDS ?? 2);
  return Number.isFinite(value) && value >= 0 ? value : 2;
}

/** A form older than this is refused as expired (its text is given back with a fresh form). */
export const FORM_LIFETIME_SECONDS = 24 * 60 * 60;
