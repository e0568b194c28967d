import "server-only";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { canEdit, canExchangeTranslations, type Actor } from "@/lib/auth/access";
import type { ContentType } from "@/lib/cache-tags";
import { contentOf, entityTable, readWorkingCopy, type TranslationContent } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  XLIFF_MAX_BYTES,
  normalizeText,
  parseUnitId,
  readXliff,
  type ExchangeField,
  type FileProblem,
  type ParsedUnit,
  type UnitRef,
} from "@/lib/exchange/xliff";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { LIMITS, SLUG_PATTERN, localeSchema, slugify, translationSchema } from "@/lib/validation/content";
import { sameContent, writeTranslation } from "./content";
import { defineAction } from "./pipeline";

type Tx = Prisma.TransactionClient;

/** Why a unit (or the whole file) is refused: keys of the Exchange.problems messages. */
export type ImportProblem =
  | FileProblem
  | "wrongTargetLanguage"
  | "mixedSourceLanguages"
  | "unknownUnit"
  | "duplicateUnit"
  | "unknownItem"
  | "sourceChanged"
  | "targetChanged"
  | "emptyTarget"
  | "markup"
  | "tooLong"
  | "required"
  | "invalidSlug"
  | "slugTaken";

export interface ReportLine {
  problem: ImportProblem;
  /** The unit's id as written in the file. */
  unit?: string;
  /** The item's name in its source language, when the item exists. */
  item?: string;
  field?: ExchangeField;
  line?: number;
  max?: number;
}

export interface ImportedItem {
  type: ContentType;
  id: string;
  name: string;
  version: number;
}

const refuse = (report: ReportLine[]) =>
  new AppError("VALIDATION", "xliffRefused", { report }, { file: ["xliffRefused"] });

const fileSchema = z
  .custom<Blob>((v) => v instanceof Blob && v.size > 0, "fileRequired")
  .refine((f) => f.size <= XLIFF_MAX_BYTES, "fileTooLarge");

export const importXliffSchema = z.object({ locale: localeSchema, file: fileSchema });

const limitOf: Record<ExchangeField, number> = {
  name: LIMITS.name,
  summary: LIMITS.summary,
  body: LIMITS.body,
  seoDescription: LIMITS.seo,
  goal: LIMITS.summary,
  governance: LIMITS.summary,
};

const emptyContent = (type: ContentType): TranslationContent =>
  contentOf(type, {
    name: "",
    slug: "",
    summary: "",
    body: "",
    seoDescription: null,
    goal: "",
    governance: "",
  });

/** The file's units, grouped per item, or the reasons they cannot be read as this file's. */
function unitsPerItem(units: ParsedUnit[], locale: Locale, sourceLocale: Locale) {
  const report: ReportLine[] = [];
  const items = new Map<string, { ref: UnitRef; units: { ref: UnitRef; text: ParsedUnit }[] }>();
  for (const unit of units) {
    const ref = parseUnitId(unit.id);
    if (!ref || ref.sourceLocale !== sourceLocale) {
      report.push({ problem: "unknownUnit", unit: unit.id });
      continue;
    }
    if (ref.targetLocale !== locale) {
      report.push({ problem: "wrongTargetLanguage", unit: unit.id, field: ref.field });
      continue;
    }
    const key = `${ref.type}:${ref.entityId}`;
    const item = items.get(key) ?? { ref, units: [] };
    items.set(key, item);
    // One export gives every unit of an item the same versions; anything else was edited by hand.
    if (ref.sourceVersion !== item.ref.sourceVersion || ref.targetVersion !== item.ref.targetVersion) {
      report.push({ problem: "unknownUnit", unit: unit.id, field: ref.field });
      continue;
    }
    if (item.units.some((u) => u.ref.field === ref.field)) {
      report.push({ problem: "duplicateUnit", unit: unit.id, field: ref.field });
      continue;
    }
    if (unit.markup) report.push({ problem: "markup", unit: unit.id, field: ref.field });
    else if (!normalizeText(unit.target))
      report.push({ problem: "emptyTarget", unit: unit.id, field: ref.field });
    item.units.push({ ref, text: unit });
  }
  return { report, items: [...items.values()] };
}

interface Planned {
  ref: UnitRef;
  name: string;
  content: TranslationContent;
  /** The target text is already what the file holds: nothing to write. */
  unchanged: boolean;
}

/**
 * Checks one item of the file against the database (in the import's transaction): it exists, is
 * still written in the file's source language, its source text is the exported version and text,
 * and the new target text passes the same validation as a save.
 */
