import { expect, test } from "@playwright/test";
import { admin, gotoEditor, session } from "./admin-helpers";
import { createOrganisation, expectNarrowAndDark, signedInAs, uniqueName } from "./content-helpers";
import { expectAccessible } from "./helpers";

test("searching the content finds a word of a Dutch draft's summary and shows where; new items are named in the singular", async ({
  browser,
}) => {
  // Three interface languages: two more accounts and sign-ins.
  test.setTimeout(90_000);
  const page = await session(browser, admin.email, admin.password);
  const name = uniqueName("Searchable");
  const item = await createOrganisation(page, name);
  const word = `kwartel${Date.now().toString(36)}`;
  await gotoEditor(page, item.editor("nl"));
  await page.getByLabel("Name", { exact: true }).fill(`${name} (nl)`);
  await page.getByLabel("Summary").fill(`Dit agentschap houdt de ${word} van de gemeenten bij.`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

  await page.goto("/admin/content");
  await expect(page.getByRole("link", { name: "+ New Organisation", exact: true })).toBeVisible();
  await page.getByRole("searchbox").fill(word);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("status")).toHaveText("1 item");
  const row = page.getByRole("region", { name: "Content" }).getByRole("row").nth(1);
  await expect(row.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(row).toContainText(
    `Summary (Nederlands) Dit agentschap houdt de ${word} van de gemeenten bij.`,
  );
  await expect(row.locator("mark")).toHaveText(word);
  await expectAccessible(page);
  await expectNarrowAndDark(page, "search-en");

  for (const [ui, results, found, newItem] of [
    ["Nederlands", "1 item", "Samenvatting (Nederlands) Dit agentschap", "+ Nieuw: Organisatie"],
    ["Français", "1 élément", "Résumé (Nederlands) Dit agentschap", "+ Nouveau : Organisation"],
  ]) {
    const { page: editor } = await signedInAs(page, browser, {
      name: `Editor ${ui}`,
      role: "editor",
      locales: [],
      ui,
    });
    await editor.goto(`/admin/content?q=${word}`);
    await expect(editor.getByRole("status")).toHaveText(results);
    await expect(editor.getByRole("main").getByRole("row").nth(1)).toContainText(found);
    await expect(editor.getByRole("link", { name: newItem, exact: true })).toBeVisible();
    await expectAccessible(editor);
  }
});

test("a publish reaches a public search that was answered from the cache before it", async ({ browser }) => {
  test.setTimeout(60_000);
  const page = await session(browser, admin.email, admin.password);
  const word = `ortolan${Date.now().toString(36)}`;
  const item = await createOrganisation(page, uniqueName("Cached search"));
  const reader = await browser.newPage();
  // The same terms, written otherwise, share one cached result: both find nothing yet.
  for (const terms of [word, `  ${word.toUpperCase()} `]) {
    await reader.goto(`/en/search?q=${encodeURIComponent(terms)}`);
    await expect(reader.getByRole("main")).toContainText("No results");
  }
  await gotoEditor(page, item.editor("en"));
  await page.getByLabel("Summary").fill(`This agency counts the ${word} of the municipalities.`);
  await page.getByLabel("Text", { exact: true }).fill("What the agency does, for its public page.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Published" })).toBeVisible();
  await reader.goto(`/en/search?q=${word}`);
  await expect(reader.getByRole("main").locator("mark")).toHaveText(word);
  await reader.close();
});
