import { FEEDBACK_LIMITS } from "@/lib/feedback/config";
import { receive, seeOther, text, toFormPage } from "@/lib/feedback/handler";
import { CONTACT_FIELDS as F, type ContactValues } from "@/lib/feedback/fields";
import { contactRefusal } from "@/lib/feedback/refusal";
import { contactSchema, fieldErrors } from "@/lib/feedback/schema";
import { storeContactMessage } from "@/lib/feedback/store";
import { checkFormToken, formToken } from "@/lib/feedback/token";
import { pathFor } from "@/lib/i18n/paths";

/** Someone who opens this address in the browser gets the page with its form. */
export function GET(request: Request) {
  return toFormPage(request, "/contact");
}

/**
 * The contact form's target (a plain POST: it works without JavaScript). Stored, it answers 303 to
 * the translated confirmation; refused, it answers the form again with what was typed: 422 for a
 * field to correct or a form sent too fast or too late, 429 past the rate limit.
 */
export async function POST(request: Request) {
  const received = await receive(request, "contact");
  if (!received.ok) return received.response;
  const { form, locale, robot, limited } = received;
  const thanks = pathFor(locale, "/contact/thanks");
  if (robot) return seeOther(thanks);
  const values: ContactValues = {
    kind: text(form, F.kind),
    // Given back in full, even beyond the limit: the reader shortens it, nothing is lost.
    message: text(form, F.message),
    pageUrl: text(form, F.pageUrl).slice(0, FEEDBACK_LIMITS.pageUrl * 2),
    email: text(form, F.email).slice(0, FEEDBACK_LIMITS.email * 2),
  };
  const refuse = (errors: Record<string, string>, status = 422, retryAfter?: number) =>
    contactRefusal(locale, values, formToken(), { errors, status, retryAfter });
  if (!limited.allowed) return refuse({ form: "rateLimited" }, 429, limited.retryAfter);
  const parsed = contactSchema.safeParse({ ...values, locale });
  if (!parsed.success) {
    const errors = Object.fromEntries(
      Object.entries(fieldErrors(parsed.error)).map(([field, [code]]) => [field, code]),
    );
    return refuse(errors);
  }
  const time = checkFormToken(form.get(F.token));
  if (!time.ok) return refuse({ form: time.reason });
  // Sent twice (the same form): stored once, and the reader sees the same confirmation.
  await storeContactMessage(parsed.data, time.id);
  return seeOther(thanks);
}
