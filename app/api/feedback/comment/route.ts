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
 * comment arrived and links back to the page. Refused, the form comes back with the comment typed.
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
  const refuse = (errors: Record<string, string>, status = 422, retryAfter?: number, again = fresh) =>
    commentRefusal(locale, comment, again, { errors, status, retryAfter });
  if (!limited.allowed) return refuse({ form: "rateLimited" }, 429, limited.retryAfter);
  const parsed = pageCommentSchema.safeParse({ locale, comment });
  if (!parsed.success) {
    return refuse(
      Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([f, [code]]) => [f, code])),
    );
  }
  if (!token.ok) return refuse({ form: token.reason }, token.reason === "invalid" ? 400 : 422);
  if (!(await storePageComment(token.subject, parsed.data.comment))) {
    return refuse({ form: "answerGone" }, 409, undefined, null);
  }
  return seeOther(confirmation);
}
