import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { jsToXliff12, xliff12ToJs } from "xliff";
import { admin, gotoEditor, session } from "./admin-helpers";
import { createOrganisation, expectNarrowAndDark, signedInAs, uniqueName } from "./content-helpers";
import { expectAccessible } from "./helpers";

/** Downloads the XLIFF of one item from the exchange page, in whatever interface language. */
async function download(
  page: Page,
  labels: { target: string; show: string; download: string },
  name: string,
  target: string,
) {
  await page.getByLabel(labels.target).selectOption(target);
  await page.getByRole("button", { name: labels.show }).click();
  await page.getByRole("checkbox", { name: new RegExp(name) }).check();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: labels.download }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`^portal-nl-${target}-\\d{4}-\\d{2}-\\d{2}\\.xlf$`));
  return fs.readFileSync((await file.path())!, "utf8");
}

/** The file an agency sends back: every target filled in. */
async function translate(xml: string, text: (source: string) => string) {
  const js = await xliff12ToJs(xml);
  for (const units of Object.values(js.resources))
    for (const unit of Object.values(units)) unit.target = text(String(unit.source));
  return jsToXliff12(js);
}

function saved(xml: string, name: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "xliff-")), name);
  fs.writeFileSync(file, xml);
  return file;
}

test("a translation agency's round trip: download the XLIFF, upload the translation, read the report, in nl, fr and en", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await session(browser, admin.email, admin.password);
  const name = uniqueName("Vertaalbureau");
  const item = await createOrganisation(page, name, "nl");
  await gotoEditor(page, item.editor("nl"));
  await page.getByLabel("Summary", { exact: true }).fill("Een samenvatting om te vertalen.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

  // A translator of French, interface in French: from the translations page to the exchange.
  const { page: translator } = await signedInAs(page, browser, {
    name: uniqueName("Traducteur"),
    role: "translator",
    locales: ["Français"],
    ui: "Français",
  });
  await translator.goto("/admin/translations");
  await translator.getByRole("link", { name: "Échange avec une agence de traduction (XLIFF)" }).click();
  await expect(
    translator.getByRole("heading", { level: 1, name: "Échange avec une agence de traduction" }),
  ).toBeVisible();
  // Only their own language to translate into.
  await expect(translator.getByLabel("Traduire en").getByRole("option")).toHaveText(["Français"]);
  await expectAccessible(translator);

  // Nothing ticked: the page says what to do.
  await translator.getByRole("button", { name: "Afficher les éléments" }).click();
  await translator.getByRole("button", { name: "Télécharger le XLIFF" }).click();
  await expect(
    translator
      .locator("[role=alert]:not(#__next-route-announcer__)")
      .filter({ hasText: "Choisissez au moins un élément à exporter." }),
  ).toBeVisible();

  const french = { target: "Traduire en", show: "Afficher les éléments", download: "Télécharger le XLIFF" };
  const xml = await download(translator, french, name, "fr");
  expect(xml).toContain("Een samenvatting om te vertalen.");
  expect(xml).toContain(`organisation:${item.id}:summary:nl-`);

  // The agency's file comes back; imported, it is a French draft.
  const done = await translate(xml, (source) =>
    source === name ? `${name} (fr)` : "Un résumé traduit par l’agence.",
  );
  await translator.getByLabel("Fichier XLIFF").setInputFiles(saved(done, "traduit.xlf"));
  await translator.getByRole("button", { name: "Importer", exact: true }).click();
  const status = translator.getByRole("status").filter({ hasText: "brouillon importé" });
  await expect(status).toContainText("1 brouillon importé en Français.");
  await expect(status).toBeFocused();
  await expectAccessible(translator);
  await status.getByRole("link", { name }).click();
  await expect(translator.getByLabel("Résumé", { exact: true })).toHaveValue(
    "Un résumé traduit par l’agence.",
  );

  // The same file again: nothing new.
  await translator.goto("/admin/translations/exchange");
  await translator.getByLabel("Fichier XLIFF").setInputFiles(saved(done, "traduit.xlf"));
  await translator.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(
    translator.getByRole("status").filter({ hasText: "déjà exactement ces textes" }),
  ).toBeVisible();

  // A file whose source text was changed: refused with a report per unit, nothing imported; the
  // report read at 320 px in dark mode (a reload would only show the empty form again).
  await translator.setViewportSize({ width: 320, height: 900 });
  await translator.emulateMedia({ colorScheme: "dark" });
  const tampered = done.replace("Een samenvatting om te vertalen.", "Een andere samenvatting.");
  await translator.getByLabel("Fichier XLIFF").setInputFiles(saved(tampered, "modifie.xlf"));
  await translator.getByRole("button", { name: "Importer", exact: true }).click();
  const alert = translator.locator("[role=alert]:not(#__next-route-announcer__)");
  await expect(alert).toBeFocused();
  await expect(alert).toContainText("Le fichier a été refusé.");
  const report = alert.getByRole("region", { name: "Rapport d’importation" });
  await expect(report.getByRole("row").filter({ hasText: "Résumé" })).toContainText(
    "Le texte source a changé depuis l’export : exportez à nouveau.",
  );
  await expect(alert).toContainText("Rien n’a été importé.");
  await expectAccessible(translator);
  expect(await translator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  fs.mkdirSync("test-results/screens", { recursive: true });
  await translator.screenshot({ path: "test-results/screens/exchange-report-fr.png", fullPage: true });

  // An editor with a Dutch interface: a file that is not XML is refused in Dutch.
  const { page: editor } = await signedInAs(page, browser, {
    name: uniqueName("Redacteur"),
    role: "editor",
    locales: [],
    ui: "Nederlands",
  });
  await editor.goto("/admin/translations/exchange");
  await expect(
    editor.getByRole("heading", { level: 1, name: "Uitwisseling met een vertaalbureau" }),
  ).toBeVisible();
  await editor.getByLabel("Taal van de vertaling").selectOption("fr");
  await editor.getByLabel("XLIFF-bestand").setInputFiles(saved("<xliff version='1.2'><file>", "kapot.xlf"));
  await editor.getByRole("button", { name: "Importeren", exact: true }).click();
  await expect(
    editor
      .locator("[role=alert]:not(#__next-route-announcer__)")
      .filter({ hasText: "Het bestand is geen geldige XML" }),
  ).toBeVisible();
  await expect(editor.getByLabel("Taal van de vertaling")).toHaveValue("fr");
  await expectAccessible(editor);

  // The administrator, in English, exports the same item for English and imports it.
  await page.goto("/admin/translations/exchange");
  const english = { target: "Translate into", show: "Show items", download: "Download XLIFF" };
  const forEnglish = await download(page, english, name, "en");
  await page.getByLabel("Language of the translation").selectOption("en");
  await page
    .getByLabel("XLIFF file")
    .setInputFiles(saved(await translate(forEnglish, (s) => `${s} [en]`), "english.xlf"));
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 draft imported in English." })).toBeVisible();
  await expectAccessible(page);
  await expectNarrowAndDark(page, "exchange-en");
});
