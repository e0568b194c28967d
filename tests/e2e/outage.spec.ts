import { expect, test } from "@playwright/test";
import { admin, session } from "./admin-helpers";

// Cuts the database under the running server: it runs alone, after every other journey.

test("database down: public pages answer 200 from cache, search and admin a translated 503, then everything recovers", async ({
  browser,
  request,
}) => {
  const control = process.env.DB_RELAY_CONTROL;
  test.skip(
    !control,
    "Needs PostgreSQL: the embedded database lives in the test server's own process group, so there is no separate database to stop.",
  );
  const pages = ["/en", "/fr/organisations/bosa", "/nl/organisaties/athumi"];
  for (const path of pages) expect((await request.get(path)).status(), path).toBe(200);
  // An editor is typing when the database goes away.
  const editor = await session(browser, admin.email, admin.password);
  await editor.goto("/admin/content?q=wallonia-broadband&type=initiative");
  await editor
    .getByRole("link", { name: /broadband/i })
    .first()
    .click();
  await editor.waitForFunction(() => document.querySelector("form#translation")?.hasAttribute("data-ready"));
  const typed = "Typed while the database was down, and not lost.";
  await editor.getByLabel("Summary", { exact: true }).fill(typed);
  await fetch(`${control}/down`, { method: "POST" });
  try {
    // The proxy probes the database at most every 2 s.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    for (const path of pages) expect((await request.get(path)).status(), path).toBe(200);
    const search = await request.get("/nl/zoeken?q=data");
    expect(search.status()).toBe(503);
    expect(search.headers()["retry-after"]).toBe("30");
    expect(await search.text()).toContain("Tijdelijk niet beschikbaar");
    const adminPage = await request.get("/admin", { headers: { "accept-language": "fr-BE,fr;q=0.9" } });
    expect(adminPage.status()).toBe(503);
    expect(await adminPage.text()).toContain("Temporairement indisponible");
    expect((await request.get("/api/health?ready=1")).status()).toBe(503);
    expect((await request.get("/api/health")).status()).toBe(200);
    // The save is refused with a translated reason, and the form keeps the text.
    await editor.getByRole("button", { name: "Save draft" }).click();
    const refused = editor.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(refused).toBeFocused();
    await expect(refused).toContainText("nothing was saved");
    await expect(editor.getByLabel("Summary", { exact: true })).toHaveValue(typed);
  } finally {
    await fetch(`${control}/up`, { method: "POST" });
  }
  // No restart: the next requests find the database again.
  await expect(async () => {
    expect((await request.get("/en/search?q=data")).status()).toBe(200);
  }).toPass({ timeout: 15_000 });
  expect((await request.get("/api/health?ready=1")).status()).toBe(200);
  // The same form saves once the database is back.
  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Draft saved" })).toBeFocused();
  await editor.goto("/admin");
  await expect(editor.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});
