import { draftField, saveDraft } from "@/lib/feedback/drafts";
import { receive, seeOther, text, toFormPage } from "@/lib/feedback/handler";
import { commentRefusal } from "@/lib/feedback/refusal";
import { fieldErrors, pageCommentSchema } from "@/lib/feedback/schema";
import { storePageComment } from "@/lib/feedback/store";
import { checkFormToken, formToken } from "@/lib/feedback/token";
import { pathFor } from "@/lib/i18n/paths";

/** Someone who opens this address in the browser gets the page with its form. */
export function GET(request: Request) {
  return toFormPage(request, "/feedback");
}

/**
 * The comment after a "no": attached to that answer (named by the signed token of the form, which
 * also carries the time check), then 303 to the answer's own confirmation, which now says the
 * comment arrived and links back to the page. Refused, the comment is kept (lib/feedback/drafts.ts)
 * and the answer 303 leads to that confirmation again, showing the form with the comment and the
 * reasons, under a fresh token; when it can no longer be attached (the answer is gone, the token
 * is not ours) the page shows it to copy into the contact form. Past the rate limit nothing more
 * is stored: 429 with the comment given back.
 */
export async function POST(request: Request) {
  const received = await receive(request, "comment");
  if (!received.ok) return received.response;
  const { form, locale, robot, limited } = received;
  const comment = text(form, "comment");
  const given = form.get("token");
  const token = checkFormToken(given);
  const confirmation = `${pathFor(locale, "/feedback")}?${new URLSearchParams({ token: String(given ?? "") })}`;
  if (robot) return seeOther(confirmation);
  // A fresh form for the same answer; none when the token is not ours (the comment is shown to copy).
  const fresh = token.subject ? formToken(token.subject) : null;
  if (!limited.allowed) {
    return commentRefusal(locale, comment, fresh, {
      errors: { form: "rateLimited" },
      status: 429,
      retryAfter: limited.retryAfter,
    });
  }
  const refuse = async (errors: Record<string, string>, again = fresh) => {
    const draft = await saveDraft("comment", { comment }, errors, again ? token.subject : null);
    const query = new URLSearchParams(again ? { token: again, draft } : { draft });
    return seeOther(`${pathFor(locale, "/feedback")}?${query}`);
  };
  const parsed = pageCommentSchema.safeParse({ locale, comment });
  if (!parsed.success) {
    return refuse(
      Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([f, [code]]) => [f, code])),
    );
  }
  if (!token.ok) return refuse({ form: token.reason });
  if (!(await storePageComment(token.subject, parsed.data.comment, draftField(form)))) {
    return refuse({ form: "answerGone" }, null);
  }
  return seeOther(confirmation);
}
