"use client";

import { createContext, useActionState, useContext, useId, type ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

interface FormContext {
  state: FormState;
  errorText: (key: string) => string;
  pending: boolean;
}

const Context = createContext<FormContext | null>(null);

function useForm() {
  const context = useContext(Context);
  if (!context) throw new Error("Field outside ActionForm");
  return context;
}

export interface FormMessages {
  summary: string;
  prefix: string;
  /** Translated texts of error codes and field-error keys (the Errors namespace). */
  errors: Record<string, string>;
}

/**
 * A form bound to a server action: an error summary that links to each field, errors next to
 * the fields, the submitted values kept, and a success message. Works without JavaScript too.
 */
export function ActionForm({
  action,
  initial,
  messages,
  success,
  children,
  labelledBy,
  errorDetail,
}: {
  action: Action;
  initial: FormState;
  messages: FormMessages;
  /** Shown when the action succeeded; receives the action's data. */
  success?: (data: unknown) => ReactNode;
  children: ReactNode;
  labelledBy?: string;
  /** Extra information under the error summary, e.g. what someone else saved in a conflict. */
  errorDetail?: (detail: unknown, values: FormState["values"]) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const errorText = (key: string) => messages.errors[key] ?? messages.errors.invalidValue ?? key;
  const result = state.result;
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return (
    <Context.Provider value={{ state, errorText, pending }}>
      <form action={formAction} className="space-y-5" aria-labelledby={labelledBy} noValidate>
        {result && !result.ok && (
          <div
            role="alert"
            tabIndex={-1}
            className="border-l-4 border-red-700 bg-red-50 p-4 text-red-950 dark:bg-slate-900 dark:text-red-100"
          >
            <h2 className="mb-2 text-lg font-semibold">{messages.summary}</h2>
            <p>{errorText(result.code)}</p>
            {Object.keys(fieldErrors).length > 0 && (
              <ul className="mt-2 list-disc pl-5">
                {Object.entries(fieldErrors).map(([field, keys]) => (
                  <li key={field}>
                    <a href={`#field-${field}`}>{keys.map(errorText).join(" ")}</a>
                  </li>
                ))}
              </ul>
            )}
            {errorDetail && result.detail !== undefined && errorDetail(result.detail, state.values)}
          </div>
        )}
        {result?.ok && success && (
          <div
            role="status"
            className="border-l-4 border-green-700 bg-green-50 p-4 text-green-950 dark:bg-slate-900 dark:text-green-100"
          >
            {success(result.data)}
          </div>
        )}
        <div key={state.submittedAt} className="space-y-5">
          {children}
        </div>
      </form>
    </Context.Provider>
  );
}

function useField(name: string) {
  const { state, errorText } = useForm();
  const result = state.result;
  const errors = result && !result.ok ? (result.fieldErrors?.[name] ?? []) : [];
  const value = state.values[name];
  return { errors: errors.map(errorText), value };
}

const inputClass =
  "block w-full max-w-xl rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 dark:bg-slate-900 dark:text-slate-100";

function FieldError({ id, errors }: { id: string; errors: string[] }) {
  if (!errors.length) return null;
  return (
    <p id={id} className="mb-1 font-medium text-red-800 dark:text-red-300">
      {errors.join(" ")}
    </p>
  );
}

export function TextField({
  name,
  label,
  type = "text",
  defaultValue = "",
  hint,
  autoComplete,
  required,
  multiline,
  rows = 4,
  step,
  min,
}: {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "url" | "datetime-local" | "number";
  step?: number;
  min?: string;
  defaultValue?: string;
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
}) {
  const { errors, value } = useField(name);
  const id = `field-${name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, errors.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  const current = typeof value === "string" ? value : defaultValue;
  const props = {
    id,
    name,
    "aria-invalid": errors.length > 0,
    "aria-describedby": describedBy,
    required,
    className: inputClass,
  };
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-slate-600 dark:text-slate-300">
          {hint}
        </p>
      )}
      <FieldError id={errorId} errors={errors} />
      {multiline ? (
        <textarea {...props} rows={rows} defaultValue={current} />
      ) : (
        <input
          {...props}
          type={type}
          defaultValue={type === "password" ? undefined : current}
          autoComplete={autoComplete}
          step={step}
          min={min}
        />
      )}
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
}) {
  const { errors, value } = useField(name);
  const id = `field-${name}`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      <FieldError id={errorId} errors={errors} />
      <select
        id={id}
        name={name}
        defaultValue={typeof value === "string" ? value : defaultValue}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length ? errorId : undefined}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  defaultValue = [],
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string; lang?: string }[];
  defaultValue?: string[];
}) {
  const { errors, value } = useField(name);
  const { state } = useForm();
  const id = `field-${name}`;
  const checked = state.submittedAt ? (Array.isArray(value) ? value : value ? [value] : []) : defaultValue;
  const hintId = `${id}-hint`;
  const groupId = useId();
  return (
    <fieldset id={id} aria-describedby={hint ? hintId : undefined}>
      <legend className="mb-1 font-medium">{legend}</legend>
      {hint && (
        <p id={hintId} className="mb-1 text-sm text-slate-600 dark:text-slate-300">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
      <div className="flex flex-wrap gap-4">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2" htmlFor={`${groupId}-${o.value}`}>
            <input
              id={`${groupId}-${o.value}`}
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="h-5 w-5"
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SubmitButton({
  children,
  name,
  value,
  variant = "primary",
}: {
  children: ReactNode;
  name?: string;
  value?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useForm();
  const styles = {
    primary: "bg-brand-700 text-white hover:bg-brand-800 border-brand-700",
    secondary:
      "bg-white text-brand-800 hover:bg-brand-50 border-brand-700 dark:bg-slate-900 dark:text-brand-100",
    danger: "bg-red-700 text-white hover:bg-red-800 border-red-700",
  };
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      className={`inline-flex items-center rounded-md border-2 px-4 py-2 font-medium disabled:opacity-60 ${styles[variant]}`}
    >
      {children}
    </button>
  );
}

export function HiddenField({ name, value }: { name: string; value: string }) {
  return <input type="hidden" name={name} value={value} />;
}
