// Two-step sign-in in the browser, in Dutch, French and English: enrolment from the account page
// with codes computed from the key the page shows (RFC 6238), the code step after the password,
// backup codes, the limits, an admin's reset and the requirement per role. The requirement is
// site-wide, so this file runs alone (the "accounts" project, after the editing journeys).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { base32Decode, totp } from "@/lib/auth/totp";
import { admin, createAccount, signIn, uniqueEmail } from "./admin-helpers";
import { expectAccessible } from "./helpers";

test.describe.configure({ mode: "serial" });

/** The code an authenticator app shows now for the key the page shows ("ABCD EFGH …"). */
const codeFor = (key: string, at = Date.now()) => totp(base32Decode(key), at);
/** A code that is not valid now, nor one step either side. */
function wrongCodeFor(key: string) {
  const valid = new Set([-30_000, 0, 30_000].map((d) => codeFor(key, Date.now() + d)));
  return ["000000", "111111", "222222", "333333"].find((c) => !valid.has(c))!;
}

async function browserIn(browser: Browser, locale: string) {
  return (await browser.newContext({ locale })).newPage();
}

async function adminPage(browser: Browser) {
  const page = await browserIn(browser, "en-GB");
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  return page;
}

/** Texts of one admin language, as the pages show them. */
const texts = {
  nl: {
    account: "Mijn account",
    start: "Aanmelden in twee stappen instellen",
    qr: "QR-code om Digital Belgium aan je authenticator-app toe te voegen",
    code: "Code uit je authenticator-app",
    confirm: "Aanmelden in twee stappen aanzetten",
    wrong: "De code klopt niet.",
    on: "Aanmelden in twee stappen staat aan.",
    title: "Aanmelden in twee stappen",
    submit: "Verder",
    dashboard: "Dashboard",
    required: "Je rol vereist aanmelden in twee stappen.",
  },
  fr: {
    account: "Mon compte",
    start: "Activer la connexion en deux étapes",
    qr: "Code QR pour ajouter Digital Belgium à votre application d’authentification",
    code: "Code de votre application d’authentification",
    confirm: "Activer la connexion en deux étapes",
    wrong: "Le code n’est pas correct.",
    on: "La connexion en deux étapes est activée.",
    title: "Connexion en deux étapes",
    submit: "Continuer",
    dashboard: "Tableau de bord",
    required: "Votre rôle exige la connexion en deux étapes.",
  },
  en: {
    account: "My account",
    start: "Set up two-step sign-in",
    qr: "QR code to add Digital Belgium to your authenticator app",
    code: "Code from your authenticator app",
    confirm: "Turn on two-step sign-in",
    wrong: "The code is not correct.",
    on: "Two-step sign-in is on.",
    title: "Two-step sign-in",
    submit: "Continue",
    dashboard: "Dashboard",
    required: "Your role requires two-step sign-in.",
  },
};
type Texts = (typeof texts)["en"];

/** Sets it up from the account page: a wrong first code, then the right one; returns key and backup codes. */
async function enrolOn(page: Page, t: Texts) {
  await page.goto("/admin/account");
  await page.getByRole("button", { name: t.start, exact: true }).click();
  await expect(page.getByRole("img", { name: t.qr })).toBeVisible();
  const key = (await page.getByTestId("two-factor-key").textContent())!.replace(/\s/g, "");
  expect(key).toMatch(/^[A-Z2-7]{40,}$/);
  await page.locator("form#two-factor-confirm[data-ready]").waitFor();
  await expectAccessible(page);
  await page.getByLabel(t.code).fill(wrongCodeFor(key));
  await page.getByRole("button", { name: t.confirm }).click();
  await expect(page.getByRole("main").getByRole("alert").filter({ hasText: t.wrong })).toBeVisible();
  await expect(page.getByLabel(t.code)).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel(t.code).fill(codeFor(key));
  await page.getByRole("button", { name: t.confirm }).click();
  const codes = page.getByTestId("backup-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await expect(page.getByRole("status").filter({ hasText: t.on })).toBeVisible();
  await expectAccessible(page);
  const backupCodes = (await codes.allTextContents()).map((c) => c.trim());
  // Shown once: not on the page any more after a reload.
  await page.reload();
  await expect(page.getByTestId("backup-codes")).toHaveCount(0);
  await expect(page.getByText(backupCodes[0])).toHaveCount(0);
  return { key, backupCodes };
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: /^(Sign out|Afmelden|Se déconnecter|Abmelden)$/ }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
}

