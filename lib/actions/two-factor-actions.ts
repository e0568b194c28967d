"use server";
// The server actions of two-step sign-in (the own account, an admin's reset, the role policy).
import type { FormState } from "./form-state";
import type { ActionDefinition } from "./pipeline";
import { submitForm as submit } from "./submit";
import {
  confirmTwoFactor,
  disableTwoFactor,
  resetUserTwoFactor,
  setTwoFactorPolicy,
  startTwoFactor,
} from "./two-factor";

export async function startTwoFactorAction(_state: FormState, formData: FormData) {
  return submit(startTwoFactor as ActionDefinition, formData);
}

export async function confirmTwoFactorAction(_state: FormState, formData: FormData) {
  return submit(confirmTwoFactor as ActionDefinition, formData);
}

export async function disableTwoFactorAction(_state: FormState, formData: FormData) {
  return submit(disableTwoFactor as ActionDefinition, formData);
}

export async function resetUserTwoFactorAction(_state: FormState, formData: FormData) {
  return submit(resetUserTwoFactor as ActionDefinition, formData);
}

export async function setTwoFactorPolicyAction(_state: FormState, formData: FormData) {
  return submit(setTwoFactorPolicy as ActionDefinition, formData);
}
