"use server";
// The server actions of the content list's bulk actions and of reordering; each runs the full
// pipeline (lib/actions/pipeline.ts).
import { bulkContent } from "./bulk";
import type { FormState } from "./form-state";
import { reorderChildren } from "./order";
import type { ActionDefinition } from "./pipeline";
import { submitForm as submit } from "./submit";

export async function bulkContentAction(_state: FormState, formData: FormData) {
  return submit(bulkContent as ActionDefinition, formData);
}

export async function reorderChildrenAction(_state: FormState, formData: FormData) {
  return submit(reorderChildren as ActionDefinition, formData);
}
