import { z, type ZodError } from "zod";
import { messageKeyOf, statusOf, type ErrorCode } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/locales";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import type en from "@/messages/en.json";

/** What an error answer needs of its request: a Fetch Request, or what Node gives for TRACE. */
export type RequestInfo = Pick<Request, "url" | "headers">;

/** The explanations a problem can carry beyond its code's message (namespace Problems). */
export type ProblemDetail = Exclude<keyof (typeof en)["Problems"], "title">;

export interface ProblemField {
  name: string;
  reason: string;
}

/** The language of an error answer: the `locale` query parameter, else Accept-Language, else English. */
export function problemLocale(request: RequestInfo): Locale {
  const asked = new URL(request.url).searchParams.get("locale");
  if (isLocale(asked)) return asked;
  return negotiateLocale(request.headers.get("accept-language")) ?? "en";
}

/**
 * Options for zod's safeParse that word its issues in the answer's language: zod names its
 * translations by language code, so a locale it does not translate fails the type check here.
 */
export function parseOptions(request: RequestInfo) {
  return { error: z.locales[problemLocale(request)]().localeError };
}

/** The invalid parameters of a failed zod parse, for a problem body. */
export function fieldsOf(error: ZodError): ProblemField[] {
  return error.issues.map((issue) => ({
    name: issue.path.length
      ? issue.path.join(".")
      : ((issue as { keys?: string[] }).keys?.join(", ") ?? "(query)"),
    reason: issue.message,
  }));
}

interface ProblemOptions {
  /** A more precise explanation than the code's own message. */
  detail?: ProblemDetail;
  values?: Record<string, string | number>;
  /** The fields at fault: a zod error, or fields named by the caller. */
  fields?: ZodError | ProblemField[];
  headers?: Record<string, string>;
}

/**
 * An RFC 9457 problem-details body: the status and message of an error code (lib/errors.ts, the
 * one mapping forms use too), translated; `title` is the localized status phrase, as the RFC asks
 * for the type about:blank.
 */
export function problemBody(request: RequestInfo, code: ErrorCode, options: ProblemOptions = {}) {
  const locale = problemLocale(request);
  const problems = translator(locale, "Problems");
  const detail = options.detail
    ? problems(options.detail, options.values)
    : translator(locale, "Errors")(messageKeyOf(code));
  const fields = Array.isArray(options.fields)
    ? options.fields
    : options.fields
      ? fieldsOf(options.fields)
      : undefined;
  return {
    locale,
    body: {
      type: "about:blank",
      title: problems(`title.${code}`),
      status: statusOf(code),
      detail,
      instance: new URL(request.url).pathname,
      ...(fields ? { errors: fields } : {}),
    },
  };
}

/** An RFC 9457 problem-details response (application/problem+json), never cached. */
export function problem(request: RequestInfo, code: ErrorCode, options: ProblemOptions = {}): Response {
  const { locale, body } = problemBody(request, code, options);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      "Content-Type": "application/problem+json",
      "Content-Language": locale,
      "Cache-Control": "no-store",
      ...options.headers,
    },
  });
}
