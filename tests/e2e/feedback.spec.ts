// A way to speak up (Directive (EU) 2016/2102, art. 7), as a reader does it in each language,
// with and without JavaScript: the contact form sent and confirmed, a refused message coming
// back with its text, "Was this page useful?" answered (and commented after "no"), and all of it
// seen in the admin by an administrator. Screenshots go to /tmp/shots-feedback/.
import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { admin, signIn } from "./admin-helpers";
import { expectAccessible, locales } from "./helpers";

const text = {
  nl: {
    contact: "/nl/contact",
    title: "Contact en feedback",
    kind: "Een fout of ontbrekende informatie",
    message: "Uw bericht",
    page: "Adres van de pagina waarover het gaat (niet verplicht)",
    email: "Uw e-mailadres (niet verplicht)",
    send: "Bericht versturen",
    thanks: "Bedankt voor uw bericht",
    refused: "Er is een probleem",
    invalidEmail: "Vul een e-mailadres in zoals naam@voorbeeld.be, of laat het veld leeg",
    rated: "/nl/organisaties",
    question: "Was deze pagina nuttig?",
    yes: /^Ja/,
    no: /^Nee/,
    answerTitle: "Uw antwoord over een pagina",
    thanksYes: "Bedankt voor uw antwoord. Fijn dat deze pagina u geholpen heeft.",
    thanksNo: "Bedankt voor uw antwoord. Jammer dat deze pagina u niet geholpen heeft.",
    comment: "Wat ontbrak er of wat klopte er niet?",
    sendComment: "Opmerking versturen",
    statement: "/nl/toegankelijkheid",
    privacy: "/nl/privacy",
    formLink: "contactformulier",
  },
  fr: {
    contact: "/fr/contact",
    title: "Contact et avis",
    kind: "Une erreur ou une information manquante",
    message: "Votre message",
    page: "Adresse de la page concernée (facultatif)",
    email: "Votre adresse e-mail (facultatif)",
    send: "Envoyer le message",
    thanks: "Merci pour votre message",
    refused: "Il y a un problème",
    invalidEmail: "Saisissez une adresse e-mail comme nom@exemple.be, ou laissez le champ vide",
    rated: "/fr/organisations",
    question: "Cette page vous a-t-elle été utile\u00a0?",
    yes: /^Oui/,
    no: /^Non/,
    answerTitle: "Votre réponse sur une page",
    thanksYes: "Merci pour votre réponse. Nous sommes heureux que cette page vous ait aidé.",
    thanksNo: "Merci pour votre réponse. Nous regrettons que cette page ne vous ait pas aidé.",
    comment: "Qu'est-ce qui manquait ou n'était pas correct\u00a0?",
    sendComment: "Envoyer la remarque",
    statement: "/fr/accessibilite",
    privacy: "/fr/vie-privee",
    formLink: "formulaire de contact",
  },
  de: {
    contact: "/de/kontakt",
    title: "Kontakt und Feedback",
    kind: "Ein Fehler oder fehlende Informationen",
    message: "Ihre Nachricht",
    page: "Adresse der betroffenen Seite (optional)",
    email: "Ihre E-Mail-Adresse (optional)",
    send: "Nachricht senden",
    thanks: "Vielen Dank für Ihre Nachricht",
    refused: "Es gibt ein Problem",
    invalidEmail: "Geben Sie eine E-Mail-Adresse wie name@example.com ein, oder lassen Sie das Feld leer",
    rated: "/de/organisationen",
    question: "War diese Seite hilfreich?",
    yes: /^Ja/,
    no: /^Nein/,
    answerTitle: "Ihre Antwort zu einer Seite",
    thanksYes: "Vielen Dank für Ihre Antwort. Es freut uns, dass Ihnen diese Seite geholfen hat.",
    thanksNo: "Vielen Dank für Ihre Antwort. Es tut uns leid, dass Ihnen diese Seite nicht geholfen hat.",
    comment: "Was hat gefehlt oder war falsch?",
    sendComment: "Kommentar senden",
    statement: "/de/barrierefreiheit",
    privacy: "/de/datenschutz",
    formLink: "Kontaktformular",
  },
  en: {
    contact: "/en/contact",
    title: "Contact and feedback",
    kind: "An error or missing information",
    message: "Your message",
    page: "Address of the page it is about (optional)",
    email: "Your e-mail address (optional)",
    send: "Send the message",
    thanks: "Thank you for your message",
    refused: "There is a problem",
    invalidEmail: "Enter an e-mail address such as name@example.com, or leave the field empty",
    rated: "/en/organisations",
    question: "Was this page useful?",
    yes: /^Yes/,
    no: /^No/,
    answerTitle: "Your answer about a page",
    thanksYes: "Thank you for your answer. We are glad this page helped you.",
    thanksNo: "Thank you for your answer. We are sorry this page did not help you.",
    comment: "What was missing or wrong?",
    sendComment: "Send the comment",
    statement: "/en/accessibility",
    privacy: "/en/privacy",
    formLink: "contact form",
  },
} as const;

