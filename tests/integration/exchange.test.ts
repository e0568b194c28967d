// Translation exchange against the real database: export chosen items to XLIFF through the route
// handler, fill in the targets with the xliff package as an agency's tool would, import the file
// through the action pipeline; and every refusal leaves the database exactly as it was.
import { randomUUID } from "node:crypto";
import { XMLParser } from "fast-xml-parser";
import { jsToXliff12, xliff12ToJs, type XliffJs } from "xliff";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importXliff, type ReportLine } from "@/lib/actions/exchange";
import { runAction } from "@/lib/actions/pipeline";
import { GET as exportXliff } from "@/app/api/admin/xliff/route";
import { readWorkingCopy } from "@/lib/content/editorial";
import { db } from "@/lib/db";
import { parseUnitId, XLIFF_MAX_BYTES } from "@/lib/exchange/xliff";
import type { Locale } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/metadata";
import { anonymous, signedIn } from "../helpers/auth";
import { saveText } from "../helpers/content";

type Session = Awaited<ReturnType<typeof signedIn>>;
let editor: Session;
let translator: Session;
/** Two organisations written in Dutch: `first` already has a French text, `second` has none. */
let first: { id: string; key: string };
let second: { id: string; key: string };

beforeAll(async () => {
  editor = await signedIn("editor");
  translator = await signedIn("translator", ["fr"]);
  const region = await db.region.findUniqueOrThrow({ where: { key: "flanders" } });
  const make = async () =>
    db.organisation.create({
      data: { key: `xliff-${randomUUID().slice(0, 8)}`, regionId: region.id, sourceLocale: "nl" },
    });
  first = await make();
  second = await make();
  await saveText(editor.headers, first.id, "nl", "publish", {
    name: `Eerste ${first.key}`,
    summary: "Een korte samenvatting.",
    body: "# Titel\n\nEen tekst met *nadruk* & <tekens>.\n\n- een\n- twee",
  });
  await saveText(editor.headers, first.id, "fr", "publish", {
    name: `Premier ${first.key}`,
    summary: "Un ancien résumé.",
    body: "Un ancien texte.",
  });
  await saveText(editor.headers, second.id, "nl", "publish", {
    name: `Tweede ${second.key}`,
    summary: "Nog een samenvatting.",
    body: "Nog een tekst.",
  });
});

afterAll(async () => {
  await db.organisation.deleteMany({ where: { key: { startsWith: "xliff-" } } });
  await db.$disconnect();
});

function exportRequest(headers: Headers, query: Record<string, string | string[]>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  return exportXliff(new Request(`${siteUrl()}/api/admin/xliff?${params}`, { headers }));
}

const items = () => [`organisation:${first.id}`, `organisation:${second.id}`];

async function exported(headers = editor.headers, target: Locale = "fr") {
  const response = await exportRequest(headers, { source: "nl", target, item: items() });
  expect(response.status).toBe(200);
  return response.text();
}

/** What an agency sends back: every unit's target filled in by `translate`. */
async function translated(xml: string, translate: (id: string, source: string) => string) {
  const js = await xliff12ToJs(xml);
  for (const units of Object.values(js.resources))
    for (const [id, unit] of Object.entries(units)) unit.target = translate(id, String(unit.source));
  return jsToXliff12(js);
}

const frenchOf = (id: string) => `Traduction de ${parseUnitId(id)!.field} pour ${parseUnitId(id)!.entityId}`;

const importFile = (xml: string, headers = editor.headers, locale: Locale = "fr") =>
  runAction(importXliff, { locale, file: new File([xml], "vertaling.xlf") }, headers, () => {});

/** Everything an import could change: the working copies, the revisions, the audit entries. */
async function snapshot() {
  const ids = [first.id, second.id];
  return {
    copies: await Promise.all(ids.map((id) => readWorkingCopy(db, "organisation", id, "fr"))),
    revisions: await db.revision.count({ where: { entityId: { in: ids } } }),
    audit: await db.auditLog.count({ where: { action: "content.import" } }),
  };
}

async function expectRefused(xml: string, problems: string[], locale: Locale = "fr") {
  const before = await snapshot();
  const result = await importFile(xml, editor.headers, locale);
  expect(result).toMatchObject({ ok: false, code: "VALIDATION", message: "xliffRefused" });
  const report = (result as { detail: { report: ReportLine[] } }).detail.report;
  expect([...new Set(report.map((line) => line.problem))].sort()).toEqual([...problems].sort());
  expect(await snapshot()).toEqual(before);
  return report;
}

