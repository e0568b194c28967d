"use client";

import { Checkbox, CheckboxGroup, SelectField, TextField, type Option } from "../form/fields";

/** One language-independent field of an item, as lib/admin/facts.ts describes it. */
export interface FactField {
  name: string;
  label: string;
  kind: "text" | "number" | "url" | "month" | "select" | "checkbox" | "checkboxes";
  options?: Option[];
}

export function FactFields({ fields }: { fields: FactField[] }) {
  return (
    <>
      {fields.map((f) =>
        f.kind === "select" ? (
          <SelectField key={f.name} name={f.name} label={f.label} options={f.options ?? []} />
        ) : f.kind === "checkboxes" ? (
          <CheckboxGroup key={f.name} name={f.name} legend={f.label} options={f.options ?? []} />
        ) : f.kind === "checkbox" ? (
          <Checkbox key={f.name} name={f.name} label={f.label} />
        ) : (
          <TextField
            key={f.name}
            name={f.name}
            label={f.label}
            type={f.kind === "number" ? "number" : f.kind === "url" ? "url" : "text"}
            hint={f.kind === "month" ? "YYYY-MM" : undefined}
          />
        ),
      )}
    </>
  );
}
