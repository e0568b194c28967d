import type { ActionResult } from "./pipeline";

/** What a form shows after a submit: the result and the values to put back into the fields. */
export interface FormState<T = unknown> {
  result: ActionResult<T> | null;
  values: Record<string, string | string[]>;
  /** Changes on every submit, so the fields re-mount with the returned values. */
  submittedAt: number;
}

export const initialFormState: FormState = { result: null, values: {}, submittedAt: 0 };

const secretFields = /password|current|next|confirm/i;

export function toFormState<T>(result: ActionResult<T>, formData: FormData): FormState<T> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || secretFields.test(key)) continue;
    // A file cannot be put back into its input (browsers forbid it): only text is kept.
    const all = formData.getAll(key).filter((v) => typeof v === "string");
    if (!all.length) continue;
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return { result, values, submittedAt: Date.now() };
}