test("in Dutch: set up with a QR code and a first code, then every sign-in asks for the code", async ({
  browser,
}) => {
  const page = await adminPage(browser);
  const email = uniqueEmail("redacteur");
  const password = await createAccount(page, {
    name: "Redacteur 2FA",
    email,
    role: "editor",
    locales: [],
    ui: "Nederlands",
  });

  const editor = await browserIn(browser, "nl-BE");
  await signIn(editor, email, password);
  await expect(editor.getByRole("heading", { level: 1, name: texts.nl.dashboard })).toBeVisible();
  const { key } = await enrolOn(editor, texts.nl);
  await signOut(editor);

  await signIn(editor, email, password);
  await expect(editor).toHaveURL(/\/admin\/sign-in\/two-factor$/);
  await expect(editor.getByRole("heading", { level: 1, name: texts.nl.title })).toBeVisible();
  await expectAccessible(editor);
  // Nothing of the admin before the code.
  await editor.goto("/admin");
  await expect(editor).toHaveURL(/\/admin\/sign-in\?next=/);
  await signIn(editor, email, password);
  await editor.getByLabel(texts.nl.code).fill(wrongCodeFor(key));
  await editor.getByRole("button", { name: texts.nl.submit }).click();
  await expect(editor.getByRole("main").getByRole("alert").filter({ hasText: texts.nl.wrong })).toBeVisible();
  await expectAccessible(editor);
  await editor.getByLabel(texts.nl.code).fill(codeFor(key));
  await editor.getByRole("button", { name: texts.nl.submit }).click();
  await expect(editor.getByRole("heading", { level: 1, name: texts.nl.dashboard })).toBeVisible();

  // Turning it off asks for the password.
  await editor.goto("/admin/account");
  await editor.locator("form#two-factor-disable[data-ready]").waitFor();
  await editor.getByLabel("Je wachtwoord").fill("niet-het-wachtwoord");
  await editor.getByRole("button", { name: "Aanmelden in twee stappen uitzetten" }).click();
  await expect(editor.getByRole("main").getByRole("alert")).toBeVisible();
  await editor.getByLabel("Je wachtwoord").fill(password);
  await editor.getByRole("button", { name: "Aanmelden in twee stappen uitzetten" }).click();
  await expect(
    editor.getByText("Aanmelden in twee stappen staat uit.", { exact: false }).first(),
  ).toBeVisible();
  await signOut(editor);
  await signIn(editor, email, password);
  await expect(editor.getByRole("heading", { level: 1, name: texts.nl.dashboard })).toBeVisible();
});

