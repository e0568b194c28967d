import { expect, test, type Page } from "@playwright/test";
import { toBrusselsInput } from "../../lib/time/brussels";
import {
  admin,
  createAccount,
  expectLiveAtOnce,
  openEditor,
  session,
  signIn,
  uniqueEmail,
} from "./admin-helpers";
import { expectAccessible } from "./helpers";

test.describe.configure({ mode: "serial" });

const openDigitaalVlaanderen = (page: Page, locale: string) =>
  openEditor(page, "digitaal-vlaanderen", "organisation", "Digitaal Vlaanderen", locale);

let editorEmail = "";
let editorPassword = "";
let translatorEmail = "";
let translatorPassword = "";

test("setup: an editor (Dutch interface) and a French translator", async ({ page }) => {
  await signIn(page, admin.email, admin.password);
  editorEmail = uniqueEmail("redacteur");
  editorPassword = await createAccount(page, {
    name: "Redacteur",
    email: editorEmail,
    role: "editor",
    locales: [],
    ui: "Nederlands",
  });
  translatorEmail = uniqueEmail("traducteur");
  translatorPassword = await createAccount(page, {
    name: "Traducteur",
    email: translatorEmail,
    role: "translator",
    locales: ["Français"],
    ui: "Français",
  });
});

test("an editor saves a Dutch draft (public page unchanged), previews it, publishes it; French is untouched", async ({
  browser,
}) => {
  const editor = await session(browser, editorEmail, editorPassword);
  await openDigitaalVlaanderen(editor, "nl");
  await expect(editor.getByRole("button", { name: "Ontwerp opslaan" })).toBeVisible();
  await expect(editor.getByRole("button", { name: "Ter nalezing voorleggen" })).toBeVisible();
  await expect(editor.getByRole("button", { name: "Publiceren" })).toBeVisible();
  await expect(editor.getByRole("button", { name: "Voorbeeld" })).toBeVisible();
  await expectAccessible(editor);

  const summary = "Digitaal Vlaanderen werkt aan een eenvoudige en veilige digitale overheid (testtekst).";
  await editor.getByLabel("Samenvatting").fill(summary);
  await editor.getByRole("button", { name: "Ontwerp opslaan" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Ontwerp opgeslagen" })).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/nl/organisaties/digitaal-vlaanderen");
  await expect(reader.getByText(summary)).toHaveCount(0);

  await editor.getByRole("button", { name: "Voorbeeld" }).click();
  await expect(editor).toHaveURL(/\/nl\/organisaties\/digitaal-vlaanderen$/);
  await expect(editor.getByRole("status").filter({ hasText: "Voorbeeld" })).toBeVisible();
  await expect(editor.getByText(summary)).toBeVisible();
  await editor.getByRole("link", { name: "Voorbeeld verlaten" }).click();
  await expect(editor.getByText(summary)).toHaveCount(0);

  await openDigitaalVlaanderen(editor, "nl");
  await editor.getByRole("button", { name: "Publiceren" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Gepubliceerd" })).toBeVisible();
  await expectLiveAtOnce(reader, "/nl/organisaties/digitaal-vlaanderen", summary);

  await reader.goto("/fr/organisations/digitaal-vlaanderen");
  await expect(
    reader.getByText(
      "L’agence flamande qui modernise les services publics et promeut le partage sécurisé de données.",
    ),
  ).toBeVisible();
});

test("a translator submits the French text for review and cannot publish it", async ({ browser }) => {
  const translator = await session(browser, translatorEmail, translatorPassword);
  await openDigitaalVlaanderen(translator, "fr");
  await expect(translator.getByRole("button", { name: "Publier" })).toHaveCount(0);
  await translator.getByLabel("Résumé").fill("Résumé soumis à relecture.");
  await translator.getByRole("button", { name: "Soumettre à relecture" }).click();
  await expect(translator.getByRole("status").filter({ hasText: "Soumis à relecture" })).toBeVisible();
  await openDigitaalVlaanderen(translator, "nl");
  await expect(translator.getByRole("button", { name: "Enregistrer le brouillon" })).toHaveCount(0);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/fr/organisations/digitaal-vlaanderen");
  await expect(reader.getByText("Résumé soumis à relecture.")).toHaveCount(0);
});

test("two editors on the same text: one conflict message, and no text lost", async ({ browser }) => {
  const first = await session(browser, editorEmail, editorPassword);
  const second = await session(browser, admin.email, admin.password);
  await openDigitaalVlaanderen(first, "en");
  await openDigitaalVlaanderen(second, "en");
  await first.getByLabel("Samenvatting").fill("Text of the first editor.");
  await second.getByLabel("Summary").fill("Text of the second editor.");
  await first.getByRole("button", { name: "Ontwerp opslaan" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Ontwerp opgeslagen" })).toBeVisible();
  await second.getByRole("button", { name: "Save draft" }).click();
  const alert = second.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Someone else saved this translation in the meantime.");
  await expect(second.getByRole("region", { name: /^Redacteur saved version \d+/ })).toContainText(
    "Text of the first editor.",
  );
  await expect(second.getByRole("textbox", { name: "Summary" })).toHaveValue("Text of the second editor.");
  await expectAccessible(second);
});

test("a published slug change redirects the old address permanently", async ({ browser, request }) => {
  const editor = await session(browser, editorEmail, editorPassword);
  await openEditor(editor, "digitalent", "initiative", "Digitalent", "en");
  await editor.getByLabel(/^Slug/).fill("digitalent-skills");
  await editor.getByRole("button", { name: "Publiceren" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Gepubliceerd" })).toBeVisible();
  const old = await request.get("/en/initiatives/digitalent", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  // Next repeats the Location header of an ISR page's redirect (same value twice).
  expect(old.headers()["location"].split(", ")).toContain("/en/initiatives/digitalent-skills");
  const reader = await (await browser.newContext()).newPage();
  const landed = await reader.goto("/en/initiatives/digitalent");
  expect(reader.url()).toMatch(/\/en\/initiatives\/digitalent-skills$/);
  expect(
    await landed
      ?.request()
      .redirectedFrom()
      ?.response()
      .then((r) => r?.status()),
  ).toBe(308);
  await expect(reader.getByRole("heading", { level: 1, name: "Digitalent" })).toBeVisible();
});

test("history: two changes, the diff, restore the first, publish with a major note shown on the public page", async ({
  browser,
}) => {
  const editor = await session(browser, admin.email, admin.password);
  await openEditor(editor, "bosa", "organisation", "FPS Policy and Support (BOSA)", "en");
  await editor.getByLabel("Text", { exact: true }).fill("BOSA text, first change.");
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByRole("main").getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  await editor.getByLabel("Text", { exact: true }).fill("BOSA text, second change.");
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByRole("main").getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

  await editor.getByRole("link", { name: "History and differences" }).click();
  await expect(
    editor.getByRole("heading", { name: /Differences between version \d+ and version \d+/ }),
  ).toBeVisible();
  await expect(editor.locator("ins")).toContainText(["second"]);
  await expect(editor.locator("del")).toContainText(["first"]);
  await expectAccessible(editor);
  await editor.getByRole("button", { name: /^Restore version 2$/ }).click();
  await expect(
    editor.getByRole("main").getByRole("status").filter({ hasText: "Restored as a new draft." }),
  ).toBeVisible();

  await openEditor(editor, "bosa", "organisation", "FPS Policy and Support (BOSA)", "en");
  await expect(editor.getByLabel("Text", { exact: true })).toHaveValue("BOSA text, first change.");
  await editor.getByLabel("What changed, for readers").fill("Rewrote the description of BOSA.");
  await editor.getByLabel("Major change", { exact: true }).check();
  await editor.getByRole("button", { name: "Publish" }).click();
  await expect(editor.getByRole("main").getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await expectLiveAtOnce(reader, "/en/organisations/bosa", "BOSA text, first change.");
  await reader.getByText("See the history of changes").click();
  await expect(reader.getByText("Rewrote the description of BOSA.")).toBeVisible();
  await expectAccessible(reader);
});

test("the audit log shows who published what, to admins only", async ({ browser }) => {
  const page = await session(browser, admin.email, admin.password);
  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Action").selectOption("content.publish");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("table")).toContainText("content.publish");
  await expect(page.getByRole("table")).toContainText(admin.email);
  await expectAccessible(page);
  const translator = await session(browser, translatorEmail, translatorPassword);
  expect((await translator.goto("/admin/audit"))?.status()).toBe(403);
});

test("a publication planned a few seconds ahead goes live on its own", async ({ browser }) => {
  const editor = await session(browser, admin.email, admin.password);
  await openEditor(editor, "sustain", "organisation", "SustAIn.brussels", "en");
  const planned = "SustAIn.brussels, a summary planned for later.";
  await editor.getByLabel("Summary").fill(planned);
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

  await editor
    .getByLabel("When (Belgian time)")
    .fill(toBrusselsInput(new Date(Date.now() + 8_000), { seconds: true }));
  await editor.getByLabel("Change note of the planned publication").fill("Planned update of the summary.");
  await editor.getByRole("button", { name: "Plan", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Planned for" })).toBeVisible();
  await expect(editor.getByText(/^Publish on .+, planned by /)).toBeVisible();
  await expectAccessible(editor);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/en/organisations/sustain-brussels");
  await expect(reader.getByText(planned)).toHaveCount(0);
  // The app's own scheduler runs due jobs every 5 s: live within the planned time + one period.
  await expect(async () => {
    await reader.goto("/en/organisations/sustain-brussels");
    await expect(reader.getByText(planned)).toBeVisible({ timeout: 100 });
  }).toPass({ timeout: 25_000, intervals: [500] });
  await editor.reload();
  await expect(editor.getByText("Nothing is planned for this translation.")).toBeVisible();
  // The status says what happened, never the job's internal id.
  await expect(editor.getByText("Published as planned.")).toBeVisible();
  await expect(editor.getByText(/scheduled:|Reviewer's comment/)).toHaveCount(0);
});

test("the translation dashboard marks French outdated after the Dutch source changes; the translator works next to it", async ({
  browser,
}) => {
  const editor = await session(browser, admin.email, admin.password);
  await openEditor(editor, "athumi", "organisation", "Athumi", "nl");
  await editor.getByLabel("Source language (the others translate it)").selectOption("nl");
  await editor.getByRole("button", { name: "Save facts" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Facts saved" })).toBeVisible();
  const source = "Athumi: nieuwe Nederlandse brontekst.";
  await editor.getByLabel("Summary").fill(source);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Published" })).toBeVisible();

  const translator = await session(browser, translatorEmail, translatorPassword);
  await translator.getByRole("link", { name: "Traductions" }).click();
  await expect(translator.getByRole("heading", { level: 1, name: "Traductions" })).toBeVisible();
  // The translator's language comes first in the matrix.
  const matrix = translator.getByRole("region", { name: "Traductions" });
  await expect(matrix.getByRole("columnheader").nth(2)).toHaveText("Français");
  await translator.getByLabel("Langue", { exact: true }).selectOption("fr");
  await translator.getByLabel("État", { exact: true }).selectOption("outdated");
  await translator.getByRole("button", { name: "Filtrer" }).click();
  const cell = translator.getByRole("link", { name: "Athumi, Français : Obsolète" });
  await expect(cell).toBeVisible();
  await expectAccessible(translator);

  await cell.click();
  await expect(translator.getByRole("heading", { name: "Texte source (néerlandais)" })).toBeVisible();
  await expect(translator.getByRole("region", { name: "Texte source (néerlandais)" })).toContainText(source);
  await translator.getByRole("link", { name: "Partir du texte en néerlandais" }).click();
  await expect(translator.getByLabel("Résumé")).toHaveValue(source);
  await expect(
    translator.getByRole("status").filter({ hasText: "copie du texte en néerlandais" }),
  ).toBeVisible();
  await expectAccessible(translator);
});

test("the translation dashboard in each admin language: totals, matrix, accessible", async ({ browser }) => {
  // Three sign-ins and three axe runs over the full matrix.
  test.setTimeout(90_000);
  const accounts = [
    {
      email: admin.email,
      password: admin.password,
      lang: "en",
      title: "Translations",
      counts: "Totals per language",
    },
    {
      email: editorEmail,
      password: editorPassword,
      lang: "nl",
      title: "Vertalingen",
      counts: "Totalen per taal",
    },
    {
      email: translatorEmail,
      password: translatorPassword,
      lang: "fr",
      title: "Traductions",
      counts: "Totaux par langue",
    },
  ];
  for (const account of accounts) {
    const page = await session(browser, account.email, account.password);
    await page.goto("/admin/translations");
    await expect(page.locator("html")).toHaveAttribute("lang", account.lang);
    await expect(page.getByRole("heading", { level: 1, name: account.title })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: account.counts })).toBeVisible();
    await expect(page.getByRole("region", { name: account.title }).getByRole("row").nth(1)).toBeVisible();
    await expectAccessible(page);
  }
});
