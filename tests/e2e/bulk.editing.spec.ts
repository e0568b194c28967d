// The content list's bulk actions, sort and page size, and the order of a strategy's pillars:
// in English, Dutch and French, with and without JavaScript, with the refusals an editor meets.
import { expect, test, type Page } from "@playwright/test";
import { admin, gotoEditor, session, signIn } from "./admin-helpers";
import { createOrganisation, expectNarrowAndDark, signedInAs, uniqueName } from "./content-helpers";
import { expectAccessible } from "./helpers";

async function fillText(page: Page, editorUrl: string, summary: string) {
  await gotoEditor(page, editorUrl);
  await page.getByLabel("Summary", { exact: true }).fill(summary);
  await page.getByLabel("Text", { exact: true }).fill("The text of the page.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: /saved/i })).toBeVisible();
}

test("bulk publish: one done, one refused as incomplete, then one refused as changed since", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await session(browser, admin.email, admin.password);
  const token = uniqueName("Lot");
  const complete = `${token} complete`;
  const bare = `${token} bare`;
  const a = await createOrganisation(page, complete, "en");
  const b = await createOrganisation(page, bare, "en");
  await fillText(page, a.editor("en"), "A complete agency.");

  await page.goto(`/admin/content?q=${encodeURIComponent(token)}`);
  await page.locator("form#bulk[data-ready]").waitFor();
  await page.getByRole("checkbox", { name: "Select all on this page" }).check();
  await expect(page.getByText("2 items selected")).toBeVisible();
  await page.getByLabel("Action").selectOption("publish");
  await page.getByLabel("In the language").selectOption("en");
  await page.getByRole("button", { name: "Apply to the selected items" }).click();
  const report = page.getByRole("status").filter({ hasText: "Publish:" });
  await expect(report.getByRole("heading")).toHaveText("Publish: 1 done, 0 already so, 1 refused");
  await expect(report.getByRole("listitem").filter({ hasText: complete })).toContainText(": done");
  await expect(report.getByRole("listitem").filter({ hasText: bare })).toContainText(
    "refused: it needs Summary and Text before it can be published",
  );
  // The selection survives the refusal.
  await expect(page.getByRole("checkbox", { name: `Select ${complete}` })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: `Select ${bare}` })).toBeChecked();
  await expect(page.getByRole("link", { name: `${complete}: English` })).toHaveText("Published");
  await expectAccessible(page);

  // Someone completes the second one after this list was shown: its version has moved on.
  const other = await page.context().newPage();
  await fillText(other, b.editor("en"), "Completed meanwhile.");
  await page.getByRole("checkbox", { name: `Select ${complete}` }).uncheck();
  await page.getByRole("button", { name: "Apply to the selected items" }).click();
  await expect(report.getByRole("heading")).toHaveText("Publish: 0 done, 0 already so, 1 refused");
  await expect(report.getByRole("listitem").filter({ hasText: bare })).toContainText(
    "refused: someone saved it after this list was shown",
  );
  await expect(page.getByRole("link", { name: `${bare}: English` })).toHaveText("Draft");
  // The list now shows the newer version (once refreshed): applying again publishes it, and
  // empties the selection.
  await expect(page.locator(`input[name="seen"][value^="organisation:${b.id}:en:"]`)).not.toHaveAttribute(
    "value",
    `organisation:${b.id}:en:1`,
  );
  await page.getByRole("button", { name: "Apply to the selected items" }).click();
  await expect(report.getByRole("heading")).toHaveText("Publish: 1 done, 0 already so, 0 refused");
  await expect(page.getByRole("link", { name: `${bare}: English` })).toHaveText("Published");
  await expect(page.getByText("Nothing selected")).toBeVisible();
});

