// What the admin-data journeys share: items of their own, made through the admin, and the check
// of a page at 320 px in dark mode.
import fs from "node:fs";
import { expect, type Browser, type Page } from "@playwright/test";
import { createAccount, session, uniqueEmail, type NewAccount } from "./admin-helpers";
import { expectAccessible } from "./helpers";

/** A name no other journey uses. */
export const uniqueName = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/** A new account of the journey's own, made by the admin signed in on `admin`, signed in. */
export async function signedInAs(admin: Page, browser: Browser, account: Omit<NewAccount, "email">) {
  const email = uniqueEmail(account.role);
  const password = await createAccount(admin, { ...account, email });
  return { page: await session(browser, email, password), email };
}

/**
 * An organisation with its first translation (a draft), made by a signed-in editor whose
 * interface is English. Returns its id and the address of its editor in a language.
 */
export async function createOrganisation(page: Page, name: string, locale = "en") {
  await page.goto("/admin/content/new?type=organisation");
  await page.getByLabel("Language of the first translation").selectOption(locale);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/admin\/content\/organisation\/[^/?]+\?locale=/);
  const path = new URL(page.url()).pathname;
  return {
    id: path.split("/").pop()!,
    editor: (language: string) => `${path}?locale=${language}`,
    history: (language: string) => `${path}/history?locale=${language}`,
  };
}

/**
 * An organisation published in English by a signed-in editor whose interface is English, with a
 * summary and a text made from its name. Returns what createOrganisation does, and its address.
 */
export async function publishOrganisation(page: Page, name: string) {
  const item = await createOrganisation(page, name);
  await page.goto(item.editor("en"));
  await page.waitForFunction(() => document.querySelector("form#translation")?.hasAttribute("data-ready"));
  await page.getByLabel("Summary", { exact: true }).fill(`${name}: a summary.`);
  await page.getByLabel("Text", { exact: true }).fill(`${name}: the text.`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeFocused();
  const address = (await page
    .getByText(/^Address:/)
    .locator("code")
    .first()
    .textContent())!;
  return { ...item, address };
}

/**
 * The page at 320 px wide in dark mode: accessible (axe checks contrast in the dark colours),
 * nothing wider than the screen except inside the scrolling table regions, and a screenshot
 * in test-results/screens to look at.
 */
export async function expectNarrowAndDark(page: Page, name: string) {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  fs.mkdirSync("test-results/screens", { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: "light" });
}
