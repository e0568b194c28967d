import { z } from "zod";
import { readExportItems } from "@/lib/admin/exchange";
import { canEdit } from "@/lib/auth/access";
import { actorFromHeaders } from "@/lib/auth/session";
import { isContentType } from "@/lib/cache-tags";
import { XLIFF_MAX_ITEMS, buildXliff } from "@/lib/exchange/xliff";
import { problem } from "@/lib/http/problem";
import { translator } from "@/lib/i18n/translator";
import { localeSchema } from "@/lib/validation/content";

export const dynamic = "force-dynamic";

const itemRef = z
  .string()
  .max(100)
  .transform((v, ctx) => {
    const [type, id, ...rest] = v.split(":");
    if (!isContentType(type) || !id || rest.length || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      ctx.addIssue({ code: "custom", message: "invalidChoice" });
      return z.NEVER;
    }
    return { type, id };
  });

const exportQuery = z
  .object({
    source: localeSchema,
    target: localeSchema,
    item: z.array(itemRef).min(1, "noItemsChosen").max(XLIFF_MAX_ITEMS, "tooManyItems"),
  })
  .refine((q) => q.source !== q.target, { path: ["target"], message: "sameLanguage" });

/**
 * The XLIFF of the chosen items' source texts for one target language, as a download
 * (app/admin/translations/exchange). Checks the session and the role itself: whoever may edit the
 * target language may export for it.
 */
export async function GET(request: Request) {
  const actor = await actorFromHeaders(request.headers);
  if (!actor) return problem(request, "UNAUTHENTICATED");
  const params = new URL(request.url).searchParams;
  const parsed = exportQuery.safeParse({
    source: params.get("source") ?? undefined,
    target: params.get("target") ?? undefined,
    item: params.getAll("item"),
  });
  if (!parsed.success) {
    // The page's form sent it: back to the page, which says what to choose.
    const back = new URL("/admin/translations/exchange", request.url);
    for (const key of ["source", "target", "type"]) {
      const value = params.get(key);
      if (value) back.searchParams.set(key, value);
    }
    back.searchParams.set("error", parsed.error.issues[0]?.message ?? "invalidChoice");
    return new Response(null, { status: 303, headers: { Location: back.pathname + back.search } });
  }
  const { source, target, item } = parsed.data;
  if (!canEdit(actor, target)) return problem(request, "FORBIDDEN");
  const read = await readExportItems({ source, target, refs: item });
  if (!read.ok) return problem(request, "NOT_FOUND");
  const fields = translator(actor.uiLocale, "Editor");
  const xml = await buildXliff({
    sourceLocale: source,
    targetLocale: target,
    items: read.items,
    fieldLabel: (field) => fields(field),
  });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(xml, {
    headers: {
      "Content-Type": "application/xliff+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="portal-${source}-${target}-${date}.xlf"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
