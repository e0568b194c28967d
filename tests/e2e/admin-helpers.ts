// What the admin journeys share: the seeded administrator, signing in, accounts, the editor.
import { expect, type Browser, type Page } from "@playwright/test";

/** Created by the seed from ADMIN_EMAIL/ADMIN_PASSWORD (scripts/test.mjs sets both). */
export const admin = { email: process.env.ADMIN_EMAIL!, password: process.env.ADMIN_PASSWORD! };

/** Fills the sign-in form in any interface language (the outcome is the caller's to check). */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/admin/sign-in");
  await page.getByLabel(/^(Email address|E-mailadres|Adresse e-mail|E-Mail-Adresse)$/).fill(email);
  await page.getByLabel(/^(Password|Wachtwoord|Mot de passe|Passwort)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Aanmelden|Se connecter|Anmelden)$/ }).click();
}

/** A signed-in page in a browser context of its own. */
export async function session(browser: Browser, email: string, password: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

export interface NewAccount {
  name: string;
  email: string;
  role: "admin" | "editor" | "translator";
  /** Labels of the languages to tick, e.g. "Français". */
  locales: string[];
  /** Label of the interface language, e.g. "Nederlands". */
  ui: string;
}

/** An admin (signed in on `page`, English interface) creates an account; returns its one-time password. */
export async function createAccount(page: Page, account: NewAccount) {
  await page.goto("/admin/users");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email address").fill(account.email);
  // By value: the labels are the role names in the admin's language ("administrator").
  await page.getByLabel("Role", { exact: true }).selectOption(account.role);
  for (const language of account.locales) await page.getByRole("checkbox", { name: language }).check();
  await page.getByLabel("Language of the administration").selectOption({ label: account.ui });
  await page.getByRole("button", { name: "Create user" }).click();
  const password = (await page.getByTestId("one-time-password").textContent())!.trim();
  expect(password).toHaveLength(20);
  return password;
}

/** A unique address for an account made by one test run. */
export const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`;

/** Finds an item in the content list and opens its editor in one language. */
export async function openEditor(page: Page, query: string, type: string, name: string, locale: string) {
  await page.goto(`/admin/content?q=${encodeURIComponent(query)}&type=${type}`);
  const href = await page.getByRole("link", { name, exact: true }).first().getAttribute("href");
  await gotoEditor(page, href!.replace(/locale=\w+/, `locale=${locale}`));
}

/**
 * Opens an item's editor and, when it has a translation form, waits until the form is interactive:
 * a fill that races React taking over the field can land beside the text instead of replacing it.
 */
export async function gotoEditor(page: Page, url: string) {
  await page.goto(url);
  if (await page.locator("form#translation").count())
    await page.locator("form#translation[data-ready]").waitFor();
}

/**
 * A publication is live once the editor is told so: the reader's very next visit shows it. One
 * visit, no retries and no clock: the publish action expires the cached pages before it answers
 * (how fast that is under load is `npm run bench`'s and `npm run soak`'s to measure).
 */
export async function expectLiveAtOnce(reader: Page, path: string, text: string) {
  expect((await reader.goto(path))?.status()).toBe(200);
  await expect(reader.getByText(text)).toBeVisible();
}

/**
 * Watches the document's title from now on; the returned function says whether the page was ever
 * without one (a save that refreshes the page must not leave it untitled, even for a moment).
 */
export async function watchTitle(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { untitled: boolean };
    w.untitled = false;
    new MutationObserver(() => {
      if (!document.title.trim()) w.untitled = true;
    }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { untitled: boolean }).untitled);
}
