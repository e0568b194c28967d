"use server";
// The server actions of user management and the own account; each runs the full pipeline.
import type { FormState } from "./form-state";
import type { ActionDefinition } from "./pipeline";
import { submitForm as submit } from "./submit";
import {
  changeOwnPassword,
  createUser,
  resetUserPassword,
  setUiLocale,
  setUserActive,
  updateUser,
} from "./users";

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