test("bulk archive without JavaScript asks for the confirmation and keeps the selection", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const editor = await session(browser, admin.email, admin.password);
  const name = uniqueName("Archive lot");
  const item = await createOrganisation(editor, name, "en");
  await fillText(editor, item.editor("en"), "To be archived.");
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: /published/i })).toBeVisible();

  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(page, admin.email, admin.password);
  await page.goto(`/admin/content?q=${encodeURIComponent(name)}`);
  // No "select all" box that would do nothing without scripts.
  await expect(page.getByRole("checkbox", { name: "Select all on this page" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: `Select ${name}` }).check();
  await page.getByLabel("Action").selectOption("archive");
  await page.getByLabel("In the language").selectOption("en");
  await page.getByRole("button", { name: "Apply to the selected items" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Confirm that the page should be taken off the site." }),
  ).toBeVisible();
  await expect(page.getByRole("checkbox", { name: `Select ${name}` })).toBeChecked();
  await page.getByRole("checkbox", { name: "Archive the selected translations?" }).check();
  await page.getByRole("button", { name: "Apply to the selected items" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Archive (take off the site):" })).toContainText(
    "1 done, 0 already so, 0 refused",
  );
  await expect(page.getByRole("link", { name: `${name}: English` })).toHaveText("Archived");
});

test("in Dutch: sort by name both ways with aria-sort, a page size, bad values fall back", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const adminPage = await session(browser, admin.email, admin.password);
  const token = uniqueName("Sorteer");
  await createOrganisation(adminPage, `${token} beta`, "nl");
  await createOrganisation(adminPage, `${token} alfa`, "nl");
  const { page } = await signedInAs(adminPage, browser, {
    name: uniqueName("Redacteur"),
    role: "editor",
    locales: [],
    ui: "Nederlands",
  });
  await page.goto(`/admin/content?q=${encodeURIComponent(token)}`);
  const names = page.getByRole("rowheader");
  await page.getByRole("link", { name: "Naam (oplopend sorteren)" }).click();
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  await expect(page.getByRole("columnheader", { name: /^Naam/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(names.first()).toContainText(`${token} alfa`);
  await page.getByRole("link", { name: "Naam (aflopend sorteren)" }).click();
  await expect(page.getByRole("columnheader", { name: /^Naam/ })).toHaveAttribute("aria-sort", "descending");
  await expect(names.first()).toContainText(`${token} beta`);
  await expect(
    page.getByRole("columnheader", { name: /^Laatste wijziging|^Type/ }).first(),
  ).not.toHaveAttribute("aria-sort", /./);
  // The page size is kept in the address with the sort and the search.
  await page.getByLabel("Rijen per pagina").selectOption("50");
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page).toHaveURL(/size=50/);
  await expect(page).toHaveURL(/sort=name/);
  await expect(names.first()).toContainText(`${token} beta`);
  await expectAccessible(page);
  const odd = await page.goto(
    `/admin/content?q=${encodeURIComponent(token)}&sort=nonsense&dir=up&size=7&page=x`,
  );
  expect(odd?.status()).toBe(200);
  await expect(page.getByRole("rowheader")).toHaveCount(2);
  await expect(page.getByLabel("Rijen per pagina")).toHaveValue("25");
});

test("en français : une traductrice soumet sa langue ; une langue absente est refusée", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const adminPage = await session(browser, admin.email, admin.password);
  const token = uniqueName("Lot fr");
  await createOrganisation(adminPage, `${token} agence`, "fr");
  await createOrganisation(adminPage, `${token} english`, "en");
  const { page } = await signedInAs(adminPage, browser, {
    name: uniqueName("Traductrice"),
    role: "translator",
    locales: ["Français"],
    ui: "Français",
  });
  await page.goto(`/admin/content?q=${encodeURIComponent(token)}`);
  await page.locator("form#bulk[data-ready]").waitFor();
  // A translator may only submit, in her own languages.
  await expect(page.getByLabel("Action").locator("option")).toHaveText(["Soumettre à relecture"]);
  await page.getByRole("checkbox", { name: "Tout sélectionner sur cette page" }).check();
  await page.getByLabel("Dans la langue").selectOption("fr");
  await page.getByRole("button", { name: "Appliquer aux éléments sélectionnés" }).click();
  const report = page.getByRole("status").filter({ hasText: "Soumettre à relecture :" });
  await expect(report.getByRole("heading")).toContainText("1 effectué(s), 0 déjà ainsi, 1 refusé(s)");
  await expect(report.getByRole("listitem").filter({ hasText: `${token} english` })).toContainText(
    "refusé : il n’y a pas de traduction dans cette langue",
  );
  await expect(page.getByRole("link", { name: `${token} agence: Français` })).toHaveText("En relecture");
  await expectAccessible(page);
});

test("pillars reordered by keyboard: announced, kept on reload, public page, stale order refused", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await session(browser, admin.email, admin.password);
  await page.goto("/admin/content?q=digital-wallonia-2019-2024&type=strategy");
  await page.getByRole("link", { name: "Order of its pillars" }).click();
  const list = page.getByRole("list", { name: "Order" });
  await expect(list.getByRole("listitem").first()).toContainText("Digital Sector");
  await expectAccessible(page);
  const stale = await page.context().newPage();
  await stale.goto(page.url());

  const down = page.getByRole("button", { name: "Move down: Digital Sector" });
  await down.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Order saved: Digital Sector is at position 2 of 5.");
  await expect(page.getByRole("button", { name: "Move down: Digital Sector" })).toBeFocused();
  await page.reload();
  await expect(list.getByRole("listitem").nth(0)).toContainText("Digital Business");
  await expect(list.getByRole("listitem").nth(1)).toContainText("Digital Sector");

  // The public strategy page shows the new order at once.
  const reader = await (await browser.newContext()).newPage();
  const pillarLinks = async () =>
    (await reader.locator("main a").allTextContents()).filter((t) =>
      /^Digital (Sector|Business)$/.test(t.trim()),
    );
  await reader.goto("/en/strategy/digital-wallonia-2019-2024");
  expect((await pillarLinks()).map((t) => t.trim())).toEqual(["Digital Business", "Digital Sector"]);

  // A page still showing the first order: its move is refused and it shows the current order.
  await stale.getByRole("button", { name: "Move down: Digital Business" }).click();
  await expect(
    stale.getByRole("alert").filter({ hasText: "Someone else changed this order in the meantime." }),
  ).toBeVisible();
  await expect(stale.getByRole("list", { name: "Order" }).getByRole("listitem").first()).toContainText(
    "Digital Business",
  );
  // Back to the seeded order, from the current one.
  await stale.getByRole("button", { name: "Move up: Digital Sector" }).click();
  await expect(stale.getByRole("status")).toHaveText("Order saved: Digital Sector is at position 1 of 5.");
  await expectNarrowAndDark(stale, "content-order");
  await reader.goto("/en/strategy/digital-wallonia-2019-2024");
  expect((await pillarLinks()).map((t) => t.trim())).toEqual(["Digital Sector", "Digital Business"]);
});
