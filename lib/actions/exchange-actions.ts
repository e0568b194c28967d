"use server";
// The server action of the translation exchange (lib/actions/exchange.ts), through the pipeline.
import { importXliff } from "./exchange";
import type { FormState } from "./form-state";
import type { ActionDefinition } from "./pipeline";
import { submitForm } from "./submit";

export async function importXliffAction(_state: FormState, formData: FormData) {
  return submitForm(importXliff as ActionDefinition, formData);
}