describe("XLIFF export", () => {
  it("refuses without a session, and a translator for a language not theirs", async () => {
    const anonymousAnswer = await exportRequest(anonymous(), { source: "nl", target: "fr", item: items() });
    expect(anonymousAnswer.status).toBe(401);
    const foreign = await exportRequest(translator.headers, { source: "nl", target: "de", item: items() });
    expect(foreign.status).toBe(403);
    expect(
      (await exportRequest(translator.headers, { source: "nl", target: "fr", item: items() })).status,
    ).toBe(200);
  });

  it("sends the form back to the page without items, and answers 404 for an item not written in the source", async () => {
    const none = await exportRequest(editor.headers, { source: "nl", target: "fr" });
    expect(none.status).toBe(303);
    expect(none.headers.get("location")).toBe(
      "/admin/translations/exchange?source=nl&target=fr&error=noItemsChosen",
    );
    const wrongSource = await exportRequest(editor.headers, { source: "en", target: "fr", item: items() });
    expect(wrongSource.status).toBe(404);
  });

  it("writes one unit per field with the source version, the source text and the existing target", async () => {
    const response = await exportRequest(editor.headers, { source: "nl", target: "fr", item: items() });
    expect(response.headers.get("content-type")).toContain("application/xliff+xml");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="portal-nl-fr-.*\.xlf"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const xml = await response.text();
    expect(xml).not.toMatch(/<!DOCTYPE|<!ENTITY/);
    const tree = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      isArray: (n) => n === "file" || n === "trans-unit",
    }).parse(xml);
    expect(tree.xliff["@version"]).toBe("1.2");
    const files = tree.xliff.file as {
      "@source-language": string;
      "@target-language": string;
      body: { "trans-unit": { "@id": string }[] };
    }[];
    expect(files.map((f) => [f["@source-language"], f["@target-language"]])).toEqual([
      ["nl", "fr"],
      ["nl", "fr"],
    ]);

    const js = await xliff12ToJs(xml);
    const units = js.resources[`organisation:${first.id}`];
    const source = (await readWorkingCopy(db, "organisation", first.id, "nl"))!;
    const target = (await readWorkingCopy(db, "organisation", first.id, "fr"))!;
    expect(Object.keys(units).sort()).toEqual(
      ["body", "name", "summary"].map(
        (f) => `organisation:${first.id}:${f}:nl-${source.version}:fr-${target.version}`,
      ),
    );
    const body = units[`organisation:${first.id}:body:nl-${source.version}:fr-${target.version}`];
    expect(body.source).toBe(source.content.body);
    expect(body.target).toBe("Un ancien texte.");
    // The second item has no French text yet: version 0, no target.
    const secondUnits = Object.entries(js.resources[`organisation:${second.id}`]);
    expect(secondUnits.every(([id, u]) => id.endsWith(":fr-0") && u.target === undefined)).toBe(true);
  });

  it("gives a strategy's goal and governance units of their own", async () => {
    const strategy = await db.strategy.findFirstOrThrow({ select: { id: true, sourceLocale: true } });
    const target = strategy.sourceLocale === "de" ? "en" : "de";
    const response = await exportRequest(editor.headers, {
      source: strategy.sourceLocale,
      target,
      item: `strategy:${strategy.id}`,
    });
    const fields = Object.keys(
      (await xliff12ToJs(await response.text())).resources[`strategy:${strategy.id}`],
    ).map((id) => parseUnitId(id)!.field);
    expect(fields).toEqual(expect.arrayContaining(["name", "summary", "body", "goal", "governance"]));
  });
});

