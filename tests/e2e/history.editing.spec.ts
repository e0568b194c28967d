import { expect, test } from "@playwright/test";
import { admin, gotoEditor, session } from "./admin-helpers";
import { createOrganisation, expectNarrowAndDark, signedInAs, uniqueName } from "./content-helpers";
import { expectAccessible } from "./helpers";

test.describe.configure({ mode: "serial" });

test("the history of a seeded text starts at its first version, the initial content", async ({ browser }) => {
  const page = await session(browser, admin.email, admin.password);
  await page.goto("/admin/content?q=wallcode&type=project");
  const href = await page.getByRole("link", { name: "WallCode", exact: true }).getAttribute("href");
  await page.goto(href!.replace(/\?.*$/, "/history?locale=fr"));
  const first = page.getByRole("table", { name: "Saved versions" }).getByRole("row").last();
  await expect(first.getByRole("rowheader")).toHaveText(/^1/);
  await expect(first).toContainText("Published");
  await expect(first).toContainText("Initial content");
});

test("every version with its author, status and change; restoring the first makes a new draft that says so", async ({
  browser,
}) => {
  const page = await session(browser, admin.email, admin.password);
  const name = uniqueName("History");
  const item = await createOrganisation(page, name);
  await gotoEditor(page, item.editor("en"));
  for (const text of ["First text of the history test.", "Second text of the history test."]) {
    await page.getByLabel("Text", { exact: true }).fill(text);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  }
  await page.getByRole("link", { name: "History and differences" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name} · History` })).toBeVisible();
  const back = page.getByRole("link", { name: "← Back to the editor" });
  await expect(back).toHaveAttribute("href", item.editor("en"));

  const rows = page.getByRole("table", { name: "Saved versions" }).getByRole("row");
  await expect(rows.getByRole("rowheader")).toHaveText([/^3\s*\(working copy\)/, /^2$/, /^1$/]);
  await expect(rows.nth(1)).toContainText("Administrator");
  await expect(rows.nth(1)).toContainText("Draft");
  // The quotation marks come from <q>, in the text's language.
  await expect(rows.nth(1)).toContainText("Text: added Second");
  await expect(rows.nth(2)).toContainText("Text: added First text of the history test.");

  const restoreList = page.getByRole("region", { name: "Restore an earlier version" });
  await expect(restoreList.getByRole("listitem").first()).toContainText(
    "Version 2 · Draft · Administrator ·",
  );
  await expect(restoreList.getByRole("listitem").first()).toContainText("Text: added First text");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Restore version 2" }).click();
  await expect(
    page.getByRole("main").getByRole("status").filter({ hasText: "Restored as a new draft." }),
  ).toBeVisible();
  await page.reload();
  const restored = page.getByRole("table", { name: "Saved versions" }).getByRole("row").nth(1);
  await expect(restored.getByRole("rowheader")).toHaveText(/^4/);
  await expect(restored).toContainText("Restored from version 2");
  await expect(restored).toContainText("Text: added First");
  await expectNarrowAndDark(page, "history-en");
});

test("the history in Dutch, French and German", async ({ browser }) => {
  // Three accounts, three sign-ins and three axe runs.
  test.setTimeout(120_000);
  const page = await session(browser, admin.email, admin.password);
  const name = uniqueName("Geschiedenis");
  const item = await createOrganisation(page, name, "nl");
  for (const [ui, title, back, caption] of [
    ["Nederlands", "Geschiedenis", "← Terug naar de editor", "Opgeslagen versies"],
    ["Français", "Historique", "← Retour à l’éditeur", "Versions enregistrées"],
    ["Deutsch", "Verlauf", "← Zurück zum Editor", "Gespeicherte Versionen"],
  ]) {
    const { page: editor } = await signedInAs(page, browser, {
      name: `Editor ${ui}`,
      role: "editor",
      locales: [],
      ui,
    });
    await editor.goto(item.history("nl"));
    await expect(editor.getByRole("heading", { level: 1, name: `${name} · ${title}` })).toBeVisible();
    await expect(editor.getByRole("link", { name: back })).toBeVisible();
    await expect(editor.getByRole("table", { name: caption }).getByRole("rowheader")).toHaveText([/^1/]);
    await expectAccessible(editor);
  }
});
