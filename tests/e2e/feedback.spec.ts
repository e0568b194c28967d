// A way to speak up (Directive (EU) 2016/2102, art. 7), as a reader does it in each language,
// with and without JavaScript: the contact form sent and confirmed, a refused message coming
// back with its text, "Was this page useful?" answered (and commented after "no"), and all of it
// seen in the admin by an administrator. Screenshots go to /tmp/shots-feedback/.
import fs from "node:fs";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { contrast, over, parseColor } from "../helpers/contrast";
import { admin, signIn } from "./admin-helpers";
import { expectAccessible, locales, probeColours, switcherName } from "./helpers";
import { messages } from "@/lib/i18n/messages";

const text = {
  nl: {
    contact: "/nl/contact",
    thanksSlug: "bedankt",
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
    commented: "We hebben uw opmerking over deze pagina ontvangen.",
    backToPage: "Terug naar de pagina",
    statement: "/nl/toegankelijkheid",
    privacy: "/nl/privacy",
    formLink: "contactformulier",
  },
  fr: {
    contact: "/fr/contact",
    thanksSlug: "merci",
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
    question: "Cette page vous a\u2011t\u2011elle été utile\u00a0?",
    yes: /^Oui/,
    no: /^Non/,
    answerTitle: "Votre réponse sur une page",
    thanksYes: "Merci pour votre réponse. Nous sommes heureux que cette page vous ait aidé.",
    thanksNo: "Merci pour votre réponse. Nous regrettons que cette page ne vous ait pas aidé.",
    comment: "Qu’est-ce qui manquait ou n’était pas correct\u00a0?",
    sendComment: "Envoyer la remarque",
    commented: "Nous avons bien reçu votre remarque sur cette page.",
    backToPage: "Retour à la page",
    statement: "/fr/accessibilite",
    privacy: "/fr/vie-privee",
    formLink: "formulaire de contact",
  },
  de: {
    contact: "/de/kontakt",
    thanksSlug: "danke",
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
    commented: "Wir haben Ihren Kommentar zu dieser Seite erhalten.",
    backToPage: "Zurück zur Seite",
    statement: "/de/barrierefreiheit",
    privacy: "/de/datenschutz",
    formLink: "Kontaktformular",
  },
  en: {
    contact: "/en/contact",
    thanksSlug: "thanks",
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
    commented: "We have received your comment on this page.",
    backToPage: "Back to the page",
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

/**
 * The contrast of each button's border with the surface around it (WCAG 1.4.11), the surface
 * being every ancestor's background painted over the next.
 */
async function borderContrasts(region: Locator) {
  await probeColours(region.page());
  const buttons = await region.getByRole("button").evaluateAll((elements) => {
    const srgb = window.toSrgb;
    return elements.map((button) => {
      const surface: string[] = [];
      for (let node = button.parentElement; node; node = node.parentElement) {
        surface.push(srgb(getComputedStyle(node).backgroundColor));
      }
      const style = getComputedStyle(button);
      return {
        name: button.textContent!.trim(),
        border: style.borderTopStyle === "none" ? "transparent" : srgb(style.borderTopColor),
        surface,
      };
    });
  });
  return buttons.map(({ name, border, surface }) => {
    const behind = [...surface, "white"]
      .map(parseColor)
      .reverse()
      .reduce((below, layer) => over(layer, below));
    return { name, ratio: Number(contrast(over(parseColor(border), behind), behind).toFixed(2)) };
  });
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
        // The refusal is the contact page itself (Post/Redirect/Get), in the site's own frame: the
        // reasons, linked to their fields, and the form filled as it was.
        await expect(page).toHaveURL(new RegExp(`${t.contact}\\?draft=[\\w-]{22}$`));
        await expect(page).toHaveTitle(new RegExp(`^${messages[locale].Feedback.errorPrefix} ${t.title}`));
        const switcher = page
          .getByRole("banner")
          .getByRole("navigation", { name: messages[locale].Site.languageSwitcher });
        await expect(switcher).toBeVisible();
        await expect(page.getByRole("contentinfo")).toBeVisible();
        const summary = page.getByRole("alert", { name: t.refused });
        // With JavaScript the focus starts on the reasons, read first by a screen reader.
        if (javaScriptEnabled) await expect(summary).toBeFocused();
        await expect(summary.getByRole("heading", { name: t.refused })).toBeVisible();
        await expect(summary.getByRole("link", { name: t.invalidEmail })).toHaveAttribute("href", "#email");
        await expect(page.getByLabel(t.message)).toHaveValue(message);
        await expect(page.getByLabel(t.email)).toHaveValue("anna@mail");
        await expect(page.getByRole("radio", { name: t.kind })).toBeChecked();
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await accessible(page);
        await look(page, "refused");
        // A reload shows the same page (nothing is posted again), and so does another language.
        await page.reload();
        await expect(page.getByLabel(t.message)).toHaveValue(message);
        await expect(page.getByRole("alert", { name: t.refused })).toBeVisible();
        const other = locales.find((l) => l !== locale)!;
        await switcher.getByRole("link", { name: switcherName(other) }).click();
        await expect(page.locator("html")).toHaveAttribute("lang", other);
        await expect(page.getByLabel(text[other].message)).toHaveValue(message);
        await expect(page.getByLabel(text[other].email)).toHaveValue("anna@mail");
        await page.goBack();
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await page.getByLabel(t.email).fill("anna@example.be");
        await page.getByRole("button", { name: t.send }).click();
        await expect(page.getByRole("heading", { level: 1, name: t.thanks })).toBeVisible();
        await expect(page.getByRole("status")).toBeVisible();
        // Back to the refused form: it was sent, so its draft is gone, and the page says so.
        await page.goBack();
        await expect(page.getByRole("status")).toHaveText(messages[locale].Feedback.draftGone);
        await expect(page.getByRole("alert", { name: t.refused })).toHaveCount(0);
      });

      test(`${locale}${mode}: the confirmation, opened without sending, says nothing was received`, async ({
        page,
      }) => {
        await page.goto(`${t.contact}/${t.thanksSlug}`);
        await expect(
          page.getByRole("heading", { level: 1, name: messages[locale].Contact.noReceiptTitle }),
        ).toBeVisible();
        await expect(page.getByRole("status")).toHaveCount(0);
        await expect(page.getByRole("main").getByRole("link", { name: t.formLink })).toHaveAttribute(
          "href",
          t.contact,
        );
        await accessible(page);
      });

      test(`${locale}${mode}: "was this page useful?" yes, and no with a comment, seen by an admin`, async ({
        page,
        browser,
      }) => {
        await page.goto(t.rated);
        await look(page, "usefulness");
        const question = page.getByRole("region", { name: t.question });
        // The two buttons stand out from their band by their border, 3:1 in either theme.
        if (javaScriptEnabled) {
          for (const colorScheme of ["light", "dark"] as const) {
            await page.emulateMedia({ colorScheme });
            const ratios = await borderContrasts(question);
            expect(ratios).toHaveLength(2);
            expect(
              ratios.filter((b) => b.ratio < 3),
              colorScheme,
            ).toEqual([]);
          }
          await page.emulateMedia({ colorScheme: "light" });
        }
        await question.getByRole("button", { name: t.yes }).click();
        await expect(page.getByRole("heading", { level: 1, name: t.answerTitle })).toBeVisible();
        await expect(page.getByRole("status")).toHaveText(t.thanksYes);
        await expect(page.getByLabel(t.comment)).toHaveCount(0);

        await page.goto(t.rated);
        await page.getByRole("region", { name: t.question }).getByRole("button", { name: t.no }).click();
        await expect(page.getByRole("status")).toHaveText(t.thanksNo);
        await accessible(page);
        await look(page, "answer-no");
        // Sent empty: refused on the same page, which says why and keeps the form.
        await page.getByRole("button", { name: t.sendComment }).click();
        await expect(page).toHaveURL(/\?token=[^&]+&draft=[\w-]{22}$/);
        await expect(
          page
            .getByRole("alert", { name: t.refused })
            .getByRole("link", { name: messages[locale].Feedback.errors.commentRequired }),
        ).toHaveAttribute("href", "#comment");
        await accessible(page);
        const comment = unique("De lijst mist de contactgegevens");
        await page.getByLabel(t.comment).fill(comment);
        await page.getByRole("button", { name: t.sendComment }).click();
        // The comment's own confirmation: no promise of a reply (there is no address), a way back.
        await expect(page.getByRole("heading", { level: 1, name: t.answerTitle })).toBeVisible();
        await expect(page.getByText(t.commented)).toBeVisible();
        await expect(page.getByLabel(t.comment)).toHaveCount(0);
        await expect(page.getByRole("link", { name: t.backToPage })).toHaveAttribute("href", t.rated);
        // Read in another language, the way back leads to the page in that language.
        const other = locales.find((l) => l !== locale)!;
        await page
          .getByRole("banner")
          .getByRole("navigation", { name: messages[locale].Site.languageSwitcher })
          .getByRole("link", { name: switcherName(other) })
          .click();
        await expect(page.getByRole("link", { name: text[other].backToPage })).toHaveAttribute(
          "href",
          text[other].rated,
        );

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
    // The privacy page says who the controller is; without PUBLISHER_NAME, no made-up name.
    await page.goto(t.privacy);
    const controller = page.getByRole("region", { name: messages[locale].Privacy.controllerHeading });
    await expect(controller).toContainText(
      messages[locale].Privacy.controllerUnnamed.replace(/<link>(.*)<\/link>/, "$1"),
    );
    await expect(controller.getByRole("link", { name: t.formLink })).toHaveAttribute("href", t.contact);
  });
}

