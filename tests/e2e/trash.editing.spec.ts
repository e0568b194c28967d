// The trash, in each admin language: a deleted item waits there; an admin brings it back, with its
// public page; an editor has no trash; a second restore of the same item says it is gone.
import { expect, test } from "@playwright/test";
import { autonyms } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { admin, session } from "./admin-helpers";
import {
  createOrganisation,
  expectNarrowAndDark,
  publishOrganisation,
  signedInAs,
  uniqueName,
} from "./content-helpers";
import { expectAccessible } from "./helpers";

const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

for (const ui of ["nl", "fr", "en"] as const satisfies readonly Locale[]) {
  test(`a deleted item waits in the trash and an admin restores it, page and all (${ui})`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(90_000);
    const m = messages[ui];
    const seedAdmin = await session(browser, admin.email, admin.password);
    const { page } = await signedInAs(seedAdmin, browser, {
      name: `Admin ${ui}`,
      role: "admin",
      locales: [],
      ui: autonyms[ui],
    });
    const name = uniqueName(`Trash ${ui}`);
    const { address, ...item } = await publishOrganisation(seedAdmin, name);

    // Deleted in this admin's language: the list says where it went.
    await page.goto(item.editor("en"));
    await page.waitForFunction(() => document.querySelector("form#delete")?.hasAttribute("data-ready"));
    await page.getByRole("button", { name: m.Editor.deleteButton }).click();
    await page
      .getByRole("dialog", { name: fill(m.Editor.deleteTitle, { name }) })
      .getByRole("button", { name: m.Editor.delete, exact: true })
      .click();
    await expect(page.getByRole("status").filter({ hasText: m.Editor.deleted })).toBeVisible();
    expect((await request.get(address)).status()).toBe(404);

    await page.getByRole("navigation").getByRole("link", { name: m.Admin.trash }).click();
    await expect(page.getByRole("heading", { level: 1, name: m.Trash.title })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
    await expect(row).toContainText(m.ContentType.organisation);
    await expect(row).toContainText(`Admin ${ui}`);
    await expectAccessible(page);
    await expectNarrowAndDark(page, `trash-${ui}`);

    const restore = row.getByRole("button", { name: `${m.Trash.restore} ${name}` });
    await page.waitForFunction(() =>
      [...document.querySelectorAll("form[id^=restore-]")].every((f) => f.hasAttribute("data-ready")),
    );
    // A double click restores once.
    await restore.dblclick();
    const done = page.getByRole("status").filter({ hasText: m.Trash.restored });
    await expect(done).toBeFocused();
    await expect(page.getByText(m.Errors.trashGone)).toHaveCount(0);
    expect((await request.get(address)).status()).toBe(200);
    await done.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

    // Gone from the trash.
    await page.goto("/admin/trash");
    await expect(page.getByRole("rowheader", { name })).toHaveCount(0);
  });
}

test("editors have no trash, and a stale restore says the item is gone", async ({ browser }) => {
  const seedAdmin = await session(browser, admin.email, admin.password);
  const { page: editor } = await signedInAs(seedAdmin, browser, {
    name: "Trashless editor",
    role: "editor",
    locales: [],
    ui: autonyms.en,
  });
  await expect(editor.getByRole("navigation").getByRole("link", { name: "Trash" })).toHaveCount(0);
  expect((await editor.goto("/admin/trash"))?.status()).toBe(403);

  const name = uniqueName("Twice");
  const item = await createOrganisation(seedAdmin, name);
  await seedAdmin.goto(item.editor("en"));
  await seedAdmin.waitForFunction(() => document.querySelector("form#delete")?.hasAttribute("data-ready"));
  await seedAdmin.getByRole("button", { name: "Delete this item…" }).click();
  await seedAdmin
    .getByRole("dialog", { name: `Delete “${name}” in every language?` })
    .getByRole("button", { name: "Delete", exact: true })
    .click();
  await expect(seedAdmin).toHaveURL(/deleted=organisation/);
  const { page: secondAdmin } = await signedInAs(seedAdmin, browser, {
    name: "Second admin",
    role: "admin",
    locales: [],
    ui: autonyms.en,
  });
  for (const p of [seedAdmin, secondAdmin]) {
    await p.goto("/admin/trash");
    await p.waitForFunction(() =>
      [...document.querySelectorAll("form[id^=restore-]")].every((f) => f.hasAttribute("data-ready")),
    );
  }
  await seedAdmin.getByRole("button", { name: `Restore ${name}` }).click();
  await expect(seedAdmin.getByRole("status").filter({ hasText: "Restored." })).toBeFocused();
  await secondAdmin.getByRole("button", { name: `Restore ${name}` }).click();
  await expect(secondAdmin.getByRole("alert").filter({ hasText: "no longer in the trash" })).toBeVisible();
});