test("in English: a backup code works once; the code step is rate-limited", async ({ browser }) => {
  const page = await adminPage(browser);
  const email = uniqueEmail("editor-2fa");
  const password = await createAccount(page, {
    name: "Editor 2FA",
    email,
    role: "editor",
    locales: [],
    ui: "English",
  });
  const editor = await browserIn(browser, "en-GB");
  await signIn(editor, email, password);
  const { key, backupCodes } = await enrolOn(editor, texts.en);
  await signOut(editor);

  await signIn(editor, email, password);
  await editor.getByRole("link", { name: "I cannot use my authenticator app: use a backup code" }).click();
  await expect(editor.getByLabel("Backup code")).toBeVisible();
  await expectAccessible(editor);
  await editor.getByLabel("Backup code").fill(backupCodes[0]);
  await editor.getByRole("button", { name: "Continue" }).click();
  await expect(editor).toHaveURL(/\/admin\/account\?backupCodeUsed=1/);
  await expect(editor.getByRole("status").filter({ hasText: "backup code" })).toContainText(
    "You have 9 backup codes left.",
  );
  await signOut(editor);

  await signIn(editor, email, password);
  await editor.getByRole("link", { name: /use a backup code/ }).click();
  await editor.getByLabel("Backup code").fill(backupCodes[0]);
  await editor.getByRole("button", { name: "Continue" }).click();
  await expect(
    editor
      .getByRole("main")
      .getByRole("alert")
      .filter({ hasText: "This backup code is not correct or has already been used." }),
  ).toBeVisible();
  // Back to the app's codes: five wrong ones, then even the right one is refused for a while.
  await editor.getByRole("link", { name: "Use a code from my authenticator app" }).click();
  for (let i = 0; i < 4; i++) {
    await editor.getByLabel(texts.en.code).fill(wrongCodeFor(key));
    await editor.getByRole("button", { name: "Continue" }).click();
    await expect(
      editor.getByRole("main").getByRole("alert").filter({ hasText: texts.en.wrong }),
    ).toBeVisible();
  }
  await editor.getByLabel(texts.en.code).fill(codeFor(key));
  const limited = editor.waitForResponse((r) => r.url().endsWith("/api/auth/two-factor"));
  await editor.getByRole("button", { name: "Continue" }).click();
  expect((await limited).status()).toBe(429);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Two-step sign-in");
  await expect(editor.getByText(/Too many attempts\. Try again in \d+ seconds\./)).toBeVisible();
  await expectAccessible(editor);
});

test("in French: required for translators, a translator sets it up before anything else; an admin's reset sends them back to it", async ({
  browser,
}) => {
  const page = await adminPage(browser);
  const email = uniqueEmail("traducteur-2fa");
  const password = await createAccount(page, {
    name: "Traducteur 2FA",
    email,
    role: "translator",
    locales: ["Français"],
    ui: "Français",
  });
  await page.goto("/admin/users");
  const policy = page.getByRole("form", { name: "Two-step sign-in per role" });
  await page.locator("form#two-factor-policy[data-ready]").waitFor();
  await policy.getByRole("checkbox", { name: "translator", exact: true }).check();
  await policy.getByRole("button", { name: "Save" }).click();
  await expect(policy.getByRole("status")).toHaveText("Saved.");
  await expectAccessible(page);

  try {
    const translator = await browserIn(browser, "fr-BE");
    await signIn(translator, email, password);
    await expect(translator).toHaveURL(/\/admin\/account$/);
    await expect(translator.getByRole("main").getByRole("alert").first()).toContainText(texts.fr.required);
    await expectAccessible(translator);
    await translator.goto("/admin/content");
    await expect(translator).toHaveURL(/\/admin\/account$/);
    await enrolOn(translator, texts.fr);
    await translator.goto("/admin/content");
    await expect(translator).toHaveURL(/\/admin\/content$/);
    await translator.goto("/admin/account");
    await expect(translator.getByText(/elle ne peut pas être désactivée/)).toBeVisible();

    // The translator lost the phone: an admin turns it off from the user's page (confirmed first).
    await page.goto("/admin/users");
    await page.getByRole("link", { name: "Traducteur 2FA" }).first().click();
    await expect(page.getByText("Two-step sign-in: on")).toBeVisible();
    await page.getByRole("button", { name: "Turn off two-step sign-in" }).click();
    const ask = page.getByRole("dialog", { name: "Turn off the two-step sign-in of Traducteur 2FA?" });
    await ask.getByRole("button", { name: "Turn off two-step sign-in" }).click();
    await expect(page.getByText("The two-step sign-in of Traducteur 2FA is off.")).toBeVisible();
    await expectAccessible(page);

    await translator.goto("/admin/content");
    await expect(translator).toHaveURL(/\/admin\/sign-in/);
    await signIn(translator, email, password);
    await expect(translator).toHaveURL(/\/admin\/account$/);
    await expect(translator.getByRole("button", { name: texts.fr.start, exact: true })).toBeVisible();
  } finally {
    await page.goto("/admin/users");
    await page.locator("form#two-factor-policy[data-ready]").waitFor();
    await page.getByRole("checkbox", { name: "translator", exact: true }).uncheck();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(
      page.getByRole("form", { name: "Two-step sign-in per role" }).getByRole("status"),
    ).toHaveText("Saved.");
  }
});
