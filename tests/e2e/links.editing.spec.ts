// Links between items: the picker inserts a reference by keyboard, and the public page follows it.
import { expect, test } from "@playwright/test";
import { messages } from "@/lib/i18n/messages";
import { admin, openEditor, session } from "./admin-helpers";
import { expectAccessible } from "./helpers";

const m = messages.en;

test("the link picker finds an item by name and inserts a reference to it, by keyboard", async ({
  browser,
}) => {
  const page = await session(browser, admin.email, admin.password);
  await page.setViewportSize({ width: 320, height: 800 });
  await openEditor(page, "digitaal-vlaanderen", "organisation", "Digitaal Vlaanderen", "en");
  const body = page.getByRole("textbox", { name: m.Editor.body, exact: true });
  await body.fill("See ");
  await page.getByRole("button", { name: m.Form.linkItem }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: m.Form.linkItem });
  const search = dialog.getByRole("combobox", { name: m.Form.linkItemSearch });
  await expect(search).toBeFocused();
  await page.keyboard.type("wallon");
  await expect(dialog.getByRole("option").first()).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(body).toBeFocused();
  await expect(body).toHaveValue(
    /^See \[[^\]]+\]\(item:(region|organisation|initiative|strategy|pillar)\/[a-z0-9-]+\)$/,
  );
  await expect(page.getByRole("status").filter({ hasText: /inserted/ })).toHaveCount(1);
});
