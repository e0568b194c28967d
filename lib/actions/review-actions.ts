"use server";
// The server actions of reviewing and notifications; each runs the full pipeline.
import type { FormState } from "./form-state";
import type { ActionDefinition } from "./pipeline";
import {
  assignReviewer,
  markAllNotificationsRead,
  markNotificationRead,
  setEmailNotifications,
  setReviewPolicy,
} from "./review";
import { submitForm as submit } from "./submit";

export async function setReviewPolicyAction(_state: FormState, formData: FormData) {
  return submit(setReviewPolicy as ActionDefinition, formData);
}

export async function assignReviewerAction(_state: FormState, formData: FormData) {
  return submit(assignReviewer as ActionDefinition, formData);
}

export async function markNotificationReadAction(_state: FormState, formData: FormData) {
  return submit(markNotificationRead as ActionDefinition, formData);
}

export async function markAllNotificationsReadAction(_state: FormState, formData: FormData) {
  return submit(markAllNotificationsRead as ActionDefinition, formData);
}

export async function setEmailNotificationsAction(_state: FormState, formData: FormData) {
  return submit(setEmailNotifications as ActionDefinition, formData);
}
