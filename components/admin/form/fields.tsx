"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState, type ReactNode } from "react";
import { useForm, type FieldInfo } from "./ActionForm";
import { useErrorText } from "./error-text";

export const inputClass =
  "block w-full max-w-xl rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:outline-red-700 dark:bg-slate-900 dark:text-slate-100";

/** Registers a field with its form and returns what it shows: its id, value and errors. */
export function useField(name: string, info: FieldInfo) {
  const form = useForm();
  const errorText = useErrorText();
  const { register } = form;
  const { label, secret, maxLength } = info;
  // Options are rebuilt on every render: registered again only when they say something else.
  const optionsKey = info.options ? JSON.stringify(info.options) : "";
  useEffect(() => {
    const options = optionsKey ? (JSON.parse(optionsKey) as FieldInfo["options"]) : undefined;
    return register(name, { label, secret, maxLength, options });
  }, [register, name, label, secret, maxLength, optionsKey]);
  const value = form.values[name];
  const keys = form.errorsOf(name);
  const count = typeof value === "string" ? value.length : 0;
  const errors = keys.map((key) => errorText(key, { max: maxLength, count }));
  return {
    id: `${form.formId}-${name}`,
    value,
    errors,
    setValue: (v: string | string[]) => form.setValue(name, v),
  };
}

function FieldError({ id, errors }: { id: string; errors: string[] }) {
  const t = useTranslations("Errors");
  if (!errors.length) return null;
  return (
    <p id={id} className="mb-1 font-medium text-red-800 dark:text-red-300">
      <span className="sr-only">{t("prefix")} </span>
      {errors.join(" ")}
    </p>
  );
}

/** The field's frame: label, hint, error, the control, then what comes after it (a counter). */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
  after,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors: string[];
  children: ReactNode;
  after?: ReactNode;
}) {
  return (
    <div data-field className={errors.length ? "border-l-4 border-red-700 pl-3" : undefined}>
      <label htmlFor={id} className="mb-1 block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600 dark:text-slate-300">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
      {children}
      {after}
    </div>
  );
}

/** The ids that describe a control: its hint, its error and its counter, when present. */
export const describedBy = (id: string, parts: { hint?: unknown; errors: string[]; count?: boolean }) =>
  [
    parts.hint ? `${id}-hint` : null,
    parts.errors.length ? `${id}-error` : null,
    parts.count ? `${id}-count` : null,
  ]
    .filter(Boolean)
    .join(" ") || undefined;

/**
 * The characters typed against the limit, like GOV.UK's character count: always visible, and
 * read out a moment after typing stops once the limit is near. There is deliberately no
 * `maxlength`: it would cut pasted text silently, and the editor would lose its end.
 */
export function CharacterCount({ id, count, max }: { id: string; count: number; max: number }) {
  const t = useTranslations("Form");
  const over = count - max;
  const text = over > 0 ? t("countOver", { over, max }) : t("count", { count, max });
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(count >= max * 0.9 ? text : ""), 1000);
    return () => clearTimeout(timer);
  }, [count, max, text]);
  return (
    <>
      <p
        id={`${id}-count`}
        className={
          over > 0
            ? "mt-1 text-sm font-semibold text-red-800 dark:text-red-300"
            : "mt-1 text-sm text-slate-600 dark:text-slate-300"
        }
      >
        {text}
      </p>
      <p className="sr-only" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}

export function TextField({
  name,
  label,
  type = "text",
  hint,
  autoComplete,
  required,
  multiline,
  rows = 4,
  step,
  min,
  maxLength,
  lang,
  inputMode,
}: {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "url" | "datetime-local" | "number";
  /** The on-screen keyboard to offer (digits for a one-time code). */
  inputMode?: "numeric" | "text";
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  step?: number;
  min?: string;
  /** The server's limit: shown with a live count, and named in the "too long" message. */
  maxLength?: number;
  lang?: string;
}) {
  const { id, value, errors, setValue } = useField(name, { label, maxLength, secret: type === "password" });
  const text = typeof value === "string" ? value : "";
  const invalid = errors.length > 0 || (maxLength !== undefined && text.length > maxLength);
  const props = {
    id,
    name,
    value: text,
    onChange: (event: { target: { value: string } }) => setValue(event.target.value),
    "aria-invalid": invalid,
    "aria-describedby": describedBy(id, { hint, errors, count: maxLength !== undefined }),
    required,
    lang,
    className: inputClass,
  };
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      after={maxLength !== undefined && <CharacterCount id={id} count={text.length} max={maxLength} />}
    >
      {multiline ? (
        <textarea {...props} rows={rows} />
      ) : (
        <input
          {...props}
          type={type}
          autoComplete={autoComplete}
          step={step}
          min={min}
          inputMode={inputMode}
        />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

export function SelectField({ name, label, options }: { name: string; label: string; options: Option[] }) {
  const { id, value, errors, setValue } = useField(name, { label, options });
  return (
    <Field id={id} label={label} errors={errors}>
      <select
        id={id}
        name={name}
        value={typeof value === "string" ? value : (options[0]?.value ?? "")}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, { errors })}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: Option[];
}) {
  const { id, value, errors, setValue } = useField(name, { label: legend, options });
  const checked = Array.isArray(value) ? value : value ? [value] : [];
  const groupId = useId();
  return (
    <fieldset
      id={id}
      data-field
      tabIndex={-1}
      aria-describedby={describedBy(id, { hint, errors })}
      aria-invalid={errors.length > 0 || undefined}
    >
      <legend className="mb-1 font-medium">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600 dark:text-slate-300">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2" htmlFor={`${groupId}-${o.value}`}>
            <input
              id={`${groupId}-${o.value}`}
              type="checkbox"
              name={name}
              value={o.value}
              checked={checked.includes(o.value)}
              onChange={(event) =>
                setValue(event.target.checked ? [...checked, o.value] : checked.filter((v) => v !== o.value))
              }
              className="h-5 w-5"
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One checkbox; its value is "on" when ticked, as the browser sends it. */
export function Checkbox({ name, label, value = "on" }: { name: string; label: string; value?: string }) {
  const t = useTranslations("Form");
  const {
    id,
    value: current,
    errors,
    setValue,
  } = useField(name, {
    label,
    options: [
      { value, label: t("yes") },
      { value: "", label: t("no") },
    ],
  });
  return (
    <div data-field>
      <FieldError id={`${id}-error`} errors={errors} />
      <label className="flex items-center gap-2" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={name}
          value={value}
          checked={current === value}
          onChange={(event) => setValue(event.target.checked ? value : "")}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={describedBy(id, { errors })}
          className="h-5 w-5"
        />
        {label}
      </label>
    </div>
  );
}

export function HiddenField({ name, value }: { name: string; value: string }) {
  return <input type="hidden" name={name} value={value} />;
}
