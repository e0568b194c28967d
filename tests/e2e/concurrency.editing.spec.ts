import { expect, test, type Page } from "@playwright/test";
import { admin, gotoEditor, session } from "./admin-helpers";
import { createOrganisation, signedInAs, uniqueName } from "./content-helpers";

/** What the save ended with on this page: saved, or refused because someone saved first. */
async function outcome(page: Page) {
  const main = page.getByRole("main");
  const saved = main.getByRole("status").filter({ hasText: "Draft saved" });
  const refused = main
    .getByRole("alert")
    .filter({ hasText: "Someone else saved this translation in the meantime." });
  await expect(saved.or(refused)).toBeVisible();
  return (await saved.count()) ? "saved" : "refused";
}

test("two editors press Save on the same translation at the same moment: one is saved, the other is told, the history has each version once", async ({
  browser,
}) => {
  const page = await session(browser, admin.email, admin.password);
  const item = await createOrganisation(page, uniqueName("Simultaneous"));
  const { page: other } = await signedInAs(page, browser, {
    name: "Second editor",
    role: "editor",
    locales: [],
    ui: "English",
  });
  await gotoEditor(page, item.editor("en"));
  await gotoEditor(other, item.editor("en"));
  await page.getByLabel("Summary").fill("Summary of the administrator.");
  await other.getByLabel("Summary").fill("Summary of the second editor.");

  await Promise.all([
    page.getByRole("button", { name: "Save draft" }).click(),
    other.getByRole("button", { name: "Save draft" }).click(),
  ]);
  const mine = await outcome(page);
  const theirs = await outcome(other);
  expect([mine, theirs].sort()).toEqual(["refused", "saved"]);
  const [winner, loser] = mine === "saved" ? [page, other] : [other, page];
  const loserText = loser === page ? "Summary of the administrator." : "Summary of the second editor.";
  const winnerText = winner === page ? "Summary of the administrator." : "Summary of the second editor.";
  // The refused editor keeps their text and sees the other one.
  await expect(loser.getByRole("textbox", { name: "Summary" })).toHaveValue(loserText);
  await expect(loser.getByRole("region", { name: /saved version 2/ })).toContainText(winnerText);

  await winner.goto(item.history("en"));
  const versions = winner.getByRole("table", { name: "Saved versions" }).getByRole("rowheader");
  await expect(versions).toHaveText([/^2/, /^1/]);
});
