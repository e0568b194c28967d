import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { hostilePaths } from "../hostile/corpus";
import { pageTypes } from "./pages";

// Hostile URLs against the real server: a clear 4xx (or the page with the input ignored), never
// a 500, never the input reflected as markup.
for (const path of hostilePaths) {
  test(`hostile URL ${path.slice(0, 80)}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    const body = await response.text();
    expect(body).not.toMatch(/<script>alert\(1\)<\/script>|<svg onload=alert\(1\)>/i);
    expect(body).not.toContain("root:x:0:0");
    expect(body).not.toContain('"name": "belgian-digital-agencies-portal"');
  });
}

test("a hostile search is shown as text on the results page", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto("/en/search?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
  await expect(page.getByRole("searchbox")).toHaveValue("<img src=x onerror=alert(1)>");
  expect(dialogs).toEqual([]);
  expect(await page.locator("img[src='x']").count()).toBe(0);
});

test("a path segment longer than any slug answers the localized 404 before Next caches anything", async ({
  request,
}) => {
  const response = await request.get(`/fr/organisations/${"a".repeat(3000)}`);
  expect(response.status()).toBe(404);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.text();
  expect(body).toContain('<html lang="fr">');
  expect(body).toContain("Page introuvable");
});

/** Every file under a folder of the build the server runs, by its path. */
function filesUnder(folder: string): string[] {
  const root = path.join(process.env.NEXT_DIST_DIR ?? ".next", folder);
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test("made-up addresses answer the localized 404 and leave nothing in the page or data cache", async ({
  request,
}) => {
  const token = `madeup${Date.now().toString(36)}`;
  const addresses = Array.from({ length: 8 }, (_, i) => [
    `/nl/${token}-${i}`,
    `/fr/${token}/${i}/plus/loin`,
    `/en/organisations/${token}-${i}`,
    `/nl/gewesten/${token}-${i}`,
    `/fr/initiatives/${token}-${i}`,
    `${pageTypes.region.en[0]}/${token}-${i}`,
  ]).flat();
  for (const address of addresses) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(404);
    const locale = address.split("/")[1];
    expect(await response.text(), address).toContain(`<html lang="${locale}">`);
  }
  // No page stored under any of these addresses, and no read that found nothing kept.
  expect(filesUnder("server").filter((file) => file.includes(token))).toEqual([]);
  const emptyReads = filesUnder("cache/fetch-cache").filter((file) =>
    fs.readFileSync(file, "utf8").includes('"body":"null"'),
  );
  expect(emptyReads).toEqual([]);
});