// A slug that does not exist (the region page's own 404) and an address no route matches.
for (const missing of ["/en/regions/nowhere", "/en/nowhere/at-all"]) {
  test(`feedback on the 404 ${missing} is about that address, not the nearest page`, async ({ page }) => {
    const t = text.en;
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    const question = page.getByRole("region", { name: t.question });
    await expect(page.getByRole("link", { name: "Report a problem with this page" })).toHaveAttribute(
      "href",
      `${t.contact}?${new URLSearchParams({ page: missing })}`,
    );
    await question.getByRole("button", { name: t.no }).click();
    await expect(page.getByRole("status")).toHaveText(t.thanksNo);
    await expect(page.getByRole("link", { name: t.backToPage })).toHaveAttribute("href", missing);
  });
}

test("the language switcher keeps the comment form's token and the contact form's page", async ({ page }) => {
  await page.goto(text.en.rated);
  await page
    .getByRole("region", { name: text.en.question })
    .getByRole("button", { name: text.en.no })
    .click();
  await expect(page.getByLabel(text.en.comment)).toBeVisible();
  const switcher = page.getByRole("banner").getByRole("navigation", { name: "Choose a language" });
  await switcher.getByRole("link", { name: switcherName("fr") }).click();
  await expect(page.getByLabel(text.fr.comment)).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/avis\?token=/);

  await page.goto(`${text.fr.contact}?${new URLSearchParams({ page: "/fr/organisations" })}`);
  await page
    .getByRole("banner")
    .getByRole("navigation", { name: "Choisir une langue" })
    .getByRole("link", { name: switcherName("en") })
    .click();
  await expect(page.getByLabel(text.en.page)).toHaveValue("/fr/organisations");
});

