import { expect, test, type Page } from "@playwright/test";
import { admin, session } from "./admin-helpers";
import { createOrganisation, signedInAs, uniqueName } from "./content-helpers";
import { expectAccessible } from "./helpers";

/** Each address with the browser title it must have. */
async function expectTitles(page: Page, titles: [string, string][]) {
  for (const [path, title] of titles) {
    await page.goto(path);
    await expect(page, path).toHaveTitle(title);
  }
}

test("every admin page has a title of its own, in the interface language of who reads it", async ({
  browser,
}) => {
  // Two accounts besides the admin, and a dozen pages each.
  test.setTimeout(120_000);
  const page = await session(browser, admin.email, admin.password);
  const name = uniqueName("Titel");
  const item = await createOrganisation(page, name, "nl");
  await page.goto("/admin/users");
  const firstUser = page.getByRole("table").getByRole("rowheader").first().getByRole("link");
  const [userPath, userName] = [(await firstUser.getAttribute("href"))!, (await firstUser.textContent())!];

  await expectTitles(page, [
    ["/admin", "Dashboard | Administration"],
    ["/admin/content", "Content | Administration"],
    ["/admin/content/new?type=organisation", "New Organisation | Administration"],
    [item.editor("nl"), `${name} (Dutch) – Edit | Administration`],
    [item.editor("fr"), `${name} (French) – Edit | Administration`],
    [item.history("nl"), `${name} (Dutch) – History | Administration`],
    ["/admin/translations", "Translations | Administration"],
    ["/admin/users", "Users | Administration"],
    [userPath, `${userName} – Users | Administration`],
    ["/admin/audit", "Audit log | Administration"],
    ["/admin/account", "My account | Administration"],
  ]);

  const { page: editor } = await signedInAs(page, browser, {
    name: "Redacteur titels",
    role: "editor",
    locales: [],
    ui: "Nederlands",
  });
  await expectTitles(editor, [
    ["/admin", "Dashboard | Beheer"],
    ["/admin/content", "Inhoud | Beheer"],
    ["/admin/content/new?type=initiative", "Nieuw: Initiatief | Beheer"],
    [item.editor("nl"), `${name} (Nederlands) – Bewerken | Beheer`],
    [item.editor("en"), `${name} (Engels) – Bewerken | Beheer`],
    [item.history("fr"), "Geschiedenis (Frans) | Beheer"],
    ["/admin/translations", "Vertalingen | Beheer"],
    ["/admin/account", "Mijn account | Beheer"],
    ["/admin/users", "Geen toegang | Beheer"],
    ["/admin/audit", "Geen toegang | Beheer"],
  ]);

  const { page: translator } = await signedInAs(page, browser, {
    name: "Traductrice titres",
    role: "translator",
    locales: ["Français"],
    ui: "Français",
  });
  await expectTitles(translator, [
    ["/admin", "Tableau de bord | Administration"],
    ["/admin/content", "Contenu | Administration"],
    [item.editor("fr"), `${name} (français) – Modifier | Administration`],
    [item.history("nl"), `${name} (néerlandais) – Historique | Administration`],
    ["/admin/translations", "Traductions | Administration"],
    ["/admin/account", "Mon compte | Administration"],
    ["/admin/users", "Accès refusé | Administration"],
  ]);

  // Not signed in: the browser's language.
  for (const [locale, title] of [
    ["nl-BE", "Aanmelden | Beheer"],
    ["fr-BE", "Se connecter | Administration"],
    ["de-BE", "Anmelden | Verwaltung"],
    ["en-GB", "Sign in | Administration"],
  ]) {
    const visitor = await (await browser.newContext({ locale })).newPage();
    await expectTitles(visitor, [["/admin/sign-in", title]]);
  }
});

