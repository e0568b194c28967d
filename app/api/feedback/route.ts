import { FEEDBACK_LIMITS } from "@/lib/feedback/config";
import { draftField, saveDraft } from "@/lib/feedback/drafts";
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
 * the translated confirmation, which names the form it received. Refused (a field to correct, a
 * form sent too fast or too late), it keeps what was typed and answers 303 to the contact page,
 * which shows it again with the reasons (lib/feedback/drafts.ts). Past the rate limit it stores
 * nothing more and answers 429 with the form filled in.
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
  if (!limited.allowed) {
    return contactRefusal(locale, values, formToken(), {
      errors: { form: "rateLimited" },
      status: 429,
      retryAfter: limited.retryAfter,
    });
  }
  const refuse = async (errors: Record<string, string>) => {
    const draft = await saveDraft("contact", { ...values }, errors);
    return seeOther(`${pathFor(locale, "/contact")}?${new URLSearchParams({ draft })}`);
  };
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
  await storeContactMessage(parsed.data, time.id, draftField(form));
  return seeOther(`${thanks}?${new URLSearchParams({ receipt: time.id })}`);
}
