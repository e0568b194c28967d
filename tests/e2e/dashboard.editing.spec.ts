import { expect, test } from "@playwright/test";
import { admin, gotoEditor, session } from "./admin-helpers";
import { createOrganisation, expectNarrowAndDark, signedInAs, uniqueName } from "./content-helpers";
import { expectAccessible } from "./helpers";

test("the dashboard says what needs attention per language and queues what waits for review, in each interface language", async ({
  browser,
}) => {
  // Three accounts, three interface languages.
  test.setTimeout(90_000);
  const page = await session(browser, admin.email, admin.password);
  const name = uniqueName("Tableau");
  const item = await createOrganisation(page, name, "fr");
  const translatorName = uniqueName("Traductrice");
  const { page: translator } = await signedInAs(page, browser, {
    name: translatorName,
    role: "translator",
    locales: ["Français"],
    ui: "Français",
  });
  const { page: editor } = await signedInAs(page, browser, {
    name: "Redacteur dashboard",
    role: "editor",
    locales: [],
    ui: "Nederlands",
  });

  // The translator: their language first; each count opens the list of those translations.
  await expect(translator.getByRole("heading", { level: 1, name: "Tableau de bord" })).toBeVisible();
  const attention = translator.getByRole("region", { name: "Ce qui demande votre attention" });
  await expect(attention.getByRole("rowheader").first()).toHaveText("Français");
  await expect(translator.getByRole("heading", { name: "En attente de relecture" })).toHaveCount(0);
  await expectAccessible(translator);
  await attention.getByRole("link", { name: /^Français, Brouillon : \d+$/ }).click();
  await expect(translator).toHaveURL(/\/admin\/content\?locale=fr&status=draft$/);
  await translator.getByRole("link", { name, exact: true }).click();
  await expect(translator).toHaveURL(new RegExp(`/admin/content/organisation/${item.id}\\?locale=`));

  await gotoEditor(translator, item.editor("fr"));
  await translator.getByRole("button", { name: "Soumettre à relecture" }).click();
  await expect(
    translator.getByRole("main").getByRole("status").filter({ hasText: "Soumis à relecture" }),
  ).toBeVisible();
  await translator.goto("/admin");
  await expect(
    translator.getByRole("region", { name: "Mes brouillons" }).getByRole("link", { name }),
  ).toBeVisible();

  // The editor sees it waiting for review, with who submitted it, and opens it in French.
  await editor.goto("/admin");
  await expect(editor.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const queue = editor.getByRole("region", { name: "Wacht op nalezing" });
  const entry = queue.getByRole("listitem").filter({ hasText: name });
  await expect(entry).toContainText(`voorgelegd door ${translatorName} op`);
  await expect(editor.getByRole("region", { name: "Wat aandacht vraagt" })).toBeVisible();
  await expectAccessible(editor);
  await entry.getByRole("link", { name }).click();
  await expect(editor).toHaveURL(new RegExp(`/admin/content/organisation/${item.id}\\?locale=fr$`));

  await page.goto("/admin");
  await expect(page.getByRole("region", { name: "Waiting for review" }).getByText(name)).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "What needs attention" })
      .getByRole("link", { name: /^Nederlands, Missing: \d+$/ }),
  ).toHaveAttribute("href", "/admin/translations?locale=nl&state=missing");
  await expectAccessible(page);
  await expectNarrowAndDark(page, "dashboard-en");
  await expectNarrowAndDark(translator, "dashboard-fr");
});