test("a missing admin page answers 404 in the admin's frame and language, with the ways back", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const page = await session(browser, admin.email, admin.password);
  for (const path of [
    "/admin/content/new",
    "/admin/content/organisation/no-such-item",
    "/admin/content/no-such-type/no-such-item",
    "/admin/no-such-page",
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle("Page not found | Administration");
    await expect(page.getByRole("navigation", { name: "Administration menu" })).toBeVisible();
  }
  await expect(page.getByRole("main")).toContainText("This page does not exist in the administration.");
  await expectAccessible(page);
  await page.getByRole("main").getByRole("link", { name: "Go to the content list" }).click();
  await expect(page).toHaveURL(/\/admin\/content$/);
  await page.goBack();
  await page.getByRole("main").getByRole("link", { name: "Go to the dashboard" }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // Back to an item after deleting it.
  const name = uniqueName("Weg");
  const item = await createOrganisation(page, name);
  await page.getByRole("button", { name: "Delete this item…" }).click();
  await page
    .getByRole("dialog", { name: `Delete “${name}” in every language?` })
    .getByRole("button", { name: "Delete", exact: true })
    .click();
  await expect(page).toHaveURL(/\/admin\/content\?deleted=organisation$/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/admin/content/organisation/${item.id}\\?locale=`));
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  // In the interface language.
  const { page: translator } = await signedInAs(page, browser, {
    name: "Vertaler 404",
    role: "translator",
    locales: ["Nederlands"],
    ui: "Nederlands",
  });
  expect((await translator.goto("/admin/content/organisation/no-such-item"))?.status()).toBe(404);
  await expect(translator.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expect(translator).toHaveTitle("Pagina niet gevonden | Beheer");
  await expect(translator.getByRole("link", { name: "Naar het dashboard" })).toBeVisible();
  await expect(translator.getByRole("link", { name: "Naar de inhoudslijst" })).toBeVisible();

  // Not signed in: the browser's language, and nothing but the way to sign in.
  const visitor = await (await browser.newContext({ locale: "fr-BE" })).newPage();
  expect((await visitor.goto("/admin/no-such-page"))?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await expect(visitor).toHaveTitle("Page introuvable | Administration");
  await expect(visitor.getByRole("link")).toHaveText(["Se connecter à l’administration"]);
  await expect(visitor.getByRole("navigation")).toHaveCount(0);
  await expectAccessible(visitor);
});

test("the content list and the translations name each item's type in the singular", async ({ browser }) => {
  const page = await session(browser, admin.email, admin.password);
  for (const [path, name] of [
    ["/admin/content?type=pillar", "Content"],
    ["/admin/translations?type=pillar", "Translations"],
  ]) {
    await page.goto(path);
    const table = page.getByRole("region", { name, exact: true });
    const rows = await table.getByRole("row").count();
    expect(rows, path).toBeGreaterThan(1);
    await expect(table.getByRole("cell", { name: "Pillar", exact: true })).toHaveCount(rows - 1);
    await expect(table.getByRole("cell", { name: "Pillars", exact: true })).toHaveCount(0);
  }
});

test("a content search without results shows no empty table", async ({ browser }) => {
  const page = await session(browser, admin.email, admin.password);
  await page.goto("/admin/content?q=zzqx-nothing-matches");
  await expect(page.getByRole("status").filter({ hasText: "No items" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("columnheader")).toHaveCount(0);
});

test("the history marks the language shown, as the editor's tabs do", async ({ browser }) => {
  const page = await session(browser, admin.email, admin.password);
  const item = await createOrganisation(page, uniqueName("Tabs"), "nl");
  await page.goto(item.history("fr"));
  const languages = page.getByRole("navigation", { name: "Translations", exact: true });
  const current = languages.getByRole("link", { name: "Français" });
  const other = languages.getByRole("link", { name: "Nederlands" });
  await expect(current).toHaveAttribute("aria-current", "page");
  await expect(other).not.toHaveAttribute("aria-current");
  const look = (link: typeof current) =>
    link.evaluate((e) => {
      const style = getComputedStyle(e);
      return [style.backgroundColor, style.color].join();
    });
  expect(await look(current)).not.toBe(await look(other));
  await expectAccessible(page);
});
