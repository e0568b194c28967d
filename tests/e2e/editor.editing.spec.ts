// An editor's work is never lost: refused saves, conflicts, leaving, reloading, destructive
// actions and what the page will not show, tried the way editors work, in each interface language.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { autonyms as autonym } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { locales, type Locale } from "@/lib/i18n/routing";
import { admin, createAccount, session, signIn, uniqueEmail, watchTitle } from "./admin-helpers";
import { expectAccessible } from "./helpers";

type Ui = Locale;
const uis: readonly Ui[] = locales;
const { fr } = messages;
const accounts = {} as Record<Ui, { email: string; password: string; name: string }>;

/** An ICU message with its {placeholders} filled, for texts the tests look for. */
const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)[^}]*\}/g, (_, key: string) => String(values[key] ?? ""));

/** A number as the interface writes it, as a pattern (French groups digits with a narrow space). */
const number = (ui: Ui, n: number) => new Intl.NumberFormat(ui).format(n).replace(/\s/g, "\\s");

const unique = () => Math.random().toString(36).slice(2, 8);

/** The admin (English interface) creates an organisation with an English draft; returns its editor URL. */
async function newOrganisation(page: Page, name: string) {
  await page.goto("/admin/content/new?type=organisation");
  await page.getByLabel("Language of the first translation").selectOption("en");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page).toHaveURL(/\/admin\/content\/organisation\/\w+\?locale=en$/);
  return page.url().replace(/\?.*$/, "");
}

/** Opens the editor, waiting until its form is interactive (hydrated). */
async function openEditor(page: Page, url: string, locale: string) {
  await page.goto(`${url}?locale=${locale}`);
  await expect(page.locator("form#translation")).toBeVisible();
  await page.waitForFunction(() => document.querySelector("form#translation")?.hasAttribute("data-ready"));
}

const labels = (ui: Ui) => ({
  name: messages[ui].Editor.name,
  body: messages[ui].Editor.body,
  summary: messages[ui].Editor.summary,
  slug: messages[ui].Editor.slug,
});

/** A field of the translation form, by its label in the interface language. */
const field = (page: Page, ui: Ui, name: keyof ReturnType<typeof labels>) =>
  page.getByRole("textbox", { name: labels(ui)[name], exact: true });

// An editor per interface language, made once per worker: each test stands on its own.
test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await session(browser, admin.email, admin.password);
  for (const ui of uis) {
    const name = `Editor ${ui.toUpperCase()} ${unique()}`;
    const email = uniqueEmail(`editor-${ui}`);
    const password = await createAccount(page, { name, email, role: "editor", locales: [], ui: autonym[ui] });
    accounts[ui] = { email, password, name };
  }
  await page.context().close();
});

async function signedInEditor(browser: Browser, ui: Ui) {
  const page = await session(browser, accounts[ui].email, accounts[ui].password);
  await expect(page.locator("html")).toHaveAttribute("lang", ui);
  return page;
}

