import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { toFormState, type FormState } from "./form-state";
import { runAction, type ActionDefinition } from "./pipeline";

/**
 * What every form's server action does: run the pipeline with this request's headers and, when
 * something changed, re-render the admin page the form is on.
 */
export async function submitForm(definition: ActionDefinition, formData: FormData): Promise<FormState> {
  const result = await runAction(definition, formData, await headers());
  if (result.ok) revalidatePath("/admin", "layout");
  return toFormState(result, formData);
}
