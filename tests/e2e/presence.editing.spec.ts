import { expect, test } from "@playwright/test";
import { admin, session } from "./admin-helpers";
import { createOrganisation, expectNarrowAndDark, signedInAs, uniqueName } from "./content-helpers";
import { expectAccessible } from "./helpers";

test("someone who has a translation open is shown to the others, without locking anything, and that they left", async ({
  browser,
}) => {
  // Two accounts, and a page left and come back to.
  test.setTimeout(90_000);
  const page = await session(browser, admin.email, admin.password);
  const item = await createOrganisation(page, uniqueName("Présence"), "fr");
  const annaName = uniqueName("Anna");
  const { page: anna } = await signedInAs(page, browser, {
    name: annaName,
    role: "editor",
    locales: [],
    ui: "English",
  });
  const heartbeat = anna.waitForResponse(
    (r) => r.url().endsWith("/api/admin/presence") && r.request().method() === "POST",
  );
  await anna.goto(item.history("fr"));
  expect((await heartbeat).status()).toBe(204);
  // Everyone's first sign-in shows a note about the one-time password, and the administrator who
  // made the item had its editor open: find the presence note that names someone.
  const presence = (p: typeof anna, name: string) =>
    p
      .getByRole("note")
      .filter({ hasText: /this translation|cette traduction/ })
      .filter({ hasText: name });
  await expect(presence(anna, "Bart")).toHaveCount(0);

  const { page: bart } = await signedInAs(page, browser, {
    name: "Bart",
    role: "translator",
    locales: ["Français"],
    ui: "Français",
  });
  await bart.goto(item.history("fr"));
  const notice = presence(bart, annaName);
  await expect(notice).toContainText(
    new RegExp(`${annaName} a ouvert cette traduction il y a \\d+ secondes?\\.`),
  );
  await expect(notice).toContainText("Rien n’est verrouillé");
  await expectAccessible(bart);
  await expectNarrowAndDark(bart, "presence-fr");

  // Anna leaves: her page sends a leave beacon as it goes.
  await anna.goto("/admin");
  await expect(async () => {
    await bart.reload();
    await expect(presence(bart, annaName)).toContainText(`${annaName} avait cette traduction ouverte`, {
      timeout: 200,
    });
  }).toPass({ timeout: 5_000 });
  // Bart's page was reloaded just now: the beacon of the page the reload replaced may arrive after
  // the new page's heartbeat, and must not make him look gone. His new page says it is open as it
  // starts (a request of its own): Anna sees him there once it has.
  await expect(async () => {
    await anna.goto(item.history("fr"));
    await expect(presence(anna, "Bart")).toContainText("Bart opened this translation", { timeout: 200 });
  }).toPass({ timeout: 5_000 });
  await bart.waitForTimeout(1_000);
  await anna.reload();
  await expect(presence(anna, "Bart")).toContainText("Bart opened this translation");
});
