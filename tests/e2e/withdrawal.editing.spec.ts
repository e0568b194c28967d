// Withdrawing a page, in each admin language: the explanation is required and never lost (a
// refusal, a conflict), the public page stays with its notice, and the lists and search drop it.
import { expect, test, type Page } from "@playwright/test";
import { autonyms } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { admin, session } from "./admin-helpers";
import { expectNarrowAndDark, publishOrganisation, signedInAs, uniqueName } from "./content-helpers";
import { expectAccessible } from "./helpers";

const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");

async function waitForForms(page: Page) {
  await page.waitForFunction(() => document.querySelector("form#withdraw")?.hasAttribute("data-ready"));
}

for (const ui of ["nl", "fr", "en"] as const satisfies readonly Locale[]) {
  test(`withdrawing asks for the reason, keeps it through a refusal and a conflict, and the page says why (${ui})`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(90_000);
    const m = messages[ui];
    const adminPage = await session(browser, admin.email, admin.password);
    const name = uniqueName(`Withdraw ${ui}`);
    const item = await publishOrganisation(adminPage, name);
    const { page } = await signedInAs(adminPage, browser, {
      name: `Editor ${ui}`,
      role: "editor",
      locales: [],
      ui: autonyms[ui],
    });
    const search = `/en/search?q=${encodeURIComponent(name)}`;
    expect(await (await request.get(search)).text()).toContain(name);
    await page.goto(item.editor("en"));
    await waitForForms(page);
    const note = page.getByRole("textbox", {
      name: fill(m.Editor.withdrawNote, { language: m.Languages.en }),
    });
    const withdraw = page.getByRole("button", { name: m.Editor.withdraw });
    const dialog = page.getByRole("dialog", {
      name: fill(m.Editor.withdrawTitle, { language: m.Languages.en }),
    });
    const confirm = dialog.getByRole("button", { name: m.Editor.withdrawConfirm, exact: true });

    // No explanation: refused, with the reason linked to the field.
    await withdraw.click();
    await confirm.click();
    const summary = page.getByRole("alert").filter({ hasText: m.Errors.summary });
    await expect(summary).toBeFocused();
    await summary
      .getByRole("link", { name: new RegExp(m.Errors.withdrawalNoteRequired.slice(0, 25)) })
      .click();
    await expect(note).toBeFocused();
    await expect(note).toHaveAttribute("aria-invalid", "true");
    expect((await request.get(item.address)).status()).toBe(200);

    // Someone saves a newer version meanwhile: refused, and the explanation typed stays.
    const reason = `Replaced by the ${name} successor page.`;
    await note.fill(reason);
    await adminPage.goto(item.editor("en"));
    await adminPage.waitForFunction(() =>
      document.querySelector("form#translation")?.hasAttribute("data-ready"),
    );
    await adminPage.getByLabel("Summary", { exact: true }).fill(`${name}: a newer draft.`);
    await adminPage.getByRole("button", { name: "Save draft" }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: "Draft saved." })).toBeFocused();
    await withdraw.click();
    await confirm.click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expect(note).toHaveValue(reason);
    expect((await request.get(item.address)).status()).toBe(200);

    // After a reload (the newer version), the explanation is still there, and is accepted.
    await page.reload();
    await waitForForms(page);
    await expect(note).toHaveValue(reason);
    await withdraw.click();
    await expect(confirm).toBeVisible();
    await expectAccessible(page);
    await confirm.click();
    const done = page.getByRole("status").filter({ hasText: m.Editor.withdrawnDone.split(".")[0] });
    await expect(done).toBeFocused();
    await expectAccessible(page);
    await expectNarrowAndDark(page, `withdrawal-editor-${ui}`);

    // The public page stays, says when and why, and keeps the published text (not the draft).
    const publicPage = await (await browser.newContext()).newPage();
    expect((await publicPage.goto(item.address))?.status()).toBe(200);
    const notice = publicPage.getByRole("note").filter({ hasText: "This page was withdrawn on" });
    await expect(notice).toContainText(reason);
    await expect(publicPage.getByText(`${name}: a summary.`)).toBeVisible();
    await expect(publicPage.getByText(`${name}: a newer draft.`)).toHaveCount(0);
    await expectAccessible(publicPage);
    // Out of search (which found it before), and marked in the open data.
    await publicPage.goto(`/en/search?q=${encodeURIComponent(name)}`);
    await expect(publicPage.getByRole("link", { name })).toHaveCount(0);
    const api = await (await request.get("/api/v1/organisations?locale=en&per_page=100")).json();
    const entry = api.data.find((o: { name: string }) => o.name === name);
    expect(entry).toMatchObject({ withdrawalExplanation: reason });
  });
}