test("a refused save loses nothing, whatever was refused, in every interface language", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const adminPage = await session(browser, admin.email, admin.password);
  for (const ui of uis) {
    const m = messages[ui];
    const url = await newOrganisation(adminPage, `Refused save ${ui} ${unique()}`);
    const page = await signedInEditor(browser, ui);
    // The Dutch translation does not exist yet: an empty form.
    await openEditor(page, url, "nl");
    const text = `Een tekst die niet verloren mag gaan (${ui}).\n\n- met een lijst`;
    await field(page, ui, "summary").fill("Een samenvatting.");
    await field(page, ui, "body").fill(text);

    // Refused: no name.
    await page.getByRole("button", { name: m.Editor.saveDraft }).click();
    const summary = page.getByRole("alert").filter({ hasText: m.Errors.summary });
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    await expect(summary).toContainText(m.Form.kept);
    await expect(field(page, ui, "name")).toHaveAttribute("aria-invalid", "true");
    await expect(field(page, ui, "name")).toHaveAccessibleDescription(new RegExp(m.Errors.required));
    await expect(field(page, ui, "body")).toHaveValue(text);
    await expect(field(page, ui, "summary")).toHaveValue("Een samenvatting.");
    // The summary's link takes the editor to the field.
    await summary.getByRole("link", { name: new RegExp(m.Errors.required) }).click();
    await expect(field(page, ui, "name")).toBeFocused();

    // Refused: far too long, as a pasted file is (beyond what a request may carry). The count says
    // so while typing; the error is the field's, names the limit and links to the field.
    const long = "a".repeat(2_000_000);
    await field(page, ui, "name").fill(`Organisatie ${unique()}`);
    await field(page, ui, "body").fill(long);
    await expect(field(page, ui, "body")).toHaveAccessibleDescription(new RegExp(number(ui, 1_950_000)));
    await page.getByRole("button", { name: m.Editor.saveDraft }).click();
    await expect(summary).toBeFocused();
    await expect(summary).not.toContainText(m.Errors.sendFailed);
    await expect(field(page, ui, "body")).toHaveAttribute("aria-invalid", "true");
    await expect(field(page, ui, "body")).toHaveAccessibleDescription(new RegExp(number(ui, 50_000)));
    await summary.getByRole("link", { name: new RegExp(number(ui, 50_000)) }).click();
    await expect(field(page, ui, "body")).toBeFocused();
    expect((await field(page, ui, "body").inputValue()).length).toBe(2_000_000);

    // Accepted, on a double click: one save, the result in view and focused, the text as typed.
    await field(page, ui, "body").fill(text);
    await page.getByRole("button", { name: m.Editor.saveDraft }).dblclick();
    const status = page.getByRole("status").filter({ hasText: m.Editor.saved_draft });
    await expect(status).toBeFocused();
    await expect(status).toBeInViewport();
    await expect(field(page, ui, "body")).toHaveValue(text);
    await expect(
      page.getByText(fill(m.Editor.workingState, { status: m.Status.draft, version: 1 })),
    ).toBeVisible();
    await expectAccessible(page);
    await page.context().close();
  }
});

test("a conflict shows theirs and mine field by field, and the merged text saves, in every interface language", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const adminPage = await session(browser, admin.email, admin.password);
  for (const ui of uis) {
    const m = messages[ui];
    const url = await newOrganisation(adminPage, `Conflict ${ui} ${unique()}`);
    const page = await signedInEditor(browser, ui);
    await openEditor(page, url, "en");
    await openEditor(adminPage, url, "en");

    // Someone else saves first.
    await adminPage.getByLabel("Summary", { exact: true }).fill("Their summary.");
    await adminPage.getByLabel("Text", { exact: true }).fill("Their text about the agency.");
    await adminPage.getByRole("button", { name: "Save draft" }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: "Draft saved" })).toBeFocused();

    // This editor, still on the older version, saves their own text.
    await field(page, ui, "summary").fill("My summary.");
    await field(page, ui, "body").fill("My text about the agency, rewritten.");
    const everUntitled = await watchTitle(page);
    await page.getByRole("button", { name: m.Editor.saveDraft }).click();
    const alert = page.getByRole("alert").filter({ hasText: m.Errors.summary });
    await expect(alert).toBeFocused();
    await expect(alert).toContainText(m.Errors.contentChanged);
    const conflict = page.getByRole("region", {
      name: new RegExp(fill(m.Form.conflictHeading, { name: "Administrator", version: 2, time: ".+" })),
    });
    await expect(conflict).toBeVisible();
    // The status line shows the newer version, without a reload.
    await expect(
      page.getByText(fill(m.Editor.workingState, { status: m.Status.draft, version: 2 })),
    ).toBeVisible();
    // Nothing typed was lost.
    await expect(field(page, ui, "body")).toHaveValue("My text about the agency, rewritten.");

    // Take their summary, keep my text.
    const summaryChoice = conflict.getByRole("group", {
      name: fill(m.Form.conflictField, { field: m.Editor.summary }),
    });
    await expect(summaryChoice.locator("del")).toContainText("Their");
    await expect(summaryChoice.locator("ins")).toContainText("My");
    await summaryChoice.getByRole("button", { name: m.Form.takeTheirs }).click();
    await expect(field(page, ui, "summary")).toHaveValue("Their summary.");
    await expect(
      conflict
        .getByRole("group", { name: fill(m.Form.conflictField, { field: m.Editor.body }) })
        .getByRole("button", { name: m.Form.keepMine }),
    ).toHaveAttribute("aria-pressed", "true");
    expect(await everUntitled()).toBe(false);
    await expectAccessible(page);

    await page.getByRole("button", { name: m.Editor.saveDraft }).click();
    await expect(page.getByRole("status").filter({ hasText: m.Editor.saved_draft })).toBeFocused();
    await expect(
      page.getByText(fill(m.Editor.workingState, { status: m.Status.draft, version: 3 })),
    ).toBeVisible();
    await page.reload();
    await expect(field(page, ui, "summary")).toHaveValue("Their summary.");
    await expect(field(page, ui, "body")).toHaveValue("My text about the agency, rewritten.");
    await page.context().close();
  }
});