describe("XLIFF import", () => {
  it("refuses without a session, and a translator into a language not theirs", async () => {
    const xml = await translated(await exported(), frenchOf);
    const file = new File([xml], "x.xlf");
    expect(await runAction(importXliff, { locale: "fr", file }, anonymous(), () => {})).toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await runAction(importXliff, { locale: "de", file }, translator.headers, () => {})).toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses a file whose source changed since the export (version or text), and nothing changes", async () => {
    const xml = await exported();
    // The text of a unit differs from the source it claims (edited in the file).
    const edited = await translated(xml, frenchOf);
    await expectRefused(edited.replace("Een korte samenvatting.", "Een andere samenvatting."), [
      "sourceChanged",
    ]);

    // The source was saved again since the export.
    const filled = await translated(xml, frenchOf);
    await saveText(editor.headers, second.id, "nl", "draft", {
      name: `Tweede ${second.key}`,
      summary: "Nog een samenvatting, herzien.",
      body: "Nog een tekst.",
    });
    const report = await expectRefused(filled, ["sourceChanged"]);
    // Each unit of the changed item is named; the first item's units are fine, yet not imported.
    expect(report.map((line) => parseUnitId(line.unit!)!.entityId)).toEqual([
      second.id,
      second.id,
      second.id,
    ]);
  });

  it("imports every unit as a draft, audited, and the same file again makes no new version", async () => {
    const xml = await translated(await exported(), frenchOf);
    const publishedBefore = await db.organisationTranslation.findFirstOrThrow({
      where: { organisationId: first.id, locale: "fr" },
    });
    const result = await importFile(xml);
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const data = (result as { data: { imported: { id: string }[]; unchanged: unknown[] } }).data;
    expect(data.imported.map((i) => i.id).sort()).toEqual([first.id, second.id].sort());

    for (const id of [first.id, second.id]) {
      const copy = (await readWorkingCopy(db, "organisation", id, "fr"))!;
      expect(copy.status).toBe("draft");
      expect(copy.content).toMatchObject({
        name: `Traduction de name pour ${id}`,
        summary: `Traduction de summary pour ${id}`,
        body: `Traduction de body pour ${id}`,
      });
      expect(copy.authorId).toBe(editor.user.id);
    }
    // A draft of a published text: the public row is unchanged until someone publishes it.
    const publicRow = await db.organisationTranslation.findFirstOrThrow({
      where: { organisationId: first.id, locale: "fr" },
    });
    expect(publicRow).toMatchObject({ name: publishedBefore.name, status: "published" });
    // The new translation's web address comes from its name.
    const created = await db.organisationTranslation.findFirstOrThrow({
      where: { organisationId: second.id, locale: "fr" },
    });
    expect(created.slug).toBe(`traduction-de-name-pour-${second.id.toLowerCase()}`);
    expect(
      await db.auditLog.count({
        where: { action: "content.import", targetId: { in: [first.id, second.id] }, actorId: editor.user.id },
      }),
    ).toBe(2);

    const before = await snapshot();
    const again = await importFile(xml);
    expect(again).toMatchObject({ ok: true, data: { imported: [], unchanged: [{}, {}] } });
    expect(await snapshot()).toEqual(before);
  });

  it("a translator imports into their language; a save since the export refuses the file", async () => {
    const xml = await exported(translator.headers);
    const result = await importFile(
      await translated(xml, (id) => `${frenchOf(id)} (v2)`),
      translator.headers,
    );
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    // The file exported before that import now names an older French version.
    await expectRefused(await translated(xml, (id) => `${frenchOf(id)} (v3)`), ["targetChanged"]);
  });

  it("refuses unknown ids, a wrong target language, empty, too long or marked-up targets", async () => {
    const xml = await exported();
    const filled = await translated(xml, frenchOf);
    const unknown = filled.replace(`organisation:${first.id}:name:`, "organisation:nothing-here:name:");
    await expectRefused(unknown, ["unknownItem"]);
    await expectRefused(filled.replace(/id="organisation:[^"]+:summary:[^"]+"/, 'id="made-up"'), [
      "unknownUnit",
    ]);
    await expectRefused(filled.replaceAll('target-language="fr"', 'target-language="de"'), [
      "wrongTargetLanguage",
    ]);
    // A file for French imported as German: every unit names French.
    const asGerman = filled.replaceAll('target-language="fr"', 'target-language="de"');
    const german = await expectRefused(asGerman, ["wrongTargetLanguage"], "de");
    expect(german.length).toBeGreaterThan(1);
    const report = await expectRefused(
      await translated(xml, (id, source) =>
        id.includes(":summary:") ? "x".repeat(1001) : id.includes(":body:") ? "" : source,
      ),
      ["tooLong", "emptyTarget"],
    );
    expect(report.find((line) => line.problem === "tooLong")).toMatchObject({ field: "summary", max: 1000 });
    await expectRefused(
      filled.replace(/<target>Traduction de body/, '<target>Traduction <g id="1">de</g> body'),
      ["markup"],
    );
  });

  it("refuses malformed XML, a DOCTYPE (no entity is expanded), another version, too large or no file", async () => {
    const filled = await translated(await exported(), frenchOf);
    const malformed = await expectRefused(filled.replace("</body>", ""), ["malformed"]);
    expect(malformed[0]).toMatchObject({ line: expect.any(Number) });
    const xxe = `<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>${filled}`;
    await expectRefused(xxe.replace("Traduction de name", "&secret;"), ["doctype"]);
    await expectRefused(filled.replace('version="1.2"', 'version="2.0"'), ["unsupportedVersion"]);
    await expectRefused("<html><body>no</body></html>", ["notXliff"]);

    const before = await snapshot();
    const large = await runAction(
      importXliff,
      { locale: "fr", file: new File([filled + " ".repeat(XLIFF_MAX_BYTES)], "big.xlf") },
      editor.headers,
      () => {},
    );
    expect(large).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { file: ["fileTooLarge"] } });
    const empty = await runAction(
      importXliff,
      { locale: "fr", file: new File([], "x.xlf") },
      editor.headers,
      () => {},
    );
    expect(empty).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { file: ["fileRequired"] } });
    expect(await snapshot()).toEqual(before);
  });
});

// The xliff package's own reading of what the export writes, with the texts unchanged.
describe("XLIFF round trip", () => {
  it("reads back every source text exactly, Markdown and special characters included", async () => {
    const js: XliffJs = await xliff12ToJs(await exported());
    const unit = Object.entries(js.resources[`organisation:${first.id}`]).find(([id]) =>
      id.includes(":body:"),
    )!;
    expect(unit[1].source).toBe("# Titel\n\nEen tekst met *nadruk* & <tekens>.\n\n- een\n- twee");
  });
});
