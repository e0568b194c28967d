import { expect, test, type Browser } from "@playwright/test";
import { admin, createAccount, signIn } from "./admin-helpers";
import { expectAccessible } from "./helpers";

async function newPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test("sign in, see the dashboard, sign out", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in\?next=%2Fadmin/);
  await expectAccessible(page);
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("region", { name: "What needs attention" })).toContainText("Nederlands");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test("a wrong password gets the generic error, and the email is kept", async ({ page }) => {
  await signIn(page, admin.email, "not-the-right-password");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("The email address or password is not correct.");
  await expect(page.getByLabel("Email address")).toHaveValue(admin.email);
  await signIn(page, "nobody@example.test", "not-the-right-password");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "The email address or password is not correct.",
  );
  await expectAccessible(page);
});

test("admin pages are never cached or indexed", async ({ page, request }) => {
  const response = await request.get("/admin/sign-in");
  expect(response.headers()["cache-control"]).toMatch(/no-store|no-cache|private/);
  await page.goto("/admin/sign-in");
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
});

test("an admin creates a translator, who works in French and may not manage users; deactivated, they are thrown out", async ({
  page,
  browser,
}) => {
  await signIn(page, admin.email, admin.password);
  const email = `traductrice-${Date.now()}@example.test`;
  const password = await createAccount(page, {
    name: "Traductrice",
    email,
    role: "translator",
    locales: ["Français"],
    ui: "Français",
  });
  await expectAccessible(page);

  const translator = await newPage(browser);
  await signIn(translator, email, password);
  await expect(translator.getByRole("heading", { level: 1, name: "Tableau de bord" })).toBeVisible();
  await expect(translator.locator("html")).toHaveAttribute("lang", "fr");
  await expect(translator.getByRole("link", { name: /mot de passe à usage unique/ })).toBeVisible();
  await expect(translator.getByRole("link", { name: "Utilisateurs" })).toHaveCount(0);
  const forbidden = await translator.goto("/admin/users");
  expect(forbidden?.status()).toBe(403);
  await expect(translator.getByRole("heading", { level: 1, name: "Accès refusé" })).toBeVisible();
  await expectAccessible(translator);

  await page.getByRole("link", { name: "Traductrice" }).click();
  // One click only asks: nobody is signed out by a slip of the mouse.
  await page.getByRole("button", { name: "Deactivate" }).click();
  const ask = page.getByRole("dialog", { name: "Deactivate Traductrice?" });
  await expect(ask).toContainText("signed out everywhere at once");
  await ask.getByRole("button", { name: "Cancel" }).click();
  await translator.goto("/admin");
  await expect(translator.getByRole("heading", { level: 1, name: "Tableau de bord" })).toBeVisible();
  await page.getByRole("button", { name: "Deactivate" }).click();
  await ask.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Traductrice is deactivated and signed out everywhere.",
  );
  await translator.goto("/admin");
  await expect(translator).toHaveURL(/\/admin\/sign-in/);
  await signIn(translator, email, password);
  // Signed out, the sign-in page speaks the browser's language (English here).
  await expect(translator.getByRole("main").getByRole("alert")).toContainText(
    "The email address or password is not correct.",
  );
});

test("everyone can change their own password; field errors are announced and linked", async ({
  page,
  browser,
}) => {
  await signIn(page, admin.email, admin.password);
  const email = `editor-${Date.now()}@example.test`;
  const oneTime = await createAccount(page, {
    name: "Editor",
    email,
    role: "editor",
    locales: [],
    ui: "English",
  });
  const editor = await newPage(browser);
  await signIn(editor, email, oneTime);
  await editor.getByRole("link", { name: "My account" }).click();
  await editor.getByLabel("Current password").fill(oneTime);
  await editor.getByLabel("New password (at least 12 characters)").fill("short");
  await editor.getByLabel("Repeat the new password").fill("different");
  await editor.getByRole("button", { name: "Change password" }).click();
  const summary = editor.getByRole("main").getByRole("alert");
  await expect(summary).toContainText("Use at least 12 characters.");
  await expect(summary.getByRole("link", { name: "The two passwords are not the same." })).toBeVisible();
  await expect(editor.getByLabel("New password (at least 12 characters)")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expectAccessible(editor);
  await editor.getByLabel("Current password").fill(oneTime);
  await editor.getByLabel("New password (at least 12 characters)").fill("my-own-long-password");
  await editor.getByLabel("Repeat the new password").fill("my-own-long-password");
  await editor.getByRole("button", { name: "Change password" }).click();
  await expect(editor.getByRole("status")).toContainText("Your password is changed.");
  await editor.getByRole("button", { name: "Sign out" }).click();
  await signIn(editor, email, "my-own-long-password");
  await expect(editor.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