// The EU model statement (Implementing Decision (EU) 2018/1523): its status as the audit of
// 2 December 2026 found it, when and how it was assessed, how to give feedback, and the
// enforcement procedure, in each language.
const statement = {
  nl: {
    status: "Deze website voldoet volledig aan de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA",
    partial: /gedeeltelijk|niet-toegankelijke inhoud/i,
    headings: [
      "Nalevingsstatus",
      "Opstelling van deze verklaring",
      "Hoe we de portaalsite toegankelijk houden",
      "Feedback en contact",
      "Handhavingsprocedure",
    ],
    prepared:
      "Deze verklaring werd opgesteld op 26 november 2026. Ze werd het laatst herzien op 3 december 2026",
    self: "zelfbeoordeling",
    byHand: "met de hand, uitsluitend in het Nederlands, het Frans en het Engels",
    about: ["Over deze portaalsite", "/nl/over"],
  },
  fr: {
    status:
      "Ce site internet est entièrement conforme aux règles pour l’accessibilité des contenus web (WCAG) 2.1, niveau AA",
    partial: /partiellement|contenus non accessibles/i,
    headings: [
      "État de conformité",
      "Établissement de cette déclaration",
      "Comment nous gardons le portail accessible",
      "Retour d’information et contact",
      "Procédure de mise en œuvre",
    ],
    prepared:
      "Cette déclaration a été établie le 26 novembre 2026. Elle a été revue pour la dernière fois le 3 décembre 2026",
    self: "auto-évaluation",
    byHand: "manuellement, en néerlandais, en français et en anglais uniquement",
    about: ["À propos de ce portail", "/fr/a-propos"],
  },
  de: {
    status:
      "Diese Website ist vollständig mit den Richtlinien für barrierefreie Webinhalte (WCAG) 2.1, Stufe AA, vereinbar",
    partial: /teilweise|nicht barrierefreie Inhalte/i,
    headings: [
      "Stand der Vereinbarkeit",
      "Erstellung dieser Erklärung",
      "Wie wir das Portal barrierefrei halten",
      "Feedback und Kontakt",
      // A soft hyphen where the compound may break on a phone.
      "Durchsetzungs\u00adverfahren",
    ],
    prepared:
      "Diese Erklärung wurde am 26. November 2026 erstellt. Sie wurde zuletzt am 3. Dezember 2026 überprüft",
    self: "Selbstbewertung",
    byHand: "von Hand, nur auf Niederländisch, Französisch und Englisch",
    about: ["Über dieses Portal", "/de/ueber"],
  },
  en: {
    status:
      "This website is fully compliant with the Web Content Accessibility Guidelines (WCAG) 2.1, level AA",
    partial: /partially|non-accessible content/i,
    headings: [
      "Compliance status",
      "Preparation of this statement",
      "How we keep the portal accessible",
      "Feedback and contact",
      "Enforcement procedure",
    ],
    prepared: "This statement was prepared on 26 November 2026. It was last reviewed on 3 December 2026",
    self: "self-assessment",
    byHand: "by hand, in Dutch, French and English only",
    about: ["About this portal", "/en/about"],
  },
} as const;

