import "server-only";
import { revalidateTag } from "next/cache";
import { z } from "zod";
import type { Actor } from "@/lib/auth/access";
import { hit } from "@/lib/auth/rate-limit";
import { actorFromHeaders } from "@/lib/auth/session";
import { refreshAtEdge } from "@/lib/cache/edge";
import type { ContentType } from "@/lib/cache-tags";
import { AppError, type ErrorCode } from "@/lib/errors";
import { requestLog } from "@/lib/log";
import { sendQueuedMail } from "@/lib/mail/outbox";

export type FieldErrors = Record<string, string[]>;

/** What every server action returns: success with data, or an error code with field errors. */
export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      /** A more precise message than the code's (a key of the Errors namespace), e.g. "emailTaken". */
      message?: string;
      fieldErrors?: FieldErrors;
      detail?: unknown;
    };

export interface ActionDefinition<S extends z.ZodType = z.ZodType, T = unknown> {
  name: string;
  /** Coarse permission, checked before the input is read. */
  allowed: (actor: Actor) => boolean;
  schema: S;
  /** Fine permission on the validated input (e.g. the locale being edited). */
  allowedFor?: (actor: Actor, input: z.output<S>) => boolean;
  /** Multi-valued form fields (checkboxes) read with getAll. */
  arrayFields?: string[];
  /** Open to someone who must still set up two-step sign-in (the account page's own actions). */
  beforeTwoFactor?: boolean;
  run: (ctx: ActionContext<z.output<S>>) => Promise<T>;
}

export interface ActionContext<I> {
  actor: Actor;
  input: I;
  headers: Headers;
  /** Cache tags to revalidate once the transaction has committed (lib/cache-tags.ts). */
  touch: (...tags: string[]) => void;
  /** An entity whose public pages changed: fetched again at the caching proxy (lib/cache/edge.ts). */
  changed: (type: ContentType, id: string) => void;
}

/**
 * Writes per person and minute, across every instance: far above what someone typing can do, low
 * enough to stop a runaway script or a stuck key from filling the history.
 */
const WRITE_LIMIT = { perMinute: Number(process.env.ACTION_RATE_LIMIT ?? 240) };

/** Revalidates for the next request (not stale-while-revalidate): publish is live at once. */
const revalidateNow = (tags: string[]) => {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
};

/** Every action, for the test that checks each one's session and role handling. */
export const actionRegistry: ActionDefinition[] = [];

export function defineAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
): ActionDefinition<S, T> {
  actionRegistry.push(definition as unknown as ActionDefinition);
  return definition;
}

export function formToObject(input: FormData | Record<string, unknown>, arrayFields: string[] = []) {
  if (!(input instanceof FormData)) return input;
  const object: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue;
    object[key] = arrayFields.includes(key) ? input.getAll(key) : input.get(key);
  }
  for (const key of arrayFields) object[key] ??= [];
  return object;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * The one pipeline of every write: session → named access predicate → zod → the action's
 * transaction (which checks versions) → typed result. Revalidation happens inside `run`, after
 * the transaction commits.
 */
export async function runAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  raw: FormData | Record<string, unknown>,
  requestHeaders: Headers,
  invalidate: (tags: string[]) => void = revalidateNow,
): Promise<ActionResult<T>> {
  const started = performance.now();
  const logger = requestLog(requestHeaders).child({ action: definition.name });
  // One line per action: who (an id, never a name or address), what, how it ended, how long.
  const done = <R extends ActionResult<T>>(result: R, actorId?: string): R => {
    logger.info(
      { actorId, outcome: result.ok ? "ok" : result.code, ms: Math.round(performance.now() - started) },
      "action",
    );
    return result;
  };
  const actor = await actorFromHeaders(requestHeaders);
  if (!actor) return done({ ok: false, code: "UNAUTHENTICATED" });
  if (!definition.allowed(actor)) return done({ ok: false, code: "FORBIDDEN" }, actor.id);
  if (actor.mustEnrolTwoFactor && !definition.beforeTwoFactor)
    return done({ ok: false, code: "FORBIDDEN", message: "twoFactorRequired" }, actor.id);
  const limit = await hit(`action:${actor.id}`, WRITE_LIMIT.perMinute, 60);
  if (!limit.allowed) {
    return done({ ok: false, code: "RATE_LIMITED", detail: { retryAfter: limit.retryAfter } }, actor.id);
  }
  const parsed = definition.schema.safeParse(formToObject(raw, definition.arrayFields));
  if (!parsed.success)
    return done({ ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) }, actor.id);
  if (definition.allowedFor && !definition.allowedFor(actor, parsed.data))
    return done({ ok: false, code: "FORBIDDEN" }, actor.id);
  const touched = new Set<string>();
  const changed: { type: ContentType; id: string }[] = [];
  try {
    const data = await definition.run({
      actor,
      input: parsed.data,
      headers: requestHeaders,
      touch: (...tags) => tags.forEach((tag) => touched.add(tag)),
      changed: (type, id) => changed.push({ type, id }),
    });
    if (touched.size) invalidate([...touched]);
    refreshAtEdge(changed);
    // The mails the committed transaction wrote into the outbox go out now, without waiting.
    sendQueuedMail();
    return done({ ok: true, data }, actor.id);
  } catch (error) {
    if (error instanceof AppError) {
      return done(
        {
          ok: false,
          code: error.code,
          ...(error.message !== error.code ? { message: error.message } : {}),
          detail: error.detail,
          fieldErrors: error.fieldErrors,
        },
        actor.id,
      );
    }
    logger.error({ actorId: actor.id, err: error }, "action failed");
    throw error;
  }
}
