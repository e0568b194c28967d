import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/access";
import { actorFromHeaders } from "@/lib/auth/session";
import { AppError, type ErrorCode } from "@/lib/errors";

export type FieldErrors = Record<string, string[]>;

/** What every server action returns: success with data, or an error code with field errors. */
export type ActionResult<T = unknown> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; fieldErrors?: FieldErrors; detail?: unknown };

export interface ActionDefinition<S extends z.ZodType = z.ZodType, T = unknown> {
  name: string;
  /** Coarse permission, checked before the input is read. */
  allowed: (actor: Actor) => boolean;
  schema: S;
  /** Fine permission on the validated input (e.g. the locale being edited). */
  allowedFor?: (actor: Actor, input: z.output<S>) => boolean;
  /** Multi-valued form fields (checkboxes) read with getAll. */
  arrayFields?: string[];
  run: (ctx: { actor: Actor; input: z.output<S>; headers: Headers }) => Promise<T>;
}

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
): Promise<ActionResult<T>> {
  const actor = await actorFromHeaders(requestHeaders);
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  if (!definition.allowed(actor)) return { ok: false, code: "FORBIDDEN" };
  const parsed = definition.schema.safeParse(formToObject(raw, definition.arrayFields));
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: fieldErrorsOf(parsed.error) };
  if (definition.allowedFor && !definition.allowedFor(actor, parsed.data))
    return { ok: false, code: "FORBIDDEN" };
  try {
    return { ok: true, data: await definition.run({ actor, input: parsed.data, headers: requestHeaders }) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, detail: error.detail };
    throw error;
  }
}
