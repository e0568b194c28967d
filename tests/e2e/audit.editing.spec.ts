import { expect, test } from "@playwright/test";
import { admin, gotoEditor, session } from "./admin-helpers";
import { createOrganisation, expectNarrowAndDark, signedInAs, uniqueName } from "./content-helpers";
import { expectAccessible } from "./helpers";

test("the audit log tells who published which translation, links the item and keeps the record behind a disclosure, in each interface language", async ({
  browser,
}) => {
  // Three interface languages: three accounts and sign-ins.
  test.setTimeout(90_000);
  const page = await session(browser, admin.email, admin.password);
  const publisherName = uniqueName("Anna Peeters");
  const { page: publisher, email: publisherEmail } = await signedInAs(page, browser, {
    name: publisherName,
    role: "admin",
    locales: [],
    ui: "English",
  });
  const name = uniqueName("Audited");
  const item = await createOrganisation(publisher, name);
  await gotoEditor(publisher, item.editor("en"));
  await publisher.getByLabel("Summary", { exact: true }).fill("An audited agency.");
  await publisher.getByLabel("Text", { exact: true }).fill("What the audited agency does.");
  await publisher.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(
    publisher.getByRole("main").getByRole("status").filter({ hasText: "Published" }),
  ).toBeVisible();

  await publisher.getByRole("link", { name: "Audit log" }).click();
  await publisher.getByLabel("Action").selectOption({ label: "Published" });
  await publisher.getByLabel("Who (email)").fill(publisherEmail);
  await publisher.getByRole("button", { name: "Filter" }).click();
  await expect(publisher.getByRole("status")).toHaveText("1 entry");
  const row = publisher.getByRole("region", { name: "Audit log" }).getByRole("row").nth(1);
  await expect(row).toContainText(
    `${publisherName} published the English translation of ${name} (version 2).`,
  );
  await expect(row.getByRole("link", { name })).toHaveAttribute("href", item.editor("en"));
  const record = row.getByRole("group");
  await expect(record.getByText("content.publish")).toBeHidden();
  await row.getByText("As recorded").click();
  await expect(record.getByText("content.publish")).toBeVisible();
  await expect(record).toContainText(publisherEmail);
  await expectAccessible(publisher);
  await expectNarrowAndDark(publisher, "audit-en");

  for (const [ui, action, sentence] of [
    [
      "Nederlands",
      "Gepubliceerd",
      `${publisherName} heeft de Engelse vertaling van ${name} gepubliceerd (versie 2).`,
    ],
    ["Français", "Publié", `${publisherName} a publié la traduction anglaise de ${name} (version 2).`],
  ]) {
    const { page: reader } = await signedInAs(page, browser, {
      name: `Admin ${ui}`,
      role: "admin",
      locales: [],
      ui,
    });
    await reader.goto(`/admin/audit?who=${encodeURIComponent(publisherEmail)}`);
    await reader.getByRole("combobox").first().selectOption({ label: action });
    await reader.getByRole("search").getByRole("button").click();
    await expect(reader.getByRole("main").getByRole("row").nth(1)).toContainText(sentence);
    await expectAccessible(reader);
  }
});