for (const locale of locales) {
  test(`${locale}: the accessibility statement follows the EU model, fully compliant after the audit`, async ({
    page,
  }) => {
    const s = statement[locale];
    await page.goto(text[locale].statement);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2 })).toHaveText([...s.headings]);
    await expect(main).toContainText(s.status);
    await expect(main).not.toContainText(s.partial);
    // The gaps the audit found fixed are no longer listed.
    await expect(main).not.toContainText(/1\.4\.10|1\.4\.11/);
    await expect(main).toContainText(s.prepared);
    await expect(main).toContainText(s.self);
    await expect(main.getByRole("listitem").filter({ hasText: "axe-core 4.13" })).toHaveCount(1);
    // German pages are checked by the automated tests only: the statement must not claim more.
    await expect(main.getByRole("listitem").filter({ hasText: s.byHand })).toHaveCount(1);
    await expect(main.getByRole("link", { name: s.about[0] })).toHaveAttribute("href", s.about[1]);
    const form = main.getByRole("link", { name: text[locale].formLink });
    await expect(form).toHaveCount(2);
    for (const link of await form.all()) await expect(link).toHaveAttribute("href", text[locale].contact);
    const enforcement = main.getByRole("region", { name: s.headings[4] });
    await expect(enforcement.getByRole("listitem")).toHaveCount(4);
    await expect(enforcement).toContainText("vlaamseombudsdienst.be");
    await expectAccessible(page);
  });
}
