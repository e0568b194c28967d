// XLIFF 1.2 files for translation agencies: one file element per item, one trans-unit per
// translatable field. 1.2 rather than 2.0: it is the version every CAT tool reads and writes.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { jsToXliff12, xliff12ToJs, type XliffUnit } from "xliff";
import type { ContentType } from "@/lib/cache-tags";
import { contentTypes } from "@/lib/cache-tags";
import { isLocale, type Locale } from "@/lib/i18n/routing";

/** What an import may read: well below the server actions' body limit (next.config.ts). */
export const XLIFF_MAX_BYTES = 400 * 1024;
/** Items in one export (and so in one file to import). */
export const XLIFF_MAX_ITEMS = 200;

export const exchangeFields = ["name", "summary", "body", "seoDescription", "goal", "governance"] as const;
export type ExchangeField = (typeof exchangeFields)[number];

/** The translatable fields of a type, in the order of the editor. */
export const fieldsOfType = (type: ContentType): ExchangeField[] =>
  type === "strategy"
    ? [...exchangeFields]
    : exchangeFields.filter((f) => f !== "goal" && f !== "governance");

/**
 * What a unit's id names: the field of one item, and the versions of its source text and of the
 * target text it was exported from (0: no target yet). An import checks both against the database.
 */
export interface UnitRef {
  type: ContentType;
  entityId: string;
  field: ExchangeField;
  sourceLocale: Locale;
  sourceVersion: number;
  targetLocale: Locale;
  targetVersion: number;
}

/** `organisation:ck123:summary:nl-4:fr-2`: a valid XML NMTOKEN, readable in any CAT tool. */
export const unitId = (u: UnitRef) =>
  `${u.type}:${u.entityId}:${u.field}:${u.sourceLocale}-${u.sourceVersion}:${u.targetLocale}-${u.targetVersion}`;

const UNIT_ID = /^([a-z]+):([A-Za-z0-9_-]{1,64}):([A-Za-z]+):([a-z]{2})-(\d{1,9}):([a-z]{2})-(\d{1,9})$/;

export function parseUnitId(id: string): UnitRef | null {
  const m = UNIT_ID.exec(id);
  if (!m) return null;
  const [, type, entityId, field, sourceLocale, sourceVersion, targetLocale, targetVersion] = m;
  if (!(contentTypes as readonly string[]).includes(type)) return null;
  if (!fieldsOfType(type as ContentType).includes(field as ExchangeField)) return null;
  if (!isLocale(sourceLocale) || !isLocale(targetLocale)) return null;
  return {
    type: type as ContentType,
    entityId,
    field: field as ExchangeField,
    sourceLocale,
    sourceVersion: Number(sourceVersion),
    targetLocale,
    targetVersion: Number(targetVersion),
  };
}

export interface ExportItem {
  type: ContentType;
  id: string;
  /** The item's name in the source language, for the translator's context. */
  name: string;
  sourceVersion: number;
  targetVersion: number;
  source: Partial<Record<ExchangeField, string | null>>;
  target: Partial<Record<ExchangeField, string | null>> | null;
}

/** Texts compare as the editor stores them: line ends as \n, no surrounding space. */
export const normalizeText = (text: string | null | undefined) => (text ?? "").replace(/\r\n?/g, "\n").trim();

/** The XLIFF of these items' source texts, with the existing target text where there is one. */
export async function buildXliff(o: {
  sourceLocale: Locale;
  targetLocale: Locale;
  items: ExportItem[];
  /** The label of each field in the note that comes with its unit. */
  fieldLabel: (field: ExchangeField) => string;
}): Promise<string> {
  const resources: Record<string, Record<string, XliffUnit>> = {};
  for (const item of o.items) {
    const units: Record<string, XliffUnit> = {};
    for (const field of fieldsOfType(item.type)) {
      const source = normalizeText(item.source[field]);
      // An empty source has nothing to translate.
      if (!source) continue;
      const id = unitId({
        type: item.type,
        entityId: item.id,
        field,
        sourceLocale: o.sourceLocale,
        sourceVersion: item.sourceVersion,
        targetLocale: o.targetLocale,
        targetVersion: item.targetVersion,
      });
      const target = normalizeText(item.target?.[field]);
      units[id] = {
        source,
        ...(target ? { target } : {}),
        note: `${item.name}: ${o.fieldLabel(field)}`,
        // Markdown: line breaks and indentation are part of the text.
        additionalAttributes: { resname: field, "xml:space": "preserve" },
      };
    }
    if (Object.keys(units).length) resources[`${item.type}:${item.id}`] = units;
  }
  const xml = await jsToXliff12({
    sourceLanguage: o.sourceLocale,
    targetLanguage: o.targetLocale,
    resources,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/** Why a whole file is refused before any unit is read (keys of the Exchange.problems messages). */
export type FileProblem =
  "notXliff" | "malformed" | "doctype" | "noUnits" | "tooManyUnits" | "unsupportedVersion";

export interface ParsedUnit {
  id: string;
  source: string;
  /** Null when the unit has no target, or one with markup this portal's texts cannot hold. */
  target: string | null;
  /** The target holds inline elements (`<g>`, `<x/>`…): plain text and Markdown only. */
  markup: boolean;
}

export type ParsedXliff =
  | {
      ok: true;
      /** Every `file` element's languages, as declared. */
      sourceLanguages: string[];
      targetLanguages: string[];
      units: ParsedUnit[];
    }
  | { ok: false; problem: FileProblem; line?: number };

const MAX_UNITS = XLIFF_MAX_ITEMS * exchangeFields.length;

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * Reads an XLIFF 1.2 file. fast-xml-parser checks it first: well-formed, no DOCTYPE (so no entity
 * can be declared, let alone expanded or fetched), an `xliff` root of version 1.2; only then does
 * the xliff package read its units. The text is never evaluated as anything but text.
 */
export async function readXliff(text: string): Promise<ParsedXliff> {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return { ok: false, problem: "doctype" };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { ok: false, problem: "malformed", line: valid.err.line };
  const tree = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    processEntities: false,
    ignoreDeclaration: true,
    isArray: (name) => name === "file",
  }).parse(text) as Record<string, unknown>;
  const root = tree.xliff as Record<string, unknown> | undefined;
  if (!root || typeof root !== "object") return { ok: false, problem: "notXliff" };
  if (root["@version"] !== "1.2") return { ok: false, problem: "unsupportedVersion" };
  const files = asArray(root.file as Record<string, unknown>[]);
  let parsed;
  try {
    parsed = await xliff12ToJs(text);
  } catch {
    return { ok: false, problem: "malformed" };
  }
  const units: ParsedUnit[] = [];
  for (const group of Object.values(parsed.resources ?? {})) {
    for (const [id, unit] of Object.entries(group)) {
      if (unit.groupUnits) return { ok: false, problem: "notXliff" };
      const target = unit.target;
      units.push({
        id,
        source: typeof unit.source === "string" ? unit.source : "",
        target: typeof target === "string" ? target : null,
        markup: target !== undefined && typeof target !== "string",
      });
    }
  }
  if (units.length === 0) return { ok: false, problem: "noUnits" };
  if (units.length > MAX_UNITS) return { ok: false, problem: "tooManyUnits" };
  return {
    ok: true,
    sourceLanguages: files.map((f) => String(f["@source-language"] ?? "")),
    targetLanguages: files.map((f) => String(f["@target-language"] ?? "")),
    units,
  };
}
