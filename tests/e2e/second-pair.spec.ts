// The second pair of eyes, end to end: an admin requires it for organisations; an author (Dutch
// interface) submits a text asking one reviewer; the reviewer (French interface) finds it in
// their queue and notifications; the author cannot approve their own version and is told why;
// the reviewer approves; the author is notified. The e-mails arrive at a real SMTP server, each
// in its recipient's language. Every page is checked with axe.
import { expect, test, type Page } from "@playwright/test";
import { startSmtpServer, type SmtpServer } from "../helpers/smtp";
import { admin, gotoEditor, session } from "./admin-helpers";
import { createOrganisation, expectNarrowAndDark, signedInAs, uniqueName } from "./content-helpers";
import { expectAccessible } from "./helpers";

// One worker: the SMTP server listens on one port, and the rule is site-wide.
test.describe.configure({ mode: "serial" });

let smtp: SmtpServer;
test.beforeAll(async () => {
  // scripts/test.mjs points the server's SMTP_URL at this port.
  smtp = await startSmtpServer(Number(process.env.E2E_SMTP_PORT));
});
test.afterAll(async () => {
  await smtp?.close();
});

/** The rule for organisations, set on the settings page (English interface). */
async function setOrganisationRule(page: Page, rule: "Required" | "As for the whole site") {
  await page.goto("/admin/settings");
  await page.getByLabel("Organisations", { exact: true }).selectOption({ label: rule });
  await page.getByRole("button", { name: "Save the rule" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The rule is saved." })).toBeVisible();
}

test("a second pair of eyes: asked of one reviewer, refused to the author, approved by the reviewer", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await session(browser, admin.email, admin.password);
  await setOrganisationRule(page, "Required");
  try {
    await expectAccessible(page);
    await expectNarrowAndDark(page, "second-pair-settings");
    const name = uniqueName("Agentschap");
    const item = await createOrganisation(page, name, "nl");
    const authorName = uniqueName("Auteur");
    const reviewerName = uniqueName("Relectrice");
    const author = await signedInAs(page, browser, {
      name: authorName,
      role: "editor",
      locales: [],
      ui: "Nederlands",
    });
    const reviewer = await signedInAs(page, browser, {
      name: reviewerName,
      role: "editor",
      locales: [],
      ui: "Français",
    });

    // The author writes and submits, asking the reviewer; publishing is not offered, with why.
    const a = author.page;
    await gotoEditor(a, item.editor("nl"));
    await expect(a.getByRole("button", { name: "Publiceren", exact: true })).toHaveCount(0);
    await expect(a.getByText("Voor deze inhoud is een tweede paar ogen verplicht")).toBeVisible();
    await a.getByLabel("Samenvatting", { exact: true }).fill("Een agentschap dat nagelezen wordt.");
    await a.getByLabel("Tekst", { exact: true }).fill("De tekst van het agentschap.");
    await a.getByLabel("Nalezer (bij voorleggen ter nalezing)").selectOption({ label: reviewerName });
    await a.getByRole("button", { name: "Ter nalezing voorleggen" }).click();
    await expect(a.getByRole("status").filter({ hasText: "Ter nalezing voorgelegd." })).toBeVisible();

    // Their own version: no approval, and the reason, in their language.
    await gotoEditor(a, item.editor("nl"));
    const review = a.getByRole("region", { name: "Nalezing" });
    await expect(review.getByText(`Nalezing gevraagd aan ${reviewerName}.`)).toBeVisible();
    await expect(review.getByRole("button", { name: "Goedkeuren en publiceren" })).toHaveCount(0);
    await expect(
      review.getByText("U schreef deze versie en een tweede paar ogen is verplicht"),
    ).toBeVisible();
    await expectAccessible(a);
    await expectNarrowAndDark(a, "second-pair-own-review");

    // The reviewer: the count in the menu, the notification, the queue.
    const r = reviewer.page;
    await r.goto("/admin");
    const menu = r.getByRole("navigation", { name: "Menu d’administration" });
    await menu.getByRole("link", { name: "Notifications (1 non lues)" }).click();
    await expect(r.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const sentence = `${authorName} vous demande de relire la traduction néerlandaise de «\u00a0${name}\u00a0».`;
    await expect(r.getByRole("link", { name: sentence })).toBeVisible();
    await expectAccessible(r);
    await menu.getByRole("link", { name: "Relectures" }).click();
    await expect(r.getByRole("heading", { level: 1, name: "En attente de ma relecture" })).toBeVisible();
    const entry = r.getByRole("listitem").filter({ hasText: name });
    await expect(entry).toContainText("demandée à vous");
    await expect(entry).toContainText(`soumis par ${authorName}`);
    await expectAccessible(r);
    await expectNarrowAndDark(r, "second-pair-queue");
    await entry.getByRole("link", { name }).click();
    await r.locator("form#translation[data-ready]").waitFor();
    await r.getByRole("button", { name: "Approuver et publier" }).click();
    await expect(r.getByRole("status").filter({ hasText: "Publié." })).toBeVisible();

    // The author is told, in Dutch, and marks it as read.
    await a.goto("/admin/notifications");
    const approved = `${reviewerName} keurde uw Nederlandse vertaling van ‘${name}’ goed en publiceerde ze.`;
    await expect(a.getByRole("link", { name: approved })).toBeVisible();
    await expect(a.getByRole("link", { name: "Meldingen (1 ongelezen)" })).toBeVisible();
    await expectAccessible(a);
    await expectNarrowAndDark(a, "second-pair-notifications");
    await a.getByRole("button", { name: `Markeren als gelezen: ${approved}` }).click();
    await expect(a.getByRole("link", { name: "Meldingen", exact: true })).toBeVisible();
    await expect(a.getByText("Geen ongelezen meldingen.")).toBeVisible();

    // The e-mails, each in its recipient's language, as text and HTML.
    await expect.poll(() => smtp.to(reviewer.email).length, { timeout: 15_000 }).toBe(1);
    const request = smtp.to(reviewer.email)[0];
    expect(request.subject).toBe(`Relecture demandée\u00a0: ${name} (néerlandais)`);
    expect(request.text).toContain(sentence);
    expect(request.text).toContain(`${item.editor("nl")}`);
    expect(request.html).toContain(`lang="fr"`);
    await expect.poll(() => smtp.to(author.email).length, { timeout: 15_000 }).toBe(1);
    const decision = smtp.to(author.email)[0];
    expect(decision.subject).toBe(`Gepubliceerd: ${name} (Nederlands)`);
    expect(decision.text).toContain(approved);
    expect(decision.html).toContain("/admin/account");
  } finally {
    await setOrganisationRule(page, "As for the whole site");
  }
});

test("each user turns e-mail notifications off on their account page", async ({ browser }) => {
  const page = await session(browser, admin.email, admin.password);
  await page.goto("/admin/account");
  const box = page.getByRole("checkbox", { name: "Send me these notifications by e-mail" });
  await expect(box).toBeChecked();
  await box.uncheck();
  await page.getByRole("button", { name: "Save e-mail setting" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You will get no e-mails" })).toBeVisible();
  await page.reload();
  await expect(box).not.toBeChecked();
  await expectAccessible(page);
  await box.check();
  await page.getByRole("button", { name: "Save e-mail setting" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "You will get these notifications by e-mail." }),
  ).toBeVisible();
});
