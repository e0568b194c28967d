"use server";
// The server actions of content editing; each runs the full pipeline (lib/actions/pipeline.ts).
import { redirect } from "next/navigation";
import {
  archiveTranslation,
  createEntity,
  deleteEntity,
  restoreRevision,
  reviewTranslation,
  saveTranslation,
  updateFacts,
  withdrawTranslation,
} from "./content";
import type { FormState } from "./form-state";
import { cancelJob, scheduleJob } from "./schedule";
import { restoreFromTrash } from "./trash";
import type { ActionDefinition } from "./pipeline";
import { submitForm as submit } from "./submit";

export async function saveTranslationAction(_state: FormState, formData: FormData) {
  return submit(saveTranslation as ActionDefinition, formData);
}

export async function reviewTranslationAction(_state: FormState, formData: FormData) {
  return submit(reviewTranslation as ActionDefinition, formData);
}

export async function archiveTranslationAction(_state: FormState, formData: FormData) {
  return submit(archiveTranslation as ActionDefinition, formData);
}

export async function withdrawTranslationAction(_state: FormState, formData: FormData) {
  return submit(withdrawTranslation as ActionDefinition, formData);
}

export async function updateFactsAction(_state: FormState, formData: FormData) {
  return submit(updateFacts as ActionDefinition, formData);
}

export async function createEntityAction(_state: FormState, formData: FormData) {
  const state = await submit(createEntity as ActionDefinition, formData);
  if (state.result?.ok) {
    const { type, id } = state.result.data as { type: string; id: string };
    redirect(`/admin/content/${type}/${id}?locale=${formData.get("locale")}`);
  }
  return state;
}

export async function deleteEntityAction(_state: FormState, formData: FormData) {
  const state = await submit(deleteEntity as ActionDefinition, formData);
  if (state.result?.ok) redirect(`/admin/content?deleted=${formData.get("type")}`);
  return state;
}

export async function restoreRevisionAction(_state: FormState, formData: FormData) {
  return submit(restoreRevision as ActionDefinition, formData);
}

export async function scheduleJobAction(_state: FormState, formData: FormData) {
  return submit(scheduleJob as ActionDefinition, formData);
}

export async function cancelJobAction(_state: FormState, formData: FormData) {
  return submit(cancelJob as ActionDefinition, formData);
}

export async function restoreFromTrashAction(_state: FormState, formData: FormData) {
  return submit(restoreFromTrash as ActionDefinition, formData);
}
