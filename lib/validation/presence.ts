import { z } from "zod";
import { contentTypeSchema, localeSchema } from "./content";

/** What an open translation's page sends: a heartbeat while it is open, `leave` when it closes. */
export const presenceSchema = z.object({
  type: contentTypeSchema,
  id: z.string().min(1).max(64),
  locale: localeSchema,
  event: z.enum(["heartbeat", "leave"], { error: "invalidChoice" }),
  /** A random id of the open page, so that a leave from another page of the same person is told apart. */
  page: z.string().max(64).optional(),
});
