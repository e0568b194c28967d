import { expect, test } from "@playwright/test";
import { messages } from "@/lib/i18n/messages";
import { alternatesFor } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { expectAccessible, locales } from "./helpers";

const home: Record<Locale, { h1: string; bosa: string }> = {
  nl: { h1: "De Belgische digitale agentschappen naast elkaar", bosa: "FOD Beleid en Ondersteuning (BOSA)" },
  fr: { h1: "Les agences numériques belges côte à côte", bosa: "SPF Stratégie et Appui (BOSA)" },
  de: {
    h1: "Die digitalen Agenturen Belgiens im Überblick",
    bosa: "Föderaler Öffentlicher Dienst Politik und Unterstützung (BOSA)",
  },
  en: { h1: "Belgium's digital agencies, side by side", bosa: "FPS Policy and Support (BOSA)" },
};

const profilePath = alternatesFor(() => ({
  pathname: "/organisations/[slug]",
  params: { slug: "digitaal-vlaanderen" },
}));
const regionLabel: Record<Locale, string> = {
  nl: "Vlaanderen",
  fr: "Flandre",
  de: "Flandern",
  en: "Flanders",
};

for (const locale of locales) {
  test(`home in ${locale} lists the agencies in its language`, async ({ page }) => {
    const response = await page.goto(`/${locale}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1, name: home[locale].h1 })).toBeVisible();
    for (const name of [
      "Digitaal Vlaanderen",
      "Digital Wallonia",
      "Digitalcity.brussels",
      home[locale].bosa,
    ]) {
      await expect(page.getByRole("link", { name, exact: true }).first()).toBeVisible();
    }
    await expectAccessible(page);
  });

  test(`organisation profile in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.getByRole("link", { name: "Digitaal Vlaanderen", exact: true }).first().click();
    await expect(page).toHaveURL(profilePath[locale]);
    await expect(page.getByRole("heading", { level: 1, name: "Digitaal Vlaanderen" })).toBeVisible();
    await expect(page.getByRole("link", { name: regionLabel[locale], exact: true }).last()).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expectAccessible(page);
  });

  test(`an unknown slug answers 404 with a localized page in ${locale}`, async ({ page, request }) => {
    const path = profilePath[locale].replace("digitaal-vlaanderen", "no-such-agency");
    const raw = await request.get(path);
    expect(raw.status()).toBe(404);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages[locale].NotFound.title);
  });
}

test("an unknown path answers 404 with the localized text in the HTML itself", async ({ request }) => {
  const response = await request.get("/fr/cette/page/nexiste/pas");
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Page introuvable");
});

test("/ goes to the browser's language, or offers the choice", async ({ browser }) => {
  const french = await browser.newContext({ locale: "fr-BE" });
  const page = await french.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await french.close();

  const german = await browser.newContext({ locale: "de-BE" });
  const inGerman = await german.newPage();
  await inGerman.goto("/");
  await expect(inGerman).toHaveURL(/\/de$/);
  await expect(inGerman.locator("html")).toHaveAttribute("lang", "de");
  await german.close();

  const spanish = await browser.newContext({
    locale: "es-ES",
    extraHTTPHeaders: { "Accept-Language": "es-ES,es;q=0.9" },
  });
  const choice = await spanish.newPage();
  await choice.goto("/");
  await expect(choice.getByRole("link", { name: /English/ })).toBeVisible();
  await expectAccessible(choice);
  await choice.getByRole("link", { name: /Nederlands/ }).click();
  await expect(choice).toHaveURL(/\/nl$/);
  // The explicit choice is remembered over the browser's languages.
  await choice.goto("/");
  await expect(choice).toHaveURL(/\/nl$/);
  await spanish.close();
});