test("the create form's errors link to its own fields", async ({ browser }) => {
  const page = await signedInEditor(browser, "fr");
  const m = messages.fr;
  await page.goto("/admin/content/new?type=organisation");
  await expect(
    page.getByRole("heading", { level: 1, name: fill(m.Editor.new, { type: m.ContentType.organisation }) }),
  ).toBeVisible();
  await page.waitForFunction(() => document.querySelector("form#create")?.hasAttribute("data-ready"));
  await page.getByRole("button", { name: m.Editor.create }).click();
  const summary = page.getByRole("alert").filter({ hasText: m.Errors.summary });
  await expect(summary).toBeFocused();
  const name = page.getByLabel(m.Editor.name, { exact: true });
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await summary.getByRole("link", { name: new RegExp(m.Errors.required) }).click();
  await expect(name).toBeFocused();

  // A name whose address another organisation already has: the error is on the name.
  await page.getByLabel(m.Editor.firstLanguage).selectOption("en");
  await name.fill("Athumi");
  await page.getByRole("button", { name: m.Editor.create }).click();
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: new RegExp(m.Errors.nameSlugTaken.slice(0, 30)) }).click();
  await expect(name).toBeFocused();
  await expect(name).toHaveValue("Athumi");
  await expectAccessible(page);
});

