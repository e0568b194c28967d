import "server-only";
import { getMessages } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { FormMessages } from "./form";

/** The translated texts an ActionForm needs for its errors. */
export async function formMessages(locale: Locale): Promise<FormMessages> {
  const messages = await getMessages({ locale });
  const errors = messages.Errors as Record<string, string>;
  return { summary: errors.summary, prefix: errors.prefix, errors };
}
