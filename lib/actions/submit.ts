import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { requestLog } from "@/lib/log";
import { toFormState, type FormState } from "./form-state";
import { runAction, type ActionDefinition } from "./pipeline";

/**
 * What every form's server action does: run the pipeline with this request's headers and
 * re-render the admin page the form is on when something changed, or when someone else's change
 * refused this one (the page then shows the newer state next to the form). An unforeseen failure
 * becomes a typed answer too: the form keeps what was typed, with or without JavaScript.
 */
export async function submitForm(definition: ActionDefinition, formData: FormData): Promise<FormState> {
  const requestHeaders = await headers();
  try {
    const result = await runAction(definition, formData, requestHeaders);
    if (result.ok || result.code === "CONFLICT") revalidatePath("/admin", "layout");
    return toFormState(result, formData);
  } catch (error) {
    requestLog(requestHeaders).error({ action: definition.name, err: error }, "form action failed");
    return toFormState({ ok: false, code: "INTERNAL" }, formData);
  }
}