test("archiving asks first, says what happened, and the page is gone only then", async ({
  browser,
  request,
}) => {
  const page = await session(browser, admin.email, admin.password);
  const name = `Archive me ${unique()}`;
  const url = await newOrganisation(page, name);
  await openEditor(page, url, "en");
  await page.getByLabel("Summary", { exact: true }).fill("A summary for the archive test.");
  await page.getByLabel("Text", { exact: true }).fill("The text of the archive test.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeFocused();
  const address = (await page
    .getByText(/^Address:/)
    .locator("code")
    .first()
    .textContent())!;
  expect((await request.get(address)).status()).toBe(200);

  await page.getByRole("button", { name: "Archive this translation" }).click();
  const dialog = page.getByRole("dialog", { name: "Archive the English translation?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(address);
  // The safe answer has the focus: Enter does not archive.
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  expect((await request.get(address)).status()).toBe(200);

  await page.getByRole("button", { name: "Archive this translation" }).click();
  await dialog.getByRole("button", { name: "Archive", exact: true }).click();
  const status = page.getByRole("status").filter({ hasText: "Archived." });
  await expect(status).toBeFocused();
  await expect(status).toBeInViewport();
  await expect(status).toContainText(address);
  // Gone for the very next reader, not eventually.
  expect((await request.get(address)).status()).toBe(404);
});

test("after approving, the page says published, not what was said before", async ({ browser }) => {
  const page = await signedInEditor(browser, "en");
  const adminPage = await session(browser, admin.email, admin.password);
  const url = await newOrganisation(adminPage, `Review ${unique()}`);
  await openEditor(page, url, "en");
  await page.getByLabel("Summary", { exact: true }).fill("Ready for review.");
  await page.getByLabel("Text", { exact: true }).fill("The text to review.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toBeFocused();
  await page.getByRole("button", { name: "Approve and publish" }).click();
  const status = page.getByRole("status").filter({ hasText: "Published. The public page shows it now." });
  await expect(status).toBeFocused();
  await expect(page.getByText("Submitted for review.")).toHaveCount(0);
  await expect(page.getByText("Working copy: Published, version 3")).toBeVisible();
  // The form follows the new version: the next save is not refused.
  await page.getByLabel("Summary", { exact: true }).fill("Edited after publication.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeFocused();
});

test("unsaved text survives a language switch, a reload and a newer save by someone else", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const ui: Ui = "nl";
  const m = messages[ui];
  const adminPage = await session(browser, admin.email, admin.password);
  const url = await newOrganisation(adminPage, `Unsaved ${unique()}`);
  const page = await signedInEditor(browser, ui);
  await openEditor(page, url, "en");
  const typed = "Tekst die nog niet is opgeslagen.";
  await field(page, ui, "body").fill(typed);

  // Another language tab: a warning, and staying keeps everything.
  await page.getByRole("link", { name: /^Français/ }).click();
  const dialog = page.getByRole("dialog", { name: m.Form.leaveTitle });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: m.Form.stay }).click();
  await expect(page).toHaveURL(/locale=en$/);
  await expect(field(page, ui, "body")).toHaveValue(typed);

  // Leaving anyway, then coming back: the text is put back from this browser.
  await page.getByRole("link", { name: /^Français/ }).click();
  await dialog.getByRole("button", { name: m.Form.leave }).click();
  await expect(page).toHaveURL(/locale=fr$/);
  await page.getByRole("link", { name: /^English/ }).click();
  await expect(page).toHaveURL(/locale=en$/);
  await expect(field(page, ui, "body")).toHaveValue(typed);
  const restored = page.getByText(new RegExp(fill(m.Form.draftRestored, { time: ".+" }).slice(0, 30)));
  await expect(restored).toBeVisible();

  // A reload (or a crash): the browser asks first, and the text comes back.
  await field(page, ui, "body").fill(`${typed} Meer.`);
  await page.waitForTimeout(400);
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", (d) => {
      resolve(d.type());
      void d.accept();
    }),
  );
  await page.reload();
  expect(await asked).toBe("beforeunload");
  await expect(field(page, ui, "body")).toHaveValue(`${typed} Meer.`);
  await expect(restored).toBeVisible();

  // Someone else saves a newer version: the kept text is offered, and merging it is the usual conflict.
  await openEditor(adminPage, url, "en");
  await adminPage.getByLabel("Text", { exact: true }).fill("The administrator's newer text.");
  await adminPage.getByRole("button", { name: "Save draft" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Draft saved" })).toBeFocused();
  page.once("dialog", (d) => void d.accept());
  await page.reload();
  await expect(field(page, ui, "body")).toHaveValue("The administrator's newer text.");
  await page.getByRole("button", { name: m.Form.draftRestore }).click();
  await expect(field(page, ui, "body")).toHaveValue(`${typed} Meer.`);
  await page.getByRole("button", { name: m.Editor.saveDraft }).click();
  await expect(page.getByRole("alert").filter({ hasText: m.Errors.contentChanged })).toBeFocused();
  await page.getByRole("button", { name: m.Editor.saveDraft }).click();
  await expect(page.getByRole("status").filter({ hasText: m.Editor.saved_draft })).toBeFocused();

  // Saved: nothing is offered any more.
  await page.reload();
  await expect(field(page, ui, "body")).toHaveValue(`${typed} Meer.`);
  await expect(page.getByRole("button", { name: m.Form.draftDiscard })).toHaveCount(0);
});

test("starting from another language's text asks first, and what was typed is offered back, not put over the copy", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const ui: Ui = "fr";
  const m = messages[ui];
  const prefix = (message: string) => message.split("{")[0];
  const adminPage = await session(browser, admin.email, admin.password);
  const englishName = `Copy source ${unique()}`;
  const url = await newOrganisation(adminPage, englishName);
  const page = await signedInEditor(browser, ui);
  await openEditor(page, url, "nl");
  const mine = "Mijn eigen samenvatting, nog niet opgeslagen.";
  await field(page, ui, "name").fill("Mijn organisatie");
  await field(page, ui, "summary").fill(mine);
  // Kept in this browser a moment after typing stops.
  await page.waitForTimeout(400);

  const copy = page.getByRole("link", { name: fill(m.Editor.copyFrom, { language: m.Languages.en }) });
  await copy.click();
  const dialog = page.getByRole("dialog", { name: m.Form.replaceTitle });
  await expect(dialog).toContainText(m.Form.replaceText);
  await expectAccessible(page);
  await dialog.getByRole("button", { name: m.Form.replaceCancel }).click();
  await expect(dialog).toBeHidden();
  await expect(field(page, ui, "summary")).toHaveValue(mine);

  await copy.click();
  await dialog.getByRole("button", { name: m.Form.replace }).click();
  await expect(page).toHaveURL(/copyFrom=en/);
  await expect(field(page, ui, "name")).toHaveValue(englishName);
  await expect(page.getByText(fill(m.Editor.copiedFrom, { language: m.Languages.en }))).toBeVisible();
  // One true message: the typed text is kept and offered, and the form holds the copy.
  await expect(page.getByText(prefix(m.Form.draftRestored))).toHaveCount(0);
  await expect(page.getByText(prefix(m.Form.draftAside))).toBeVisible();

  await page.getByRole("button", { name: m.Form.draftRestore }).click();
  await expect(field(page, ui, "name")).toHaveValue("Mijn organisatie");
  await expect(field(page, ui, "summary")).toHaveValue(mine);
  await page.getByRole("button", { name: m.Editor.saveDraft }).click();
  await expect(page.getByRole("status").filter({ hasText: m.Editor.saved_draft })).toBeFocused();

  // Saved: the translation is the typed text, and nothing is offered any more.
  await openEditor(page, url, "nl");
  await expect(field(page, ui, "summary")).toHaveValue(mine);
  await expect(page.getByRole("button", { name: m.Form.draftRestore })).toHaveCount(0);
});

