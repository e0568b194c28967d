import { hit } from "@/lib/auth/rate-limit";
import { FEEDBACK_WINDOW_SECONDS, pageAnswerLimit } from "@/lib/feedback/config";
import { receive, seeOther, text, toFormPage } from "@/lib/feedback/handler";
import { pageAnswerSchema } from "@/lib/feedback/schema";
import { storePageAnswer } from "@/lib/feedback/store";
import { clientKey, formToken } from "@/lib/feedback/token";
import { errorPage } from "@/lib/http/error-page";
import { pathFor } from "@/lib/i18n/paths";
import { translator } from "@/lib/i18n/translator";

/** Someone who opens this address in the browser gets the page with its form. */
export function GET(request: Request) {
  return toFormPage(request, "/feedback");
}

/**
 * "Was this page useful?" on every page: yes or no, stored per page, then 303 to the translated
 * confirmation, which after a "no" asks what was missing (with a token for that comment form,
 * made now: lib/feedback/token.ts explains the time check).
 */
export async function POST(request: Request) {
  const received = await receive(request, "answer");
  if (!received.ok) return received.response;
  const { form, locale, robot, ip, limited } = received;
  const t = translator(locale, "Feedback");
  const page = text(form, "page");
  const back = { href: /^\/[a-z]{2}(\/|$)/.test(page) ? page : pathFor(locale, "/"), label: t("backToPage") };
  if (robot) return seeOther(pathFor(locale, "/feedback"));
  const tooMany = (retryAfter: number) =>
    errorPage({
      status: 429,
      locale,
      title: t("answerTitle"),
      message: t("errors.rateLimited", { minutes: Math.ceil(retryAfter / 60) }),
      link: back,
      retryAfter,
    });
  if (!limited.allowed) return tooMany(limited.retryAfter);
  const parsed = pageAnswerSchema.safeParse({ locale, page, answer: text(form, "answer") });
  if (!parsed.success) {
    return errorPage({
      status: 400,
      locale,
      title: t("answerTitle"),
      message: t("errors.invalidAnswer"),
      link: { href: pathFor(locale, "/"), label: t("backToHome") },
    });
  }
  // One page's answers per client, beside the client's limit for everything it sends. The key is
  // a keyed hash of the address and the page: the counter shows neither.
  const thisPage = await hit(
    clientKey("answer-page", `${ip} ${parsed.data.page}`),
    pageAnswerLimit(ip === "direct"),
    FEEDBACK_WINDOW_SECONDS,
  );
  if (!thisPage.allowed) return tooMany(thisPage.retryAfter);
  const id = await storePageAnswer({ locale, page: parsed.data.page, useful: parsed.data.answer === "yes" });
  return seeOther(`${pathFor(locale, "/feedback")}?${new URLSearchParams({ token: formToken(id) })}`);
}