async function planItem(
  tx: Tx,
  locale: Locale,
  item: { ref: UnitRef; units: { ref: UnitRef; text: ParsedUnit }[] },
  report: ReportLine[],
): Promise<Planned | null> {
  const { type, entityId, sourceLocale } = item.ref;
  const unitOf = (field: string) => item.units.find((u) => u.ref.field === field)?.text.id;
  const entity = (await entityTable(tx, type).findUnique({ where: { id: entityId } })) as {
    sourceLocale?: Locale;
  } | null;
  const source = entity ? await readWorkingCopy(tx, type, entityId, sourceLocale) : null;
  if (!entity || !source) {
    for (const u of item.units) report.push({ problem: "unknownItem", unit: u.text.id, field: u.ref.field });
    return null;
  }
  const name = source.content.name;
  const before = report.length;
  for (const u of item.units) {
    const current = normalizeText((source.content as unknown as Record<string, string | null>)[u.ref.field]);
    if (
      entity.sourceLocale !== sourceLocale ||
      source.version !== item.ref.sourceVersion ||
      current !== normalizeText(u.text.source)
    )
      report.push({ problem: "sourceChanged", unit: u.text.id, item: name, field: u.ref.field });
  }
  const target = await readWorkingCopy(tx, type, entityId, locale);
  const base = target?.content ?? emptyContent(type);
  const texts: Record<string, string> = {};
  for (const u of item.units) texts[u.ref.field] = normalizeText(u.text.target);
  const merged = { ...base, ...texts };
  const slug = target?.content.slug || slugify(merged.name ?? "");
  const parsed = translationSchema.safeParse({
    type,
    id: entityId,
    locale,
    version: target?.version ?? 0,
    name: merged.name ?? "",
    slug,
    summary: merged.summary ?? "",
    body: merged.body ?? "",
    seoDescription: merged.seoDescription ?? undefined,
    goal: merged.goal ?? undefined,
    governance: merged.governance ?? undefined,
    intent: "draft",
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "name") as ExchangeField;
      const problem = issue.message === "tooLong" ? "tooLong" : "required";
      report.push({
        problem,
        unit: unitOf(field),
        item: name,
        field,
        ...(problem === "tooLong" ? { max: limitOf[field] } : {}),
      });
    }
    return null;
  }
  if (!SLUG_PATTERN.test(slug) || slug.length > LIMITS.slug) {
    report.push({ problem: "invalidSlug", unit: unitOf("name"), item: name, field: "name" });
    return null;
  }
  const input = parsed.data;
  const content = contentOf(type, {
    ...input,
    slug,
    goal: input.goal ?? "",
    governance: input.governance ?? "",
  });
  const unchanged = target ? sameContent(type, target.content, content) : false;
  if (!unchanged && (target?.version ?? 0) !== item.ref.targetVersion) {
    for (const u of item.units)
      report.push({ problem: "targetChanged", unit: u.text.id, item: name, field: u.ref.field });
  }
  return report.length === before ? { ref: item.ref, name, content, unchanged } : null;
}

/** Writes the planned drafts; a save that came in between refuses the whole import. */
async function writePlanned(tx: Tx, actor: Actor, locale: Locale, planned: Planned[]) {
  const imported: ImportedItem[] = [];
  const unchanged: ImportedItem[] = [];
  for (const plan of planned) {
    const { type, entityId } = plan.ref;
    if (plan.unchanged) {
      unchanged.push({ type, id: entityId, name: plan.name, version: plan.ref.targetVersion });
      continue;
    }
    const written = await writeTranslation(tx, actor, {
      type,
      id: entityId,
      locale,
      expectedVersion: plan.ref.targetVersion,
      content: plan.content,
      status: "draft",
    }).catch((error: unknown) => {
      if (!(error instanceof AppError)) throw error;
      const problem =
        error.code === "CONFLICT" ? "targetChanged" : error.fieldErrors?.slug ? "slugTaken" : null;
      if (!problem) throw error;
      throw refuse([{ problem, item: plan.name, field: problem === "slugTaken" ? "name" : undefined }]);
    });
    await audit(tx, actor, "content.import", { type, id: entityId }, { locale, version: written.version });
    imported.push({ type, id: entityId, name: plan.name, version: written.version });
  }
  return { imported, unchanged };
}

/**
 * Imports a translated XLIFF file as drafts in one language: all or nothing. The file, each unit
 * and each item are checked first (well-formed and safe, this language, known ids, source texts
 * unchanged since the export, the same validation as a save); any problem refuses the whole file
 * with a report per unit. A unit whose text is already the working copy's writes nothing, so the
 * same file imported twice makes one new version.
 */
export const importXliff = defineAction({
  name: "importXliff",
  allowed: canExchangeTranslations,
  schema: importXliffSchema,
  allowedFor: (actor, input) => canEdit(actor, input.locale),
  // Drafts leave the public pages as they are: no cache tag to revalidate.
  async run({ actor, input }) {
    const text = (await input.file.text()).replace(/^\uFEFF/, "");
    const file = await readXliff(text);
    if (!file.ok) throw refuse([{ problem: file.problem, line: file.line }]);
    if (file.targetLanguages.some((l) => l !== input.locale))
      throw refuse([{ problem: "wrongTargetLanguage" }]);
    const sourceLocale = file.sourceLanguages[0];
    const parsedSource = localeSchema.safeParse(sourceLocale);
    if (
      !parsedSource.success ||
      file.sourceLanguages.some((l) => l !== sourceLocale) ||
      sourceLocale === input.locale
    )
      throw refuse([{ problem: "mixedSourceLanguages" }]);
    const { report, items } = unitsPerItem(file.units, input.locale, parsedSource.data);
    const result = await db.$transaction(
      async (tx) => {
        const planned: Planned[] = [];
        for (const item of items) {
          const plan = await planItem(tx, input.locale, item, report);
          if (plan) planned.push(plan);
        }
        if (report.length) throw refuse(report);
        return writePlanned(tx, actor, input.locale, planned);
      },
      // Up to a few hundred items: longer than a single save, still short.
      { timeout: 20_000 },
    );
    return { locale: input.locale, imported: result.imported, unchanged: result.unchanged };
  },
});