test("a session that ended while typing: the text stays, one signs in again in another tab, and the save goes through", async ({
  browser,
}) => {
  const ui: Ui = "nl";
  const m = messages[ui];
  const adminPage = await session(browser, admin.email, admin.password);
  const url = await newOrganisation(adminPage, `Session ${unique()}`);
  const page = await signedInEditor(browser, ui);
  await openEditor(page, url, "en");
  const typed = "Typed before the session ended.";
  await field(page, ui, "body").fill(typed);
  await page.context().clearCookies();
  await page.getByRole("button", { name: m.Editor.saveDraft }).click();
  const alert = page.getByRole("alert").filter({ hasText: m.Errors.UNAUTHENTICATED });
  await expect(alert).toBeFocused();
  await expect(field(page, ui, "body")).toHaveValue(typed);

  const [tab] = await Promise.all([
    page.context().waitForEvent("page"),
    alert.getByRole("link", { name: m.Form.signInAgain }).click(),
  ]);
  await signIn(tab, accounts[ui].email, accounts[ui].password);
  await expect(tab).toHaveURL(/\/admin$/);
  await tab.close();
  await page.getByRole("button", { name: m.Editor.saveDraft }).click();
  await expect(page.getByRole("status").filter({ hasText: m.Editor.saved_draft })).toBeFocused();
  await expect(field(page, ui, "body")).toHaveValue(typed);
});

