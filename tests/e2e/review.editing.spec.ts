import { expect, test } from "@playwright/test";
import { admin, gotoEditor, session } from "./admin-helpers";
import { createOrganisation, signedInAs, uniqueName } from "./content-helpers";
import { expectAccessible } from "./helpers";

test("work sent back reaches its translator with the comment, and stays theirs", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await session(browser, admin.email, admin.password);
  const name = uniqueName("Renvoi");
  const item = await createOrganisation(page, name, "fr");
  const translatorName = uniqueName("Traducteur");
  const { page: translator } = await signedInAs(page, browser, {
    name: translatorName,
    role: "translator",
    locales: ["Français"],
    ui: "Français",
  });

  await gotoEditor(translator, item.editor("fr"));
  // Never published: not "Draft" on the public site.
  await expect(translator.getByText("Sur le site public : non publiée")).toBeVisible();
  await translator.getByLabel("Résumé", { exact: true }).fill("Une agence à relire.");
  await translator.getByRole("button", { name: "Soumettre à relecture" }).click();
  await expect(translator.getByRole("status").filter({ hasText: "Soumis à relecture" })).toBeVisible();

  await gotoEditor(page, item.editor("fr"));
  await page.getByLabel("Comment for the translator (when sending back)").fill("Le texte manque encore.");
  await page.getByRole("button", { name: "Send back" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent back to draft." })).toContainText(
    `${translatorName}, who wrote it, finds it under “My drafts”.`,
  );
  await expect(page.getByText(`text by ${translatorName} · sent back to draft by`)).toBeVisible();

  await translator.goto("/admin");
  const drafts = translator.getByRole("region", { name: "Mes brouillons" });
  const entry = drafts.getByRole("listitem").filter({ hasText: name });
  await expect(entry).toContainText("Brouillon, renvoyé par");
  await expect(entry).toContainText("Commentaire du relecteur : Le texte manque encore.");
  await expectAccessible(translator);
  await entry.getByRole("link", { name }).click();
  await expect(translator.getByText(`texte de ${translatorName} · renvoyée en brouillon par`)).toBeVisible();
  await expect(translator.getByText(/enregistrée par/)).toHaveCount(0);
  // The history names the translator as the version's author, and who sent it back.
  await translator.goto(item.history("fr"));
  const row = translator.getByRole("row").filter({ hasText: "renvoyée en brouillon par" });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").filter({ hasText: translatorName })).toHaveText(
    new RegExp(`^${translatorName}\\s*renvoyée en brouillon par Administrator$`),
  );

  // A reviewer sending back their own submission is told so.
  await gotoEditor(page, item.editor("fr"));
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  await page.getByRole("button", { name: "Send back" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "You submitted it yourself: it is under “My drafts” again." }),
  ).toBeVisible();
});

test("publishing needs a summary and a text; a save that changes nothing makes no version", async ({
  browser,
}) => {
  const page = await session(browser, admin.email, admin.password);
  const item = await createOrganisation(page, uniqueName("Empty"));
  await gotoEditor(page, item.editor("en"));
  await expect(page.getByText("On the public site: not published")).toBeVisible();
  await expect(page.getByText(/^Working copy: Draft, version 1\b/)).toBeVisible();

  // Nothing changed: said as a success, and no new version.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Nothing has changed since the last save" }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^Working copy: Draft, version 1\b/)).toBeVisible();

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const problem = page.getByRole("alert").filter({ hasText: "This translation cannot be published yet" });
  await expect(problem.getByRole("link", { name: /^Summary: A summary is needed to publish/ })).toBeVisible();
  await expect(problem.getByRole("link", { name: /^Text: A text is needed to publish/ })).toBeVisible();
  await expectAccessible(page);

  // Planning with no time: the field is required, not an impossible time.
  await page.getByRole("button", { name: "Plan", exact: true }).click();
  await expect(
    page.getByRole("alert").getByRole("link", { name: "When (Belgian time): Fill in this field." }),
  ).toBeVisible();

  await page.getByLabel("Summary", { exact: true }).fill("An agency with a summary.");
  await page.getByLabel("Text", { exact: true }).fill("And a text.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await expect(page.getByText("On the public site: Published")).toBeVisible();
});

test("an outdated translation says so in the editor, with what changed in the source", async ({
  browser,
}) => {
  const page = await session(browser, admin.email, admin.password);
  const item = await createOrganisation(page, uniqueName("Source"));
  const publish = async (locale: string, name: string, summary: string) => {
    await gotoEditor(page, item.editor(locale));
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Summary", { exact: true }).fill(summary);
    await page.getByLabel("Text", { exact: true }).fill(`${summary} More.`);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  };
  await publish("en", uniqueName("Agency"), "The agency funds projects.");
  await publish("fr", uniqueName("Agence"), "L'agence finance des projets.");
  await gotoEditor(page, item.editor("en"));
  await page.getByLabel("Summary", { exact: true }).fill("The agency funds and runs projects.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  await gotoEditor(page, item.editor("fr"));
  await expect(
    page
      .getByRole("navigation", { name: "Translations" })
      .getByRole("link", { name: /^Français \(Outdated\)/ }),
  ).toBeVisible();
  await expect(page.getByText(/^Outdated: the English source was published again on /)).toBeVisible();
  const changes = page.getByRole("region", { name: "What changed in the English source" });
  await expect(changes.locator("ins")).toContainText(["and runs"]);
  await expectAccessible(page);
});
