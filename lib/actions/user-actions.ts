"use server";
// The server actions of user management and the own account; each runs the full pipeline.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { toFormState, type FormState } from "./form-state";
import { runAction, type ActionDefinition } from "./pipeline";
import {
  changeOwnPassword,
  createUser,
  resetUserPassword,
  setUiLocale,
  setUserActive,
  updateUser,
} from "./users";

/** Runs the action and, when it changed something, re-renders the admin page it came from. */
async function submit(definition: ActionDefinition, formData: FormData) {
  const result = await runAction(definition, formData, await headers());
  if (result.ok) revalidatePath("/admin", "layout");
  return toFormState(result, formData);
}

export async function createUserAction(_state: FormState, formData: FormData) {
  return submit(createUser as ActionDefinition, formData);
}

export async function updateUserAction(_state: FormState, formData: FormData) {
  return submit(updateUser as ActionDefinition, formData);
}

export async function setUserActiveAction(_state: FormState, formData: FormData) {
  return submit(setUserActive as ActionDefinition, formData);
}

export async function resetUserPasswordAction(_state: FormState, formData: FormData) {
  return submit(resetUserPassword as ActionDefinition, formData);
}

export async function changeOwnPasswordAction(_state: FormState, formData: FormData) {
  return submit(changeOwnPassword as ActionDefinition, formData);
}

export async function setUiLocaleAction(_state: FormState, formData: FormData) {
  return submit(setUiLocale as ActionDefinition, formData);
}