test("the editor is told what the public page will leave out, before publishing", async ({
  browser,
  request,
}) => {
  const page = await session(browser, admin.email, admin.password);
  const url = await newOrganisation(page, `Markup ${unique()}`);
  await openEditor(page, url, "en");
  await page.getByLabel("Summary", { exact: true }).fill("A summary with markup below.");
  const body = page.getByLabel("Text", { exact: true });
  await body.fill(
    [
      "Plain **bold** text and [a good link](https://www.belgium.be).",
      "<script>alert('x')</script>",
      'An image <img src="x" onerror="alert(1)"> inline.',
      "[click here](javascript:alert(1))",
    ].join("\n\n"),
  );
  await expect(body).toHaveAccessibleDescription(/The public page will leave out/);
  const list = page
    .getByRole("listitem")
    .filter({ hasText: /HTML, which is never shown|the link “click here”/ });
  await expect(list).toHaveCount(3);
  await expect(page.getByText("HTML, which is never shown: <script>alert('x')</script>")).toBeVisible();
  await expect(page.getByText(/the link “click here”: its address \(javascript:alert\(1\)\)/)).toBeVisible();

  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toBeFocused();
  const address = (await page
    .getByText(/^Address:/)
    .locator("code")
    .first()
    .textContent())!;
  const html = await (await request.get(address)).text();
  expect(html).toContain("<strong>bold</strong>");
  expect(html).not.toContain("alert(");
  expect(html).not.toContain("javascript:");
  expect(dialogs).toBe(0);
});

test("an empty slug is made from the name at once; each language shows its own address", async ({
  browser,
}) => {
  const page = await signedInEditor(browser, "fr");
  const adminPage = await session(browser, admin.email, admin.password);
  const id = unique();
  const url = await newOrganisation(adminPage, `Agency ${id}`);
  await openEditor(page, url, "fr");
  await field(page, "fr", "name").fill(`Agence numérique ${id}`);
  await field(page, "fr", "slug").fill("");
  await field(page, "fr", "summary").fill("Une agence numérique.");
  await field(page, "fr", "body").fill("Ce que fait l'agence.");
  await page.getByRole("button", { name: fr.Editor.publish, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: fr.Editor.saved_published })).toBeFocused();
  await expect(field(page, "fr", "slug")).toHaveValue(`agence-numerique-${id}`);
  await expect(page.getByText(fr.Editor.address)).toContainText(`/fr/organisations/agence-numerique-${id}`);
  await expect(page.getByText(fr.Editor.internalKey)).toContainText(`agency-${id}`);
});

test("the editor works at 320 px in dark mode, with the keyboard", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: "dark" });
  const page = await context.newPage();
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  const adminPage = await session(browser, admin.email, admin.password);
  const url = await newOrganisation(adminPage, `Narrow ${unique()}`);
  await openEditor(page, url, "en");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByLabel("Name", { exact: true }).fill("");
  await page.getByLabel("Name", { exact: true }).press("Enter");
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectAccessible(page);
});

test("deleting asks first, and the list says the item is gone", async ({ browser }) => {
  const page = await session(browser, admin.email, admin.password);
  const name = `Delete me ${unique()}`;
  const url = await newOrganisation(page, name);
  await openEditor(page, url, "en");
  await page.getByRole("button", { name: "Delete this item…" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete “${name}” in every language?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("button", { name: "Delete this item…" }).click();
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/content\?deleted=organisation$/);
  await expect(page.getByRole("status").filter({ hasText: "The item was deleted." })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toContain("The item was deleted.");
  expect((await page.goto(url))?.status()).toBe(404);
});