const shots = "/tmp/shots-feedback";
fs.mkdirSync(shots, { recursive: true });

/** Desktop, 320 px and dark screenshots of the page as it is now. */
async function screenshots(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 720 });
  await page.screenshot({ path: `${shots}/${name}-320.png`, fullPage: true });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
    `${name} at 320 px`,
  ).toBe(true);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${shots}/${name}-dark.png`, fullPage: true });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "light" });
}

const unique = (what: string) => `${what} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

/** The admin's feedback list shows it: the message, or the page's answers and the comment. */
async function seenInAdmin(browser: Browser, check: (page: Page) => Promise<void>, shot?: string) {
  // With JavaScript, also in the journeys without: a test's context options reach newContext too.
  const page = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page
    .getByRole("navigation", { name: "Administration menu" })
    .getByRole("link", { name: "Feedback" })
    .click();
  await expect(page).toHaveTitle("Feedback | Administration");
  await expect(page.getByRole("heading", { level: 1, name: "Feedback" })).toBeVisible();
  await check(page);
  await expectAccessible(page);
  if (shot) await screenshots(page, shot);
  await page.context().close();
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "" : " without JavaScript";
  test.describe(`feedback${mode}`, () => {
    test.use({ javaScriptEnabled });
    // Each journey signs an admin in, and with JavaScript checks every step with axe, in three sizes.
    test.describe.configure({ timeout: 120_000 });
    /** axe runs in the page: with JavaScript only (the same pages are checked in the other run). */
    const accessible = async (page: Page) => {
      if (javaScriptEnabled) await expectAccessible(page);
    };

    for (const locale of locales) {
      const t = text[locale];
      const shot = (name: string) => (javaScriptEnabled ? `${name}-${locale}` : undefined);
      const look = async (page: Page, name: string) => {
        if (javaScriptEnabled) await screenshots(page, `${name}-${locale}`);
      };

      test(`${locale}${mode}: a contact message is sent, confirmed and seen by an admin`, async ({
        page,
        browser,
      }) => {
        const message = unique(`${t.kind}: bericht`);
        await page.goto(t.contact);
        await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
        await accessible(page);
        await look(page, "contact");
        await page.getByRole("radio", { name: t.kind }).check();
        await page.getByLabel(t.message).fill(message);
        await page.getByLabel(t.page).fill(t.rated);
        await page.getByLabel(t.email).fill("lezer@example.be");
        await page.getByRole("button", { name: t.send }).click();
        await expect(page.getByRole("heading", { level: 1, name: t.thanks })).toBeVisible();
        await expect(page.getByRole("status")).toBeVisible();
        await accessible(page);
        await look(page, "thanks");
        await seenInAdmin(
          browser,
          async (adminPage) => {
            const row = adminPage.getByRole("row").filter({ hasText: message });
            await expect(row).toHaveCount(1);
            await expect(row.getByRole("link", { name: "lezer@example.be" })).toHaveAttribute(
              "href",
              "mailto:lezer@example.be",
            );
            await expect(row.getByRole("link", { name: t.rated })).toBeVisible();
          },
          shot("admin"),
        );
      });

      test(`${locale}${mode}: a refused message comes back with everything typed, then goes`, async ({
        page,
      }) => {
        const message = unique("Ik kan de tabel niet lezen met mijn schermlezer.\nTweede regel.");
        await page.goto(t.contact);
        await page.getByRole("radio", { name: t.kind }).check();
        await page.getByLabel(t.message).fill(message);
        await page.getByLabel(t.email).fill("anna@mail");
        await page.getByRole("button", { name: t.send }).click();
        // The refusal: the reasons, linked to their fields, and the form filled as it was.
        const summary = page.getByRole("alert");
        await expect(summary.getByRole("heading", { name: t.refused })).toBeVisible();
        await expect(summary.getByRole("link", { name: t.invalidEmail })).toHaveAttribute("href", "#email");
        await expect(page.getByLabel(t.message)).toHaveValue(message);
        await expect(page.getByLabel(t.email)).toHaveValue("anna@mail");
        await expect(page.getByRole("radio", { name: t.kind })).toBeChecked();
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await accessible(page);
        await look(page, "refused");
        await page.getByLabel(t.email).fill("anna@example.be");
        await page.getByRole("button", { name: t.send }).click();
        await expect(page.getByRole("heading", { level: 1, name: t.thanks })).toBeVisible();
      });

      test(`${locale}${mode}: "was this page useful?" yes, and no with a comment, seen by an admin`, async ({
        page,
        browser,
      }) => {
        await page.goto(t.rated);
        await look(page, "usefulness");
        const question = page.getByRole("region", { name: t.question });
        await question.getByRole("button", { name: t.yes }).click();
        await expect(page.getByRole("heading", { level: 1, name: t.answerTitle })).toBeVisible();
        await expect(page.getByRole("status")).toHaveText(t.thanksYes);
        await expect(page.getByLabel(t.comment)).toHaveCount(0);

        await page.goto(t.rated);
        await page.getByRole("region", { name: t.question }).getByRole("button", { name: t.no }).click();
        await expect(page.getByRole("status")).toHaveText(t.thanksNo);
        await accessible(page);
        await look(page, "answer-no");
        const comment = unique("De lijst mist de contactgegevens");
        await page.getByLabel(t.comment).fill(comment);
        await page.getByRole("button", { name: t.sendComment }).click();
        await expect(page.getByRole("heading", { level: 1, name: t.thanks })).toBeVisible();

        await seenInAdmin(browser, async (adminPage) => {
          const row = adminPage
            .getByRole("row")
            .filter({ has: adminPage.getByRole("rowheader", { name: t.rated, exact: true }) });
          await expect(row).toContainText(comment);
          const [yes, no] = await row.getByRole("cell").allTextContents();
          expect(Number(yes)).toBeGreaterThan(0);
          expect(Number(no)).toBeGreaterThan(0);
        });
      });
    }
  });
}

for (const locale of locales) {
  test(`${locale}: without CONTACT_EMAIL the statement and the privacy page point to the form, no made-up address`, async ({
    page,
  }) => {
    const t = text[locale];
    for (const path of [t.statement, t.privacy]) {
      await page.goto(path);
      const main = page.getByRole("main");
      await expect(main.getByRole("link", { name: t.formLink }).first()).toHaveAttribute("href", t.contact);
      await expect(main.locator('a[href^="mailto:"]')).toHaveCount(0);
      await expect(main).not.toContainText("@127.0.0.1");
    }
  });
}

test("the accessibility statement says partially compliant and lists the known gaps", async ({ page }) => {
  await page.goto("/en/accessibility");
  const main = page.getByRole("main");
  await expect(main).toContainText(
    "This website is partially compliant with the Web Content Accessibility Guidelines",
  );
  await expect(main).not.toContainText("fully compliant");
  await expect(main.getByRole("heading", { level: 2, name: "Non-accessible content" })).toBeVisible();
  await expect(main.getByRole("listitem").filter({ hasText: "WCAG 1.4.10" })).toHaveCount(1);
});
