import { expect, test } from "@playwright/test";
import nl from "../../messages/nl.json";
import { pageTypes } from "./pages";

// A theme shown on an initiative or an organisation is a link to the initiatives on that theme.
test("a theme tag on an initiative page leads to the initiatives filtered on that theme", async ({
  page,
}) => {
  await page.goto(pageTypes.initiative.nl[0]);
  // The initiative's own themes, among its facts (its organisations' cards list theirs too).
  await page
    .getByRole("main")
    .getByRole("definition")
    .getByRole("link", { name: nl.Themes.data_sharing, exact: true })
    .click();
  await expect(page).toHaveURL(/\/nl\/initiatieven\?theme=data_sharing$/);
  await expect(page.getByRole("heading", { level: 1, name: nl.Initiatives.title })).toBeVisible();
  await expect(page.getByLabel(nl.Initiatives.theme, { exact: true })).toHaveValue("data_sharing");
  await expect(page.getByRole("link", { name: pageTypes.initiative.nl[1] })).toBeVisible();
});

test("a theme tag on an initiative card and on an organisation page filters the list", async ({ page }) => {
  await page.goto(pageTypes.initiatives.nl[0]);
  const card = page
    .getByRole("article")
    .filter({ has: page.getByRole("link", { name: pageTypes.initiative.nl[1] }) });
  const tags = card.getByRole("list", { name: nl.Initiatives.themes });
  await tags.getByRole("link", { name: nl.Themes.data_sharing, exact: true }).click();
  await expect(page).toHaveURL(/\/nl\/initiatieven\?theme=data_sharing$/);
  await expect(page.getByLabel(nl.Initiatives.theme, { exact: true })).toHaveValue("data_sharing");

  await page.goto("/nl/organisaties/sustain-brussels");
  await page.getByRole("main").getByRole("link", { name: nl.Themes.ai, exact: true }).first().click();
  await expect(page).toHaveURL(/\/nl\/initiatieven\?theme=ai$/);
  await expect(page.getByLabel(nl.Initiatives.theme, { exact: true })).toHaveValue("ai");
});
